import { describe, expect, it } from 'vitest';
import {
  negativeBinomialQuantile,
  negativeBinomialUpperTail,
  poissonQuantile,
  poissonUpperTail,
  twoSidedStudentPValue,
} from './count-distributions.js';

// Printed by R 4.2.2: qnbinom, qpois, and sprintf("%.17g", …) of pnbinom(7, 5, 0.4,
// lower.tail = FALSE), ppois(11, 4.2, lower.tail = FALSE), 2 * pt(-2.1, 30),
// 2 * pt(-1e-14, 150), 2 * pt(-40, 5).
describe('count distributions as R computes them', () => {
  it('gives the quantiles of qnbinom and qpois', () => {
    expect(negativeBinomialQuantile(0.95, 3.2 / 0.7, 1 / 1.7)).toBe(8);
    expect(negativeBinomialQuantile(0.99, 0.001, 0.5)).toBe(0);
    expect(negativeBinomialQuantile(0.95, 1e6, 1 / 1.000001)).toBe(3);
    expect([0.01, 1, 7.3, 250].map((mean) => poissonQuantile(0.95, mean))).toEqual([0, 3, 12, 276]);
  });

  it('gives upper tails to 1e-14', () => {
    expect(negativeBinomialUpperTail(8, 5, 0.4)).toBeCloseTo(0.43817822207999979, 14);
    expect(poissonUpperTail(12, 4.2)).toBeCloseTo(0.0013738596159008673, 14);
    expect(poissonUpperTail(0, 4.2)).toBe(1);
  });

  it('gives two-sided Student t p-values, just below 1 for a t near 0', () => {
    expect(twoSidedStudentPValue(2.1, 30)).toBeCloseTo(0.044242471262323529, 13);
    expect(twoSidedStudentPValue(-40, 5) / 1.8411962171772952e-7).toBeCloseTo(1, 10);
    expect(twoSidedStudentPValue(1e-14, 150)).toBeLessThan(1);
  });
});
