import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellCentre, kernelDensity, projectToMetres, quarticKernel } from './kernel-density.js';

const huddinge = { longitude: 17.9819, latitude: 59.2363 };
/** Σ values · cell area: the number of points the surface holds. */
const mass = (grid: ReturnType<typeof kernelDensity>) =>
  grid.values.reduce((sum, value) => sum + value, 0) * (grid.cellSizeMeters / 1000) ** 2;

describe('the quartic kernel density surface', () => {
  it('integrates the kernel to 1', () => {
    const bandwidth = 300;
    let sum = 0;
    const step = 2;
    for (let x = -bandwidth; x <= bandwidth; x += step) {
      for (let y = -bandwidth; y <= bandwidth; y += step)
        sum += quarticKernel(Math.hypot(x, y), bandwidth);
    }
    expect(sum * step * step).toBeCloseTo(1, 3);
  });

  it('conserves the mass of the points inside the grid', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            longitude: fc.double({ min: 17.9, max: 18.05, noNaN: true }),
            latitude: fc.double({ min: 59.2, max: 59.27, noNaN: true }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        fc.integer({ min: 200, max: 600 }),
        (points, bandwidth) => {
          const grid = kernelDensity(points, {
            bandwidthMeters: bandwidth,
            cellSizeMeters: bandwidth / 20,
          });
          expect(Math.abs(mass(grid) - points.length)).toBeLessThanOrEqual(0.01 * points.length);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('is symmetric around a single point at a cell centre', () => {
    const bounds = { west: 17.97, east: 17.99, south: 59.23, north: 59.24 };
    const empty = kernelDensity([], { bounds, bandwidthMeters: 300, cellSizeMeters: 25 });
    const column = Math.floor(empty.columns / 2);
    const row = Math.floor(empty.rows / 2);
    const grid = kernelDensity([cellCentre(empty, column, row)], {
      bounds,
      bandwidthMeters: 300,
      cellSizeMeters: 25,
    });
    const at = (c: number, r: number) => grid.values[r * grid.columns + c] as number;
    for (let offset = 1; offset <= 12; offset += 1) {
      expect(at(column + offset, row)).toBeCloseTo(at(column - offset, row), 6);
      expect(at(column, row + offset)).toBeCloseTo(at(column, row - offset), 6);
      expect(at(column + offset, row)).toBeCloseTo(at(column, row + offset), 6);
    }
    expect(Math.max(...grid.values)).toBe(at(column, row));
  });

  it('is zero farther than the bandwidth from every point', () => {
    const points = [huddinge, { longitude: 17.99, latitude: 59.24 }];
    const grid = kernelDensity(points, { bandwidthMeters: 250, cellSizeMeters: 20 });
    for (let row = 0; row < grid.rows; row += 1) {
      for (let column = 0; column < grid.columns; column += 1) {
        const centre = projectToMetres(cellCentre(grid, column, row), grid.origin);
        const nearest = Math.min(
          ...points.map((point) => {
            const { x, y } = projectToMetres(point, grid.origin);
            return Math.hypot(centre.x - x, centre.y - y);
          }),
        );
        const value = grid.values[row * grid.columns + column] as number;
        if (nearest >= 250.001) expect(value).toBe(0);
        if (nearest < 249) expect(value).toBeGreaterThan(0);
      }
    }
  });
});
