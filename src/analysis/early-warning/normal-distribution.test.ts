import { describe, expect, it } from 'vitest';
import { normalProbability, normalQuantile, twoSidedNormalPValue } from './normal-distribution.js';

// Printed by R 4.2.2 with sprintf("%.17g", ...): pnorm(x), pnorm(x, lower.tail = FALSE),
// qnorm(p).
const xs = [-40, -10, -6, -3, -1, -0.5, 0, 0.3, 0.7, 2, 5.7, 8, 20, 38];
const lower = [
  0, 7.619853024160527e-24, 9.86587645037698e-10, 0.0013498980316300946, 0.15865525393145705,
  0.30853753872598694, 0.5, 0.6179114221889527, 0.758036347776927, 0.9772498680518208,
  0.9999999940096286, 0.9999999999999993, 1, 1,
];
const upper = [
  1, 1, 0.9999999990134123, 0.9986501019683699, 0.8413447460685429, 0.691462461274013, 0.5,
  0.3820885778110473, 0.24196365222307298, 0.022750131948179212, 5.990371401063528e-9,
  6.220960574271785e-16, 2.7536241186062337e-89, 0,
];
const ps = [
  1e-300,
  1e-20,
  1e-12,
  0.001,
  0.01,
  0.025,
  0.05,
  0.3,
  0.5,
  0.9,
  0.95,
  0.975,
  0.99,
  0.999,
  1 - 1e-12,
];
const quantiles = [
  -37.0470962993612, -9.262340089798405, -7.034483825301132, -3.090232306167813,
  -2.3263478740408408, -1.9599639845400538, -1.6448536269514726, -0.5244005127080407, 0,
  1.2815515655446008, 1.6448536269514715, 1.9599639845400536, 2.3263478740408408, 3.090232306167813,
  7.0344869100478356,
];

describe('the normal distribution as R computes it', () => {
  it('gives both tails with the relative precision of R', () => {
    xs.forEach((x, index) => {
      const expectedLower = lower[index] as number;
      const expectedUpper = upper[index] as number;
      expect(Math.abs(normalProbability(x) - expectedLower)).toBeLessThanOrEqual(
        1e-15 * expectedLower,
      );
      expect(Math.abs(normalProbability(x, false) - expectedUpper)).toBeLessThanOrEqual(
        1e-15 * expectedUpper,
      );
    });
  });

  it('gives the quantiles of qnorm', () => {
    ps.forEach((p, index) => {
      const expected = quantiles[index] as number;
      expect(Math.abs(normalQuantile(p) - expected)).toBeLessThanOrEqual(
        1e-15 * Math.abs(expected),
      );
    });
  });

  it('gives two-sided p-values symmetric in z', () => {
    expect(twoSidedNormalPValue(1.959963984540054)).toBeCloseTo(0.05, 15);
    expect(twoSidedNormalPValue(-3)).toBe(twoSidedNormalPValue(3));
    expect(twoSidedNormalPValue(Number.NaN)).toBeNaN();
  });
});
