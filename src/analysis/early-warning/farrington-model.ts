import type { ReferenceWeek } from './farrington-reference-weeks.js';
import { fitQuasiPoisson, type GlmFit } from './quasi-poisson-glm.js';

/**
 * surveillance's `algo.farrington.fitGLM.flexible` (version 1.20.3): fit the quasi-Poisson
 * GLM log μ = α (+ β·t) (+ γ(level)) (+ log population) to the reference weeks; if
 * `reweight`, down-weight past outbreaks (Anscombe residuals above the threshold get weight
 * ∝ s⁻²) and refit. φ = max(1, the last fit's dispersion).
 */
export interface FittedModel {
  fit: GlmFit;
  phi: number;
  /**
   * The dispersion R's `summary.glm` and `predict.glm` use afterwards (the trend test, the
   * standard error of the prediction). With reweighting, surveillance replaces the refit's
   * working weights by the outbreak weights ω before either is called, so it is
   * Σ ωᵢ rᵢ² / (n − p) with working residuals r, not the φ of the threshold, and it is not
   * held at 1 or above. Without reweighting it is the fit's own dispersion.
   */
  summaryDispersion: number;
  hasTrendTerm: boolean;
  levels: number[];
}

export interface ModelOptions {
  noPeriods: number;
  reweight: boolean;
  weightsThreshold: number;
}

export function designRow(
  time: number,
  period: number,
  hasTrend: boolean,
  levels: number[],
): number[] {
  const row = [1];
  if (hasTrend) row.push(time);
  for (const level of levels.slice(1)) row.push(period === level ? 1 : 0);
  return row;
}

export function fitFarringtonModel(
  weeks: ReferenceWeek[],
  response: number[],
  offset: number[],
  withTrend: boolean,
  options: ModelOptions,
): FittedModel | null {
  const levels =
    options.noPeriods === 1
      ? []
      : [...new Set(weeks.map((week) => week.period))].sort((a, b) => a - b);
  const design = (hasTrend: boolean) =>
    weeks.map((week) => designRow(week.time, week.period, hasTrend, levels));
  const ones = response.map(() => 1);
  let hasTrendTerm = withTrend;
  let fit = fitQuasiPoisson(design(hasTrendTerm), response, ones, offset);
  if (!fit.isConverged) {
    if (!hasTrendTerm) return null;
    hasTrendTerm = false;
    fit = fitQuasiPoisson(design(false), response, ones, offset);
    if (!fit.isConverged) return null;
  }
  let phi = Math.max(fit.dispersion, 1);
  if (!options.reweight) {
    return { fit, phi, summaryDispersion: fit.dispersion, hasTrendTerm, levels };
  }
  const residuals = response.map((observed, index) => {
    const mean = fit.fitted[index] as number;
    const anscombe = 1.5 * (observed ** (2 / 3) * mean ** (-1 / 6) - mean ** 0.5);
    return anscombe / Math.sqrt(phi * (1 - (fit.leverage[index] as number)));
  });
  const isOutbreak = residuals.map((value) => value > options.weightsThreshold);
  const gamma =
    residuals.length /
    residuals.reduce((sum, value, index) => sum + (isOutbreak[index] ? value ** -2 : 1), 0);
  const weights = residuals.map((value, index) =>
    isOutbreak[index] ? gamma * value ** -2 : gamma,
  );
  fit = fitQuasiPoisson(design(hasTrendTerm), response, weights, offset);
  phi = Math.max(fit.dispersion, 1);
  const weightedSquares = fit.workingResiduals.reduce(
    (sum, residual, index) => sum + (weights[index] as number) * residual * residual,
    0,
  );
  const summaryDispersion = weightedSquares / fit.residualDegreesOfFreedom;
  return { fit, phi, summaryDispersion, hasTrendTerm, levels };
}

export const linearPredictor = (model: FittedModel, row: number[], offset = 0) =>
  row.reduce((sum, value, index) => sum + value * (model.fit.coefficients[index] as number), 0) +
  offset;
