import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromR,
  maxAbsoluteDifference,
  readReference,
} from '../../../test/fixtures/reference/read-reference.js';
import { benjaminiHochberg, discoveries } from './false-discovery.js';

const { sets } = readReference<{ sets: { id: string; values: number[] }[] }>(
  'inputs/p-values.json',
);
const reference = readReference<{ results: { set: string; adjusted: (number | string)[] }[] }>(
  'outputs/benjamini-hochberg.json',
);

describe('Benjamini–Hochberg against p.adjust(method = "BH")', () => {
  it('adjusts every reference set within 1e-15', () => {
    for (const set of sets) {
      const expected = reference.results.find((item) => item.set === set.id);
      const actual = benjaminiHochberg(set.values);
      expect(
        maxAbsoluteDifference(actual, (expected?.adjusted ?? []).map(fromR)),
        set.id,
      ).toBeLessThanOrEqual(1e-15);
    }
  });

  it('leaves NaN out of the count and in its place', () => {
    expect(benjaminiHochberg([0.01, Number.NaN, 0.04])).toEqual([0.02, Number.NaN, 0.04]);
  });

  it('never lowers a p-value, keeps the order and stays at most 1', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 80 }), (p) => {
        const q = benjaminiHochberg(p);
        p.forEach((value, index) => {
          expect(q[index]).toBeGreaterThanOrEqual(value);
          expect(q[index]).toBeLessThanOrEqual(1);
          p.forEach((other, otherIndex) => {
            if (value < other) expect(q[index]).toBeLessThanOrEqual(q[otherIndex] as number);
          });
        });
      }),
    );
  });

  it('lists the discoveries at a rate', () => {
    expect(discoveries([0.01, 0.2, 0.05, 0.051])).toEqual([0, 2]);
  });
});
