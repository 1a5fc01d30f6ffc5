import { describe, expect, it } from 'vitest';
import {
  fromR,
  readReference,
  type RLogical,
  type SeriesInput,
} from '../../../test/fixtures/reference/read-reference.js';
import { farrington } from './farrington.js';
import type {
  FarringtonPowerTransform,
  FarringtonThresholdMethod,
} from './farrington-threshold.js';

interface Control {
  b: number;
  w: number;
  reweight: boolean;
  weightsThreshold: number;
  alpha: number;
  trend: boolean;
  pThresholdTrend: number;
  limit54: [number, number];
  powertrans: FarringtonPowerTransform;
  populationOffset: boolean;
  noPeriods: number;
  pastWeeksNotIncluded: number;
  thresholdMethod: FarringtonThresholdMethod;
}

interface Reference {
  series: string;
  configuration: string;
  control: Control;
  firstIndex: number;
  lastIndex: number;
  upperbound: (number | string)[];
  alarm: RLogical[];
  expected: (number | string)[];
  mu0: (number | string)[];
  phi: (number | string)[];
  trend: (number | string)[];
  score: (number | string)[];
  pvalue: (number | string)[];
}

const { series } = readReference<{ series: SeriesInput[] }>('inputs/series.json');
const more = readReference<{
  missing: { id: string; counts: (number | 'NA')[] }[];
  populations: { series: string; population: number[] }[];
}>('inputs/series-more.json');
const { results } = readReference<{ results: Reference[] }>('outputs/farrington-more.json');
const countsOf = new Map<string, number[]>(series.map((item) => [item.id, item.counts]));
for (const item of more.missing) countsOf.set(item.id, item.counts.map(fromR));
const populationOf = new Map(more.populations.map((item) => [item.series, item.population]));

/** |a − b| / max(1, |b|); equal values (also two NaN or two Inf) count 0. */
const difference = (actual: number, expected: number) =>
  (Number.isNaN(actual) && Number.isNaN(expected)) || actual === expected
    ? 0
    : Math.abs(actual - expected) / Math.max(1, Math.abs(expected));

const tolerance = 1e-9;

const runs = results.map((reference) => {
  const { control } = reference;
  const counts = countsOf.get(reference.series) as number[];
  const population = control.populationOffset ? populationOf.get(reference.series) : undefined;
  const actual = farrington(
    counts,
    {
      years: control.b,
      halfWindow: control.w,
      reweight: control.reweight,
      weightsThreshold: control.weightsThreshold,
      alpha: control.alpha,
      trend: control.trend,
      pThresholdTrend: control.pThresholdTrend,
      limit54: control.limit54,
      powertrans: control.powertrans,
      noPeriods: control.noPeriods,
      pastWeeksNotIncluded: control.pastWeeksNotIncluded,
      thresholdMethod: control.thresholdMethod,
    },
    {
      ...(population ? { population } : {}),
      range: [reference.firstIndex - 1, reference.lastIndex - 1],
    },
  );
  return { reference, actual };
});

describe("Farrington's other thresholds and arguments against surveillance::farringtonFlexible", () => {
  it('covers delta with each power transform, muan, R defaults, no reweighting, offsets, ranges and missing weeks', () => {
    const configurations = new Set(runs.map((run) => run.reference.configuration));
    for (const id of [
      'r-defaults',
      'delta-2/3',
      'delta-1/2',
      'delta-none',
      'muan',
      'no-reweight-no-trend',
      'population-offset',
      'range',
      'missing-nbPlugin',
      'missing-delta',
    ])
      expect(configurations).toContain(id);
    expect(runs.length).toBeGreaterThan(60);
  });

  it('gives identical alarms and trend decisions', () => {
    let alarms = 0;
    for (const { reference, actual } of runs) {
      const context = `${reference.series} ${reference.configuration}`;
      expect(actual.isAlarm, context).toEqual(reference.alarm.map((value) => value === true));
      expect(actual.hasTrend, context).toEqual(reference.trend.map((value) => value === 1));
      alarms += actual.isAlarm.filter(Boolean).length;
    }
    expect(alarms).toBeGreaterThan(100);
  });

  it('gives the upperbound, expected count, φ, score, p-value and R’s mu0 within 1e-9', () => {
    const largest: Record<string, number> = {};
    for (const { reference, actual } of runs) {
      const context = `${reference.series} ${reference.configuration}`;
      const compare = (name: string, mine: number[], theirs: (number | string)[]) => {
        expect(mine.length, context).toBe(theirs.length);
        theirs.map(fromR).forEach((value, index) => {
          // R's expected is NA where the upperbound is (limit54); ours keeps the model's μ₀.
          if (name === 'expected' && Number.isNaN(value)) return;
          largest[name] = Math.max(largest[name] ?? 0, difference(mine[index] as number, value));
        });
      };
      compare('upperbound', actual.upperbound, reference.upperbound);
      compare('expected', actual.expected, reference.expected);
      compare('phi', actual.phi, reference.phi);
      compare('score', actual.score, reference.score);
      compare('pvalue', actual.pValue, reference.pvalue);
      compare('mu0', actual.mu0Vector, reference.mu0);
    }
    for (const [name, value] of Object.entries(largest))
      expect(value, name).toBeLessThanOrEqual(tolerance);
  });

  it('still evaluates the weeks of a series with missing counts, with no alarm where the count is missing', () => {
    const missing = runs.filter((run) => run.reference.configuration === 'missing-nbPlugin');
    for (const { actual } of missing) {
      expect(actual.expected.filter(Number.isFinite).length).toBeGreaterThan(
        actual.expected.length / 2,
      );
      actual.observed.forEach((value, index) => {
        if (Number.isNaN(value)) expect(actual.isAlarm[index]).toBe(false);
      });
    }
  });
});

describe('Farrington input checks', () => {
  it('refuses a range outside the weeks with enough history', () => {
    expect(() => farrington(new Array(200).fill(1), {}, { range: [10, 20] })).toThrow(RangeError);
  });

  it('refuses a population that is not positive for every week', () => {
    expect(() =>
      farrington(new Array(200).fill(1), {}, { population: new Array(200).fill(0) }),
    ).toThrow(RangeError);
  });
});
