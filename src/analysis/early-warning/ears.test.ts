import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromR,
  maxAbsoluteDifference,
  readReference,
  type ReferenceVersions,
  type RLogical,
  type SeriesInput,
} from '../../../test/fixtures/reference/read-reference.js';
import { ears, earsDefaults, type EarsMethod } from './ears.js';

interface EarsReference {
  series: string;
  configuration: string;
  method: EarsMethod;
  baseline: number;
  minSigma: number;
  alpha: number;
  error?: string;
  firstIndex?: number;
  upperbound?: (number | string)[];
  alarm?: RLogical[];
}

const { series } = readReference<{ series: SeriesInput[] }>('inputs/series.json');
const reference = readReference<{ versions: ReferenceVersions; results: EarsReference[] }>(
  'outputs/ears.json',
);
const countsOf = new Map(series.map((item) => [item.id, item.counts]));

describe('EARS against surveillance::earsC', () => {
  it('covers at least 50 series, with R and package versions recorded', () => {
    expect(series.length).toBeGreaterThanOrEqual(50);
    expect(reference.versions.R).toMatch(/^R version \d/);
    expect(reference.versions.surveillance).toBe('1.20.3');
    expect(reference.results.length).toBe(series.length * 9);
  });

  it('gives identical alarms and upperbounds within 1e-9 wherever R gives a result', () => {
    let largest = 0;
    let compared = 0;
    let alarms = 0;
    let undefinedAlarms = 0;
    for (const expected of reference.results) {
      if (expected.error !== undefined) continue;
      const counts = countsOf.get(expected.series) as number[];
      const actual = ears(counts, {
        method: expected.method,
        baseline: expected.baseline,
        alpha: expected.alpha,
        minSigma: expected.minSigma,
      });
      const context = `${expected.series} ${expected.configuration} ${expected.method}`;
      expect(actual.firstIndex + 1, context).toBe(expected.firstIndex);
      const upperbound = (expected.upperbound ?? []).map(fromR);
      const difference = maxAbsoluteDifference(actual.upperbound, upperbound);
      expect(difference, context).toBeLessThanOrEqual(1e-9);
      largest = Math.max(largest, difference);
      // R's NA alarm goes with an undefined (NaN) upperbound: no alarm here.
      const alarm = (expected.alarm ?? []).map((value, index) => {
        if (value !== 'NA') return value;
        expect(actual.upperbound[index], context).toBeNaN();
        undefinedAlarms += 1;
        return false;
      });
      expect(actual.isAlarm, context).toEqual(alarm);
      compared += actual.upperbound.length;
      alarms += alarm.filter(Boolean).length;
    }
    expect(compared).toBeGreaterThan(50_000);
    expect(alarms).toBeGreaterThan(100);
    expect(undefinedAlarms).toBeGreaterThan(0);
    expect(largest).toBeLessThanOrEqual(1e-9);
  });

  it('gives no evaluation where R stops because the series is too short', () => {
    const tooShort = reference.results.filter(
      (item) => item.error === "wrong sign in 'by' argument",
    );
    expect(tooShort.length).toBeGreaterThan(20);
    for (const item of tooShort) {
      const actual = ears(countsOf.get(item.series) as number[], item);
      expect(actual.upperbound, item.series).toEqual([]);
    }
  });

  it('evaluates the single C3 point on which R fails, as R does for longer series', () => {
    // earsC's C3 drops a matrix dimension when the range holds one time point and stops
    // ("number of items to replace…"); the first point of a longer series is the same sum.
    const failing = reference.results.filter((item) => item.error?.includes('number of items'));
    expect(failing.map((item) => item.series)).toContain('short-12');
    const short = countsOf.get('short-12') as number[];
    const longer = [...short, 0];
    for (const item of failing) {
      const single = ears(short, item);
      const first = ears(longer, item);
      expect(single.upperbound).toEqual([first.upperbound[0]]);
    }
  });
});

describe('EARS', () => {
  it('uses the defaults of earsC', () => {
    expect(earsDefaults('C1')).toEqual({ method: 'C1', baseline: 7, alpha: 0.001, minSigma: 0 });
    expect(earsDefaults('C3').alpha).toBe(0.025);
  });

  it('reports the observed count, baseline mean, sigma and statistic that make the threshold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 40 }), { minLength: 12, maxLength: 60 }),
        fc.constantFrom<EarsMethod>('C1', 'C2'),
        (counts, method) => {
          const result = ears(counts, { method, minSigma: 0.5 });
          result.observed.forEach((observed, index) => {
            const expected = result.expected[index] as number;
            const sigma = result.sigma[index] as number;
            expect(sigma).toBeGreaterThanOrEqual(0.5);
            expect(result.statistic[index]).toBeCloseTo((observed - expected) / sigma, 12);
            expect(result.isAlarm[index]).toBe(observed > (result.upperbound[index] as number));
            expect(result.isAlarm[index]).toBe((result.statistic[index] as number) > result.zAlpha);
          });
        },
      ),
    );
  });

  it('alarms on a jump after a quiet baseline and not on the baseline itself', () => {
    const counts = [3, 4, 3, 5, 4, 3, 4, 4, 3, 4, 20];
    const result = ears(counts, { method: 'C1' });
    expect(result.isAlarm).toEqual([false, false, false, true]);
  });
});
