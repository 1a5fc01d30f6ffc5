import {
  negativeBinomialQuantile,
  negativeBinomialUpperTail,
  poissonQuantile,
  poissonUpperTail,
  twoSidedStudentPValue,
} from './count-distributions.js';
import { farringtonReferenceWeeks, type ReferenceWeek } from './farrington-reference-weeks.js';
import { fitQuasiPoisson, type GlmFit } from './quasi-poisson-glm.js';

/**
 * The improved Farrington method (Noufaily et al. 2013) for weekly counts with seasonal
 * history, as R's `surveillance::farringtonFlexible` (version 1.20.3) computes it with
 * `thresholdMethod = "nbPlugin"`. For each evaluated week:
 *
 * 1. Reference weeks: b years back, seasonal levels (see farrington-reference-weeks.ts),
 *    the last 26 weeks left out.
 * 2. A quasi-Poisson GLM, log μ = α + β·t + γ(level), fitted as R's glm.fit does.
 * 3. Past outbreaks down-weighted: Anscombe residuals s above 2.58 get weight ∝ s⁻², and
 *    the model is refitted; dispersion φ = max(1, the refit's dispersion).
 * 4. The trend is kept only if b ≥ 3, its p-value is below `pThresholdTrend` and it does
 *    not predict more than the largest reference count; otherwise 2–3 are redone without it.
 * 5. expected μ₀ = exp(prediction for the current week and level);
 *    upperbound = the 1 − alpha quantile of a negative binomial with mean μ₀ and
 *    variance φμ₀ (Poisson if φ = 1).
 * 6. Alarm when observed > upperbound (R's score > 1) and observed > 0, and only if the
 *    last 4 weeks together hold at least 5 counts (limit54); otherwise the upperbound is
 *    undefined (NaN), as R's NA.
 *
 * Agreement with R (committed fixtures): alarms, trend decisions and upperbounds identical;
 * expected, φ and score within 1e-9 relative (measured below 1e-13).
 */
interface FarringtonOptions {
  /** Years back: 3 (the police archive holds four). Noufaily et al. used 5. */
  years?: number;
  /** Half-width of the seasonal window, weeks: 3. */
  halfWindow?: number;
  /** Seasonal levels in the year: 10. */
  noPeriods?: number;
  /** Recent weeks left out of the reference data: 26. */
  pastWeeksNotIncluded?: number;
  /** Anscombe residual above which a week counts as a past outbreak: 2.58. */
  weightsThreshold?: number;
  /** Upper-tail probability of the threshold: 0.05. */
  alpha?: number;
  /** The trend is kept when its p-value is below this: 1 (Noufaily: always, unless it extrapolates). */
  pThresholdTrend?: number;
  /** [cases, weeks]: no alarm unless the last `weeks` weeks hold `cases` counts: [5, 4]. */
  limit54?: [number, number];
  /** Weeks in a year: 52. */
  frequency?: number;
}

export const farringtonDefaults: Required<FarringtonOptions> = {
  years: 3,
  halfWindow: 3,
  noPeriods: 10,
  pastWeeksNotIncluded: 26,
  weightsThreshold: 2.58,
  alpha: 0.05,
  pThresholdTrend: 1,
  limit54: [5, 4],
  frequency: 52,
};

interface FarringtonResult {
  method: 'farrington-noufaily';
  options: Required<FarringtonOptions>;
  /** Index of the first evaluated week: years · frequency + halfWindow. */
  firstIndex: number;
  observed: number[];
  /** μ₀, the model's expectation for the week (NaN when no model could be fitted). */
  expected: number[];
  /** NaN when limit54 holds back (too few recent counts) or no model could be fitted. */
  upperbound: number[];
  isAlarm: boolean[];
  /** The dispersion φ ≥ 1. */
  phi: number[];
  hasTrend: boolean[];
  /** The trend's coefficient per week on the log scale, NaN when the trend was dropped. */
  trendCoefficient: number[];
  /** R's score: (observed − log μ₀) / (upperbound − log μ₀); above 1 is an alarm. */
  score: number[];
  /** P(X ≥ observed) under the fitted negative binomial. */
  pValue: number[];
  hasEnoughCases: boolean[];
}

interface FittedModel {
  fit: GlmFit;
  phi: number;
  /**
   * The dispersion R's trend test uses. surveillance replaces the refit's working weights
   * by the outbreak weights ω before calling summary.glm, so the test's dispersion is
   * Σ ωᵢ rᵢ² / (n − p) with working residuals r, not the φ of the threshold.
   */
  testDispersion: number;
  hasTrendTerm: boolean;
  levels: number[];
}

function designRow(time: number, period: number, hasTrend: boolean, levels: number[]): number[] {
  const row = [1];
  if (hasTrend) row.push(time);
  for (const level of levels.slice(1)) row.push(period === level ? 1 : 0);
  return row;
}

/** surveillance's algo.farrington.fitGLM.flexible: fit, reweight, refit. */
function fitReweighted(
  weeks: ReferenceWeek[],
  response: number[],
  withTrend: boolean,
  options: Required<FarringtonOptions>,
): FittedModel | null {
  const levels =
    options.noPeriods === 1
      ? []
      : [...new Set(weeks.map((week) => week.period))].sort((a, b) => a - b);
  const design = (hasTrend: boolean) =>
    weeks.map((week) => designRow(week.time, week.period, hasTrend, levels));
  let hasTrendTerm = withTrend;
  let fit = fitQuasiPoisson(design(hasTrendTerm), response);
  if (!fit.isConverged) {
    if (!hasTrendTerm) return null;
    hasTrendTerm = false;
    fit = fitQuasiPoisson(design(false), response);
    if (!fit.isConverged) return null;
  }
  let phi = Math.max(fit.dispersion, 1);
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
  fit = fitQuasiPoisson(design(hasTrendTerm), response, weights);
  phi = Math.max(fit.dispersion, 1);
  const weightedSquares = fit.workingResiduals.reduce(
    (sum, residual, index) => sum + (weights[index] as number) * residual * residual,
    0,
  );
  const testDispersion = weightedSquares / fit.residualDegreesOfFreedom;
  return { fit, phi, testDispersion, hasTrendTerm, levels };
}

const linearPredictor = (model: FittedModel, row: number[]) =>
  row.reduce((sum, value, index) => sum + value * (model.fit.coefficients[index] as number), 0);

/** One evaluated week; null when R's fit would not converge with or without trend. */
function evaluateWeek(
  counts: readonly number[],
  index: number,
  options: Required<FarringtonOptions>,
) {
  const weeks = farringtonReferenceWeeks(index, {
    years: options.years,
    halfWindow: options.halfWindow,
    noPeriods: options.noPeriods,
    pastWeeksNotIncluded: options.pastWeeksNotIncluded,
    frequency: options.frequency,
  });
  const response = weeks.map((week) => counts[week.index] as number);
  let model = fitReweighted(weeks, response, true, options);
  if (model === null) return null;
  const time = index + 1;
  let hasTrend = false;
  if (model.hasTrendTerm) {
    const row = designRow(time, options.noPeriods, true, model.levels);
    const predicted = Math.max(Math.exp(linearPredictor(model, row)), Number.EPSILON);
    const trendRow = row.map((_, position) => (position === 1 ? 1 : 0));
    const standardError = Math.sqrt(model.testDispersion * model.fit.unscaledVariance(trendRow));
    const pValue = twoSidedStudentPValue(
      (model.fit.coefficients[1] as number) / standardError,
      model.fit.residualDegreesOfFreedom,
    );
    hasTrend =
      options.years >= 3 && pValue < options.pThresholdTrend && predicted <= Math.max(...response);
    if (!hasTrend) {
      model = fitReweighted(weeks, response, false, options);
      if (model === null) return null;
    }
  }
  const eta = linearPredictor(
    model,
    designRow(time, options.noPeriods, model.hasTrendTerm, model.levels),
  );
  const expected = Math.exp(eta);
  const observed = counts[index] as number;
  const { phi } = model;
  let upperbound = Number.NaN;
  let pValue = Number.NaN;
  if (expected !== Infinity) {
    const size = expected / (phi - 1);
    upperbound =
      phi > 1
        ? negativeBinomialQuantile(1 - options.alpha, size, 1 / phi)
        : poissonQuantile(1 - options.alpha, expected);
    pValue =
      phi !== 1
        ? negativeBinomialUpperTail(observed, size, 1 / phi)
        : poissonUpperTail(observed, expected);
  }
  const score = Number.isNaN(upperbound) ? Number.NaN : (observed - eta) / (upperbound - eta);
  const [cases, period] = options.limit54;
  let recent = 0;
  for (let position = index - period + 1; position <= index; position += 1)
    recent += counts[position] as number;
  const hasEnoughCases = recent >= cases;
  return {
    observed,
    expected,
    upperbound: hasEnoughCases ? upperbound : Number.NaN,
    isAlarm: hasEnoughCases && score > 1 && observed !== 0,
    phi,
    hasTrend,
    trendCoefficient: hasTrend ? (model.fit.coefficients[1] as number) : Number.NaN,
    score,
    pValue,
    hasEnoughCases,
  };
}

/**
 * Runs the method over every week with enough history: from index years · frequency +
 * halfWindow to the end. A shorter series gives empty arrays.
 */
export function farrington(
  counts: readonly number[],
  options: FarringtonOptions = {},
): FarringtonResult {
  const settings = { ...farringtonDefaults, ...options };
  const firstIndex = settings.years * settings.frequency + settings.halfWindow;
  const result: FarringtonResult = {
    method: 'farrington-noufaily',
    options: settings,
    firstIndex,
    observed: [],
    expected: [],
    upperbound: [],
    isAlarm: [],
    phi: [],
    hasTrend: [],
    trendCoefficient: [],
    score: [],
    pValue: [],
    hasEnoughCases: [],
  };
  for (let index = firstIndex; index < counts.length; index += 1) {
    const week = evaluateWeek(counts, index, settings) ?? {
      observed: counts[index] as number,
      expected: Number.NaN,
      upperbound: Number.NaN,
      isAlarm: false,
      phi: Number.NaN,
      hasTrend: false,
      trendCoefficient: Number.NaN,
      score: Number.NaN,
      pValue: Number.NaN,
      hasEnoughCases: false,
    };
    result.observed.push(week.observed);
    result.expected.push(week.expected);
    result.upperbound.push(week.upperbound);
    result.isAlarm.push(week.isAlarm);
    result.phi.push(week.phi);
    result.hasTrend.push(week.hasTrend);
    result.trendCoefficient.push(week.trendCoefficient);
    result.score.push(week.score);
    result.pValue.push(week.pValue);
    result.hasEnoughCases.push(week.hasEnoughCases);
  }
  return result;
}
