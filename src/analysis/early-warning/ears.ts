import { normalQuantile } from './normal-distribution.js';

/**
 * EARS C1, C2 and C3 (the CDC's Early Aberration Reporting System), exactly as R's
 * `surveillance::earsC` (version 1.20.3) computes them, so that alarms are identical and
 * thresholds agree to 1e-9 (checked against committed R outputs).
 *
 * For week (or day) t, with a baseline of `baseline` earlier counts:
 * - C1 uses t−baseline … t−1; C2 and C3 leave a guard band of two and use
 *   t−baseline−2 … t−3.
 * - expected = the baseline's mean; sigma = max(its sample standard deviation (n − 1),
 *   `minSigma`); statistic C = (observed − expected) / sigma.
 * - C1, C2: upperbound = expected + z · sigma with z = qnorm(1 − alpha); alarm when
 *   observed > upperbound.
 * - C3: with C2 at t−1 and t−2, upperbound = max(0, observed + sigma · (z − Σ max(0, C2 − 1)))
 *   and alarm when observed > upperbound, that is when C2(t) + Σ_{t−1,t−2} max(0, C2 − 1) > z.
 *   The statistic reported is that sum.
 *
 * Where R divides 0 by 0 (a constant baseline with minSigma 0 for C3), the upperbound is
 * NaN and there is no alarm; R reports NA for both.
 */
export const earsMethods = ['C1', 'C2', 'C3'] as const;
export type EarsMethod = (typeof earsMethods)[number];

interface EarsOptions {
  method: EarsMethod;
  /** Counts in the baseline: surveillance's default 7. At least 3. */
  baseline?: number;
  /**
   * One-sided false-alarm probability of the normal threshold. surveillance's defaults:
   * 0.001 for C1 and C2, 0.025 for C3.
   */
  alpha?: number;
  /** A floor for sigma, so that a flat baseline does not alarm on any change: default 0. */
  minSigma?: number;
}

interface EarsResult {
  method: EarsMethod;
  baseline: number;
  alpha: number;
  minSigma: number;
  /** qnorm(1 − alpha). */
  zAlpha: number;
  /** Index in the input of the first evaluated count: baseline, baseline + 2 or + 4. */
  firstIndex: number;
  /** One entry per evaluated count, from firstIndex to the end of the series. */
  observed: number[];
  /** The baseline mean. */
  expected: number[];
  /** max(baseline standard deviation, minSigma). */
  sigma: number[];
  /** C1 or C2 = (observed − expected) / sigma; C3 as described above. */
  statistic: number[];
  upperbound: number[];
  isAlarm: boolean[];
}

/** The EARS defaults of surveillance::earsC for a method. */
export function earsDefaults(method: EarsMethod): Required<EarsOptions> {
  return { method, baseline: 7, alpha: method === 'C3' ? 0.025 : 0.001, minSigma: 0 };
}

/**
 * Runs EARS over a whole series. A series too short for one evaluation (fewer than
 * baseline + 1, + 3 or + 5 counts) gives empty arrays, where R stops with an error.
 */
export function ears(counts: readonly number[], options: EarsOptions): EarsResult {
  const { method, baseline, alpha, minSigma } = { ...earsDefaults(options.method), ...options };
  if (!(baseline >= 3) || !Number.isInteger(baseline)) {
    throw new RangeError('The EARS baseline is a whole number of at least 3.');
  }
  if (!(minSigma >= 0)) throw new RangeError('minSigma cannot be negative.');
  const zAlpha = normalQuantile(1 - alpha);
  const lag = method === 'C1' ? 0 : 2;
  const firstIndex = baseline + (method === 'C1' ? 0 : method === 'C2' ? 2 : 4);
  const result: EarsResult = {
    method,
    baseline,
    alpha,
    minSigma,
    zAlpha,
    firstIndex,
    observed: [],
    expected: [],
    sigma: [],
    statistic: [],
    upperbound: [],
    isAlarm: [],
  };
  if (counts.length <= firstIndex) return result;

  // Mean and sigma of the baseline ending `lag` + 1 before t, for every t from `from`.
  const from = method === 'C3' ? firstIndex - 2 : firstIndex;
  const means: number[] = [];
  const sigmas: number[] = [];
  for (let t = from; t < counts.length; t += 1) {
    const start = t - lag - baseline;
    let sum = 0;
    for (let index = start; index < start + baseline; index += 1) sum += counts[index] as number;
    const mean = sum / baseline;
    let squares = 0;
    for (let index = start; index < start + baseline; index += 1) {
      const deviation = (counts[index] as number) - mean;
      squares += deviation * deviation;
    }
    means.push(mean);
    sigmas.push(Math.max(Math.sqrt(squares / (baseline - 1)), minSigma));
  }

  const c2 = (offset: number) =>
    ((counts[from + offset] as number) - (means[offset] as number)) / (sigmas[offset] as number);
  for (let t = firstIndex; t < counts.length; t += 1) {
    const offset = t - from;
    const observed = counts[t] as number;
    const expected = means[offset] as number;
    const sigma = sigmas[offset] as number;
    let statistic: number;
    let upperbound: number;
    if (method === 'C3') {
      // Math.max(0, NaN) is NaN, as R's pmax(0, NaN): a 0/0 stays undefined.
      const past = Math.max(0, c2(offset - 2) - 1) + Math.max(0, c2(offset - 1) - 1);
      statistic = c2(offset) + past;
      upperbound = Math.max(0, observed + sigma * (zAlpha - past));
    } else {
      statistic = (observed - expected) / sigma;
      upperbound = expected + zAlpha * sigma;
    }
    result.observed.push(observed);
    result.expected.push(expected);
    result.sigma.push(sigma);
    result.statistic.push(statistic);
    result.upperbound.push(upperbound);
    result.isAlarm.push(observed > upperbound);
  }
  return result;
}
