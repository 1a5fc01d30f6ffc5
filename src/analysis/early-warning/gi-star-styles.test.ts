import { describe, expect, it } from 'vitest';
import {
  fromR,
  maxAbsoluteDifference,
  readReference,
  type GridInput,
} from '../../../test/fixtures/reference/read-reference.js';
import { giStar } from './gi-star.js';
import { spatialWeights, type WeightStyle } from './gi-star-weights.js';

interface Reference {
  grid: string;
  weights: 'binary' | 'custom';
  style: WeightStyle;
  z: (number | string)[];
  G: (number | string)[];
  EG: (number | string)[];
  VG: (number | string)[];
  p: (number | string)[];
}

const { grids } = readReference<{ grids: GridInput[] }>('inputs/grids.json');
const custom = readReference<{ grids: { grid: string; weights: number[][] }[] }>(
  'inputs/gi-weights.json',
);
const { results } = readReference<{ results: Reference[] }>('outputs/gi-star-styles.json');
const gridOf = new Map(grids.map((grid) => [grid.id, grid]));
const weightsOf = new Map(custom.grids.map((item) => [item.grid, item.weights]));

/** Largest |a − b| / max(1, |b|), NaN pairs equal. */
function largestRelative(actual: readonly number[], expected: readonly number[]) {
  const absolute = maxAbsoluteDifference(
    actual.map((value, index) => value / Math.max(1, Math.abs(expected[index] as number))),
    expected.map((value) => value / Math.max(1, Math.abs(value))),
  );
  return absolute;
}

describe('Gi* with every weights style against spdep::localG', () => {
  it('covers the styles B, W, C, U and S with binary and custom weights on every grid', () => {
    expect(new Set(results.map((item) => item.style)).size).toBe(5);
    expect(results.filter((item) => item.weights === 'custom').length).toBe(15);
    expect(results.length).toBe(grids.length * 5 + 15);
  });

  it('gives z, G, E(G), Var(G) and p within 1e-9', () => {
    const largest = { z: 0, G: 0, EG: 0, VG: 0, p: 0 };
    for (const reference of results) {
      const grid = gridOf.get(reference.grid) as GridInput;
      const weights = reference.weights === 'custom' ? weightsOf.get(reference.grid) : undefined;
      const actual = giStar(grid.counts, grid.neighbours, {
        style: reference.style,
        ...(weights ? { weights } : {}),
      });
      const context = `${reference.grid} ${reference.weights} ${reference.style}`;
      const pairs = [
        ['z', actual.z, reference.z],
        ['G', actual.g, reference.G],
        ['EG', actual.expectedG, reference.EG],
        ['VG', actual.varianceG, reference.VG],
        ['p', actual.p, reference.p],
      ] as const;
      // Where Var(G) is 0 (the constant grid) R's z is rounding noise divided by 0 (±Inf or
      // NaN, differing by style); ours is NaN, undefined.
      const undefinedAt = reference.VG.map((value) => fromR(value) === 0);
      for (const [name, mine, theirs] of pairs) {
        const isZOrP = name === 'z' || name === 'p';
        if (isZOrP)
          expect(mine.filter((_, index) => undefinedAt[index]).every(Number.isNaN)).toBe(true);
        const keep = (_: unknown, index: number) => !(isZOrP && undefinedAt[index]);
        const difference = largestRelative(mine.filter(keep), theirs.map(fromR).filter(keep));
        expect(difference, `${context} ${name}`).toBeLessThanOrEqual(1e-9);
        largest[name] = Math.max(largest[name], difference);
      }
    }
    expect(largest.z).toBeLessThanOrEqual(1e-9);
  });

  it('row-standardised weights sum to 1 in every neighbourhood', () => {
    const weights = spatialWeights([[1], [0, 2], [1]], { style: 'W' });
    for (const item of weights) expect(item.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
  });
});

describe('impossible neighbour lists', () => {
  it('refuse a neighbour outside the grid', () => {
    expect(() => giStar([1, 2, 3], [[1], [0, 3], [1]])).toThrow(/outside the grid/);
  });

  it('refuse a cell listed as its own neighbour instead of counting it twice', () => {
    expect(() => giStar([1, 2, 3], [[0, 1], [0], []])).toThrow(/its own neighbour/);
  });

  it('refuse a neighbour listed twice, a negative weight and a missing count', () => {
    expect(() => giStar([1, 2, 3], [[1, 1], [0], []])).toThrow(/twice/);
    expect(() => giStar([1, 2, 3], [[1], [0], []], { weights: [[-1], [1], []] })).toThrow(
      /not negative/,
    );
    expect(() => giStar([1, Number.NaN, 3], [[1], [0], []])).toThrow(/finite count/);
  });
});
