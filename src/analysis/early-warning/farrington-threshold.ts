import {
  negativeBinomialQuantile,
  negativeBinomialUpperTail,
  poissonQuantile,
  poissonUpperTail,
} from './count-distributions.js';
import { normalProbability, normalQuantile } from './normal-distribution.js';

/**
 * The three thresholds of `surveillance::farringtonFlexible` (version 1.20.3):
 *
 * - `nbPlugin` (Noufaily et al. 2013): the 1 − α quantile of a negative binomial with mean
 *   μ₀ = exp(η₀) and variance φμ₀ (Poisson if φ = 1). Whole-number upperbound.
 * - `muan`: the same, with μ₀ replaced by exp of the 1 − α quantile of η₀'s normal
 *   approximation, exp(η₀ + z·se(η₀)): the prediction's own uncertainty added.
 * - `delta` (Farrington et al. 1996, the package's default): a normal approximation on a
 *   power scale, U = (μ₀^e + z·se)^(1/e) with e = 2/3 ("2/3", the default, symmetrising a
 *   Poisson count), 1/2 ("1/2", variance-stabilising) or 1 ("none"), and se the delta
 *   method's standard error of μ₀^e with τ = φ + se(μ₀)²/μ₀. Not a whole number.
 *
 * Score (R's): (y − prediction) / (U − prediction), where the prediction is μ₀ for delta
 * and η₀ = log μ₀ (the linear predictor) for nbPlugin and muan, as the package passes it.
 * p-value: P(X ≥ y) under the count model; for delta P(Z^e > y^e) under the normal one.
 */
export const farringtonThresholdMethods = ['nbPlugin', 'delta', 'muan'] as const;
export type FarringtonThresholdMethod = (typeof farringtonThresholdMethods)[number];
export const farringtonPowerTransforms = ['2/3', '1/2', 'none'] as const;
export type FarringtonPowerTransform = (typeof farringtonPowerTransforms)[number];

export interface ThresholdInput {
  /** The linear predictor η₀ = log μ₀ for the current week. */
  eta: number;
  /** Its standard error on the link scale (R's predict.glm se.fit, type "link"). */
  etaStandardError: number;
  phi: number;
  alpha: number;
  observed: number;
  method: FarringtonThresholdMethod;
  powertrans: FarringtonPowerTransform;
}

export interface Threshold {
  upperbound: number;
  score: number;
  pValue: number;
  /** R's mu0Vector: exp(η₀) for nbPlugin, exp(qnorm(1 − α, prediction, se)) otherwise. */
  mu0Vector: number;
}

const exponentOf = { none: 1, '1/2': 1 / 2, '2/3': 2 / 3 } as const;

function deltaThreshold(input: ThresholdInput): Threshold {
  const { observed, phi, alpha } = input;
  const mu0 = Math.exp(input.eta);
  // predict.glm's response-scale standard error: se(η₀)·|dμ/dη| = se(η₀)·μ₀.
  const mu0StandardError = input.etaStandardError * mu0;
  const tau = phi + mu0StandardError ** 2 / mu0;
  const exponent = exponentOf[input.powertrans];
  const se =
    input.powertrans === 'none'
      ? Math.sqrt(mu0 * tau)
      : input.powertrans === '1/2'
        ? Math.sqrt((1 / 4) * tau)
        : Math.sqrt((4 / 9) * mu0 ** (1 / 3) * tau);
  const z = normalQuantile(1 - alpha);
  const upper = (mu0 ** exponent + z * se) ** (1 / exponent);
  const pValue = normalProbability((observed ** exponent - mu0 ** exponent) / se, false);
  return {
    upperbound: upper,
    score: Number.isNaN(upper) ? Number.NaN : (observed - mu0) / (upper - mu0),
    pValue,
    mu0Vector: Math.exp(mu0 + mu0StandardError * z),
  };
}

function countThreshold(input: ThresholdInput): Threshold {
  const { observed, phi, alpha, eta } = input;
  const mean =
    input.method === 'nbPlugin'
      ? Math.exp(eta)
      : Math.exp(eta + input.etaStandardError * normalQuantile(1 - alpha));
  if (mean === Infinity || Number.isNaN(mean)) {
    return { upperbound: Number.NaN, score: Number.NaN, pValue: Number.NaN, mu0Vector: mean };
  }
  const size = mean / (phi - 1);
  const upperbound =
    phi > 1 ? negativeBinomialQuantile(1 - alpha, size, 1 / phi) : poissonQuantile(1 - alpha, mean);
  // A missing count (NaN) has no p-value, as R's NA.
  const pValue = Number.isNaN(observed)
    ? Number.NaN
    : phi !== 1
      ? negativeBinomialUpperTail(observed, size, 1 / phi)
      : poissonUpperTail(observed, mean);
  return {
    upperbound,
    score: (observed - eta) / (upperbound - eta),
    pValue,
    mu0Vector: mean,
  };
}

export function farringtonThreshold(input: ThresholdInput): Threshold {
  return input.method === 'delta' ? deltaThreshold(input) : countThreshold(input);
}
