import { describe, expect, it } from 'vitest';
import {
  fromR,
  maxAbsoluteDifference,
  readReference,
  type RLogical,
} from '../../../test/fixtures/reference/read-reference.js';
import { ears, type EarsMethod } from './ears.js';

interface Reference {
  series: string;
  method: EarsMethod;
  baseline: number;
  minSigma: number;
  alpha: number;
  firstIndex: number;
  upperbound: (number | string)[];
  alarm: RLogical[];
}

const more = readReference<{ missing: { id: string; counts: (number | 'NA')[] }[] }>(
  'inputs/series-more.json',
);
const { results } = readReference<{ results: Reference[] }>('outputs/ears-missing.json');
const countsOf = new Map(more.missing.map((item) => [item.id, item.counts.map(fromR)]));

describe('EARS on series with missing weeks, against surveillance::earsC', () => {
  it('leaves undefined only the weeks whose baseline or count is missing, as R', () => {
    expect(results.length).toBe(21);
    for (const reference of results) {
      const counts = countsOf.get(reference.series) as number[];
      const actual = ears(counts, {
        method: reference.method,
        baseline: reference.baseline,
        minSigma: reference.minSigma,
        alpha: reference.alpha,
      });
      const context = `${reference.series} ${reference.method}`;
      expect(actual.firstIndex + 1, context).toBe(reference.firstIndex);
      const upperbound = reference.upperbound.map(fromR);
      expect(maxAbsoluteDifference(actual.upperbound, upperbound), context).toBeLessThanOrEqual(
        1e-9,
      );
      // R's alarm is NA where the upperbound is; ours is then false.
      expect(actual.isAlarm, context).toEqual(reference.alarm.map((value) => value === true));
      const defined = upperbound.filter(Number.isFinite).length;
      expect(defined, context).toBeGreaterThan(upperbound.length * 0.4);
    }
  });
});
