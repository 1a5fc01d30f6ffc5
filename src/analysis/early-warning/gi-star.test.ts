import fc from 'fast-check';
import { gridDisk, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import {
  fromR,
  maxAbsoluteDifference,
  readReference,
  type GridInput,
  type ReferenceVersions,
} from '../../../test/fixtures/reference/read-reference.js';
import { findHotSpots, giStar } from './gi-star.js';
import { ringOneNeighbours } from './h3-grid.js';

interface GiReference {
  grid: string;
  z: (number | string)[];
  p: (number | string)[];
  expected: (number | string)[];
  variance: (number | string)[];
  pAdjustedBH: (number | string)[];
}

const { grids } = readReference<{ grids: GridInput[] }>('inputs/grids.json');
const reference = readReference<{ versions: ReferenceVersions; results: GiReference[] }>(
  'outputs/gi-star.json',
);

describe('Gi* against spdep::localG with include.self and binary weights', () => {
  it('covers at least five grids, one of them from the police archive', () => {
    expect(grids.length).toBeGreaterThanOrEqual(5);
    expect(grids.map((grid) => grid.id)).toContain('polisen-county-res6');
    expect(reference.versions.spdep).toBe('1.2.7');
  });

  it('finds the same ring-1 neighbours from the H3 cells as R was given', () => {
    for (const grid of grids)
      expect(ringOneNeighbours(grid.cells), grid.id).toEqual(grid.neighbours);
  });

  it('gives z-scores and p-values within 1e-9 of R', () => {
    let largestZ = 0;
    let largestP = 0;
    for (const grid of grids) {
      const expected = reference.results.find((item) => item.grid === grid.id) as GiReference;
      const actual = giStar(grid.counts, ringOneNeighbours(grid.cells));
      const zDifference = maxAbsoluteDifference(actual.z, expected.z.map(fromR));
      const pDifference = maxAbsoluteDifference(actual.p, expected.p.map(fromR));
      expect(zDifference, grid.id).toBeLessThanOrEqual(1e-9);
      expect(pDifference, grid.id).toBeLessThanOrEqual(1e-9);
      // R's internals are divided by the grid total: E(G*) = Wᵢ x̄ / Σx.
      const total = grid.counts.reduce((sum, count) => sum + count, 0);
      expect(
        maxAbsoluteDifference(
          actual.expectedSum.map((value) => value / total),
          expected.expected.map(fromR),
        ),
        grid.id,
      ).toBeLessThanOrEqual(1e-12);
      largestZ = Math.max(largestZ, zDifference);
      largestP = Math.max(largestP, pDifference);
    }
    expect(largestZ).toBeLessThanOrEqual(1e-9);
    expect(largestP).toBeLessThanOrEqual(1e-9);
  });

  it('leaves Gi* undefined on a grid without variance, as R does', () => {
    const constant = grids.find((grid) => grid.id === 'synthetic-constant-res8') as GridInput;
    const actual = giStar(constant.counts, constant.neighbours);
    expect(actual.z.every(Number.isNaN)).toBe(true);
    expect(actual.p.every(Number.isNaN)).toBe(true);
  });

  it('finds hot and cold spots with the false discovery rate controlled as R does', () => {
    for (const grid of grids) {
      const expected = reference.results.find((item) => item.grid === grid.id) as GiReference;
      const cells = findHotSpots(grid);
      const q = cells.map((cell) => cell.q);
      expect(
        maxAbsoluteDifference(q, expected.pAdjustedBH.map(fromR)),
        grid.id,
      ).toBeLessThanOrEqual(1e-9);
    }
    const hotCold = grids.find(
      (grid) => grid.id === 'synthetic-huddinge-hot-cold-res8',
    ) as GridInput;
    const kinds = findHotSpots(hotCold).map((cell) => cell.kind);
    expect(kinds).toContain('hot');
  });
});

describe('Gi*', () => {
  const centre = latLngToCell(59.2363, 17.9819, 8);
  const cells = gridDisk(centre, 4).sort();
  const neighbours = ringOneNeighbours(cells);

  it('does not change when every count is scaled or shifted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 30 }), { minLength: cells.length, maxLength: cells.length }),
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 0, max: 50 }),
        (counts, factor, shift) => {
          const base = giStar(counts, neighbours).z;
          const moved = giStar(
            counts.map((count) => count * factor + shift),
            neighbours,
          ).z;
          expect(maxAbsoluteDifference(base, moved)).toBeLessThanOrEqual(1e-9);
        },
      ),
    );
  });

  it('scores a lone hot cell highest and its neighbourhood above the rest', () => {
    const counts = cells.map((cell) => (cell === centre ? 40 : 1));
    const { z } = giStar(counts, neighbours);
    const centreZ = z[cells.indexOf(centre)] as number;
    expect(Math.max(...z)).toBe(centreZ);
    expect(centreZ).toBeGreaterThan(2.5);
  });
});
