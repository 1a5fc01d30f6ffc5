import { twoSidedStudentPValue } from './count-distributions.js';
import { designRow, fitFarringtonModel, linearPredictor } from './farrington-model.js';
import { farringtonReferenceWeeks } from './farrington-reference-weeks.js';
import {
  farringtonThreshold,
  type FarringtonPowerTransform,
  type FarringtonThresholdMethod,
} from './farrington-threshold.js';

/**
 * The Farrington method for weekly counts with seasonal history, as R's
 * `surveillance::farringtonFlexible` (version 1.20.3) computes it. For each evaluated week:
 *
 * 1. Reference weeks: b years back, seasonal levels (see farrington-reference-weeks.ts),
 *    the last `pastWeeksNotIncluded` weeks left out. Missing counts (NaN) are left out of
 *    the reference data, as R drops NA responses.
 * 2. A quasi-Poisson GLM, log μ = α + β·t + γ(level) (+ log population), fitted as R's
 *    glm.fit does (farrington-model.ts).
 * 3. If `reweight`: past outbreaks down-weighted (Anscombe residuals above 2.58 get weight
 *    ∝ s⁻²) and the model refitted; dispersion φ = max(1, the last fit's dispersion).
 * 4. If `trend`: the trend is kept only if b ≥ 3, its p-value is below `pThresholdTrend` and
 *    it does not predict more than the largest reference count; otherwise 2–3 are redone
 *    without it.
 * 5. The threshold (farrington-threshold.ts): `nbPlugin` (Noufaily et al. 2013, our
 *    default), `muan`, or `delta` with `powertrans` (Farrington et al. 1996, R's default).
 * 6. Alarm when R's score > 1 and observed > 0, and only if the last 4 weeks together hold
 *    at least 5 counts (limit54); otherwise the upperbound is undefined (NaN), as R's NA. A
 *    missing count in those weeks or in the current week leaves the week without alarm.
 *
 * Agreement with R (committed fixtures): alarms, trend decisions and whole-number
 * upperbounds identical; expected, φ, score and delta's upperbound within 1e-9 relative.
 */
interface FarringtonOptions {
  /** Years back: 3 (the police archive holds four). Noufaily et al. used 5. */
  years?: number;
  /** Half-width of the seasonal window, weeks: 3. */
  halfWindow?: number;
  /** Seasonal levels in the year: 10 (R's default 1 is the original method: windows only). */
  noPeriods?: number;
  /** Recent weeks left out of the reference data: 26. */
  pastWeeksNotIncluded?: number;
  /** Down-weight past outbreaks: true. */
  reweight?: boolean;
  /** Anscombe residual above which a week counts as a past outbreak: 2.58. */
  weightsThreshold?: number;
  /** Upper-tail probability of the threshold: 0.05. */
  alpha?: number;
  /** Fit a time trend at all: true. */
  trend?: boolean;
  /** The trend is kept when its p-value is below this: 1 (Noufaily: always, unless it extrapolates). */
  pThresholdTrend?: number;
  /** [cases, weeks]: no alarm unless the last `weeks` weeks hold `cases` counts: [5, 4]. */
  limit54?: [number, number];
  /** Weeks in a year: 52. */
  frequency?: number;
  /** The threshold: 'nbPlugin' (see farrington-threshold.ts for why it is the default). */
  thresholdMethod?: FarringtonThresholdMethod;
  /** The power transform of the delta threshold: '2/3' (R's default). */
  powertrans?: FarringtonPowerTransform;
}

export const farringtonDefaults: Required<FarringtonOptions> = {
  years: 3,
  halfWindow: 3,
  noPeriods: 10,
  pastWeeksNotIncluded: 26,
  reweight: true,
  weightsThreshold: 2.58,
  alpha: 0.05,
  trend: true,
  pThresholdTrend: 1,
  limit54: [5, 4],
  frequency: 52,
  thresholdMethod: 'nbPlugin',
  powertrans: '2/3',
};

/** What the run needs besides the options: R's `population` and `range`. */
interface FarringtonInputs {
  /**
   * The population of each week (R's `populationOffset = TRUE`): the model gets the offset
   * log(population), so it predicts a rate. Same length as the counts, all positive.
   */
  population?: readonly number[];
  /** 0-based first and last week to evaluate (R's `range`, 1-based there). Default: every week with enough history. */
  range?: readonly [number, number];
}

interface FarringtonResult {
  method: 'farrington-noufaily';
  options: Required<FarringtonOptions>;
  /** Index of the first evaluated week: years · frequency + halfWindow unless a range is given. */
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
  /** R's score; above 1 is an alarm (farrington-threshold.ts). */
  score: number[];
  /** P(X ≥ observed) under the threshold's model. */
  pValue: number[];
  /** R's mu0Vector (farrington-threshold.ts). */
  mu0Vector: number[];
  hasEnoughCases: boolean[];
}

type Week = Omit<
  { [Key in keyof FarringtonResult]: FarringtonResult[Key] extends (infer Item)[] ? Item : never },
  'method' | 'options' | 'firstIndex'
>;

/** One evaluated week; null when R's fit would not converge with or without trend. */
function evaluateWeek(
  counts: readonly number[],
  index: number,
  options: Required<FarringtonOptions>,
  population: readonly number[] | undefined,
): Week | null {
  const weeks = farringtonReferenceWeeks(index, options).filter(
    (week) => !Number.isNaN(counts[week.index]),
  );
  const response = weeks.map((week) => counts[week.index] as number);
  const offsetAt = (position: number) =>
    population === undefined ? 0 : Math.log(population[position] as number);
  const offset = weeks.map((week) => offsetAt(week.index));
  const fit = (withTrend: boolean) =>
    fitFarringtonModel(weeks, response, offset, withTrend, options);
  let model = fit(options.trend);
  if (model === null) return null;
  const time = index + 1;
  const currentOffset = offsetAt(index);
  let hasTrend = false;
  if (model.hasTrendTerm) {
    const row = designRow(time, options.noPeriods, true, model.levels);
    const predicted = Math.max(
      Math.exp(linearPredictor(model, row, currentOffset)),
      Number.EPSILON,
    );
    const trendRow = row.map((_, position) => (position === 1 ? 1 : 0));
    const standardError = Math.sqrt(model.summaryDispersion * model.fit.unscaledVariance(trendRow));
    const pValue = twoSidedStudentPValue(
      (model.fit.coefficients[1] as number) / standardError,
      model.fit.residualDegreesOfFreedom,
    );
    hasTrend =
      options.years >= 3 && pValue < options.pThresholdTrend && predicted <= Math.max(...response);
    if (!hasTrend) {
      model = fit(false);
      if (model === null) return null;
    }
  }
  const row = designRow(time, options.noPeriods, model.hasTrendTerm, model.levels);
  const eta = linearPredictor(model, row, currentOffset);
  const observed = counts[index] as number;
  const { phi } = model;
  const threshold = farringtonThreshold({
    eta,
    etaStandardError: Math.sqrt(model.summaryDispersion * model.fit.unscaledVariance(row)),
    phi,
    alpha: options.alpha,
    observed,
    method: options.thresholdMethod,
    powertrans: options.powertrans,
  });
  const [cases, period] = options.limit54;
  let recent = 0;
  for (let position = index - period + 1; position <= index; position += 1)
    recent += counts[position] as number;
  // A missing count in the window makes R's sum NA, and so no decision.
  const hasEnoughCases = recent >= cases;
  return {
    observed,
    expected: Math.exp(eta),
    upperbound: hasEnoughCases ? threshold.upperbound : Number.NaN,
    isAlarm: hasEnoughCases && threshold.score > 1 && observed !== 0,
    phi,
    hasTrend,
    trendCoefficient: hasTrend ? (model.fit.coefficients[1] as number) : Number.NaN,
    score: threshold.score,
    pValue: threshold.pValue,
    mu0Vector: threshold.mu0Vector,
    hasEnoughCases,
  };
}

const emptyWeek = (observed: number): Week => ({
  observed,
  expected: Number.NaN,
  upperbound: Number.NaN,
  isAlarm: false,
  phi: Number.NaN,
  hasTrend: false,
  trendCoefficient: Number.NaN,
  score: Number.NaN,
  pValue: Number.NaN,
  mu0Vector: Number.NaN,
  hasEnoughCases: false,
});

/**
 * Runs the method over every week with enough history (from index years · frequency +
 * halfWindow to the end) or over `range`. A shorter series gives empty arrays.
 */
export function farrington(
  counts: readonly number[],
  options: FarringtonOptions = {},
  inputs: FarringtonInputs = {},
): FarringtonResult {
  const settings = { ...farringtonDefaults, ...options };
  const earliest = settings.years * settings.frequency + settings.halfWindow;
  const [firstIndex, lastIndex] = inputs.range ?? [earliest, counts.length - 1];
  if (firstIndex < earliest || lastIndex >= counts.length) {
    throw new RangeError('The range reaches outside the weeks with enough history.');
  }
  if (
    inputs.population !== undefined &&
    (inputs.population.length !== counts.length ||
      inputs.population.some((value) => !(value > 0 && Number.isFinite(value))))
  ) {
    throw new RangeError('The population must be positive for every week of the series.');
  }
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
    mu0Vector: [],
    hasEnoughCases: [],
  };
  for (let index = firstIndex; index <= lastIndex; index += 1) {
    const week =
      evaluateWeek(counts, index, settings, inputs.population) ??
      emptyWeek(counts[index] as number);
    for (const key of Object.keys(week) as (keyof Week)[]) {
      (result[key] as unknown[]).push(week[key]);
    }
  }
  return result;
}
