import { describe, expect, it } from 'vitest';
import { fromR, readReference } from '../../../test/fixtures/reference/read-reference.js';
import { knox } from './knox.js';
import { nearRepeatTable } from './near-repeat-table.js';
import { RRandom } from './r-random.js';
import type { SpaceTimeEvent } from './space-time-pairs.js';

interface EventSet {
  id: string;
  events: SpaceTimeEvent[];
}
interface KnoxReference {
  eventSet: string;
  distance: number;
  days: number;
  seed: number;
  permutations: number;
  statistic: number;
  expected: (number | string)[];
  pValue: (number | string)[];
  poissonPValue: (number | string)[];
  table: number[];
}
interface NearRepeatReference {
  eventSet: string;
  distanceBand: number;
  distanceBands: number;
  dayBand: number;
  dayBands: number;
  permutations: number;
  seed: number;
  observed: number[];
  expected: (number | string)[];
  ratio: (number | string)[];
  pValue: (number | string)[];
}

const { eventSets } = readReference<{ eventSets: EventSet[] }>('inputs/events.json');
const eventsOf = new Map(eventSets.map((set) => [set.id, set.events]));
const knoxReference = readReference<{ results: KnoxReference[] }>('outputs/knox.json').results;
const tableReference = readReference<{ results: NearRepeatReference[] }>(
  'outputs/near-repeat.json',
).results;

const same = (actual: number, expected: number) =>
  (Number.isNaN(actual) && Number.isNaN(expected)) || Math.abs(actual - expected) <= 1e-12;

describe("R's generator", () => {
  it('draws what set.seed(42); runif(3); sample.int(10) draws in R', () => {
    const random = new RRandom(42);
    expect([random.uniform(), random.uniform(), random.uniform()]).toEqual([
      0.9148060434963554, 0.9370754132978618, 0.28613953478634357,
    ]);
    expect(Array.from(random.permutation(10), (value) => value + 1)).toEqual([
      9, 4, 2, 8, 1, 10, 6, 5, 7, 3,
    ]);
  });
});

describe('the Knox test against surveillance::knox', () => {
  it('gives the statistic and expected count exactly and the same Monte Carlo p-value from the same seed', () => {
    expect(knoxReference.length).toBe(6);
    for (const reference of knoxReference) {
      const result = knox(eventsOf.get(reference.eventSet) as SpaceTimeEvent[], {
        distance: reference.distance,
        days: reference.days,
        permutations: reference.permutations,
        seed: reference.seed,
      });
      const context = `${reference.eventSet} ${reference.distance} m ${reference.days} d`;
      expect(result.observed, context).toBe(reference.statistic);
      // R's 2×2 table, column-major: [close/close, far-in-time/close, close/far, far/far].
      expect(result.closeInSpace, context).toBe(
        (reference.table[0] as number) + (reference.table[1] as number),
      );
      expect(result.closeInTime, context).toBe(
        (reference.table[0] as number) + (reference.table[2] as number),
      );
      expect(same(result.expected, fromR(reference.expected[0] as number)), context).toBe(true);
      expect(same(result.pValue, fromR(reference.pValue[0] as number)), context).toBe(true);
      expect(
        Math.abs(result.poissonPValue - fromR(reference.poissonPValue[0] as number)),
        context,
      ).toBeLessThanOrEqual(1e-9);
    }
  });

  it('finds the interaction planted in the near-repeat events and none in the uniform ones', () => {
    const planted = knox(eventsOf.get('near-repeat-150') as SpaceTimeEvent[], {
      distance: 400,
      days: 14,
      permutations: 99,
      seed: 1,
    });
    expect(planted.pValue).toBeLessThanOrEqual(0.01);
    expect(planted.ratio).toBeGreaterThan(2);
    const uniform = knox(eventsOf.get('uniform-120') as SpaceTimeEvent[], {
      distance: 400,
      days: 14,
      permutations: 99,
      seed: 1,
    });
    expect(uniform.pValue).toBeGreaterThan(0.05);
  });

  it('refuses too few events, negative distances and coordinates that are not numbers', () => {
    expect(() => knox([{ x: 0, y: 0, t: 0 }], { distance: 1, days: 1, seed: 1 })).toThrow(
      RangeError,
    );
    const two = [
      { x: 0, y: 0, t: 0 },
      { x: 1, y: 1, t: 1 },
    ];
    expect(() => knox(two, { distance: -1, days: 1, seed: 1 })).toThrow(RangeError);
    expect(() =>
      knox([...two, { x: Number.NaN, y: 0, t: 0 }], { distance: 1, days: 1, seed: 1 }),
    ).toThrow(RangeError);
  });
});

describe("the near-repeat table against Ratcliffe's method in R", () => {
  it('gives every cell’s observed and expected count, ratio and p-value exactly as R', () => {
    expect(tableReference.length).toBe(3);
    for (const reference of tableReference) {
      const table = nearRepeatTable(
        eventsOf.get(reference.eventSet) as SpaceTimeEvent[],
        reference,
      );
      const context = `${reference.eventSet} ${reference.distanceBand} m × ${reference.dayBand} d`;
      expect(table.observed.flat(), context).toEqual(reference.observed);
      const pairs = [
        [table.expected.flat(), reference.expected],
        [table.ratio.flat(), reference.ratio],
        [table.pValue.flat(), reference.pValue],
      ] as const;
      for (const [mine, theirs] of pairs) {
        theirs.map(fromR).forEach((value, index) => {
          expect(same(mine[index] as number, value), `${context} cell ${index}`).toBe(true);
        });
      }
    }
  });

  it('shows the planted near repeats in the closest band and not in the far one', () => {
    const table = nearRepeatTable(eventsOf.get('near-repeat-150') as SpaceTimeEvent[], {
      distanceBand: 200,
      distanceBands: 4,
      dayBand: 7,
      dayBands: 4,
      permutations: 99,
      seed: 3,
    });
    expect(table.ratio[0]?.[0]).toBeGreaterThan(2);
    expect(table.pValue[0]?.[0]).toBeLessThanOrEqual(0.01);
    expect(table.observed.flat().reduce((a, b) => a + b, 0)).toBe((150 * 149) / 2);
  });
});
