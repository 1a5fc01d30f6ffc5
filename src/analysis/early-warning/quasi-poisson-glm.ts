/**
 * A quasi-Poisson GLM with log link, fitted by iteratively reweighted least squares exactly
 * as R's `glm.fit` (R 4.2) does it: start at μ = y + 0.1, at most 25 iterations, stop when
 * |deviance − previous| / (|deviance| + 0.1) < 1e-8, each step a Householder QR least-squares
 * solve. Following R step by step (rather than iterating to the exact optimum) is what lets
 * Farrington's results agree with surveillance to about 1e-9 relative: R's answer is itself
 * only within about 1e-8 of the optimum.
 *
 * The design must have full column rank (R would pivot a collinear column out; Farrington's
 * designs never have one). Step-halving for an infinite deviance is not needed for the
 * Poisson family with log link and is not implemented: such a fit is reported as not
 * converged.
 */
export interface GlmFit {
  coefficients: number[];
  /** Fitted means of the last iteration. */
  fitted: number[];
  /** R's working residuals (y − μ) / μ. */
  workingResiduals: number[];
  isConverged: boolean;
  iterations: number;
  /** R's `summary.glm` dispersion: Σ wᵢ² rᵢ² / (n − p), working weights and residuals. */
  dispersion: number;
  residualDegreesOfFreedom: number;
  /** Leverages (R's `hatvalues`), from the QR of the last iteration. */
  leverage: number[];
  /** Solves xᵀ (XᵀWX)⁻¹ x for a new row x: the unscaled variance of its linear predictor. */
  unscaledVariance(row: readonly number[]): number;
}

const epsilon = 1e-8;
const maximumIterations = 25;
const machineEpsilon = Number.EPSILON;

const deviance = (y: readonly number[], mu: readonly number[], weights: readonly number[]) => {
  let sum = 0;
  for (let index = 0; index < y.length; index += 1) {
    const observed = y[index] as number;
    const mean = mu[index] as number;
    const ratio = observed === 0 ? 1 : observed / mean;
    sum += 2 * (weights[index] as number) * (observed * Math.log(ratio) - (observed - mean));
  }
  return sum;
};

interface Decomposition {
  /** Householder vectors in the lower part, R in the upper triangle: row-major n × p. */
  matrix: Float64Array;
  tau: Float64Array;
  /** The first component of each Householder vector (the diagonal holds R). */
  firsts: Float64Array;
  rows: number;
  columns: number;
}

/** Householder QR of an n × p row-major matrix (copied). */
function decompose(matrix: Float64Array, rows: number, columns: number): Decomposition {
  const a = Float64Array.from(matrix);
  const tau = new Float64Array(columns);
  const firsts = new Float64Array(columns);
  for (let k = 0; k < columns; k += 1) {
    let norm = 0;
    for (let i = k; i < rows; i += 1) norm = Math.hypot(norm, a[i * columns + k] as number);
    if (norm === 0) throw new RangeError('The design matrix does not have full column rank.');
    const diagonal = a[k * columns + k] as number;
    const alpha = diagonal > 0 ? -norm : norm;
    // v = x − αe₁, stored with v₁ in place; tau = 2 / vᵀv.
    a[k * columns + k] = diagonal - alpha;
    let vv = 0;
    for (let i = k; i < rows; i += 1) vv += (a[i * columns + k] as number) ** 2;
    tau[k] = 2 / vv;
    for (let j = k + 1; j < columns; j += 1) {
      let dot = 0;
      for (let i = k; i < rows; i += 1)
        dot += (a[i * columns + k] as number) * (a[i * columns + j] as number);
      const scale = dot * (tau[k] as number);
      for (let i = k; i < rows; i += 1) {
        a[i * columns + j] =
          (a[i * columns + j] as number) - scale * (a[i * columns + k] as number);
      }
    }
    // Keep v below the diagonal, its first component aside and α (R's diagonal) in place.
    firsts[k] = a[k * columns + k] as number;
    a[k * columns + k] = alpha;
  }
  return { matrix: a, tau, firsts, rows, columns };
}

/** Applies Qᵀ to a vector of length n in place. */
function applyQTranspose(qr: Decomposition, vector: Float64Array): void {
  const { matrix, tau, firsts, rows, columns } = qr;
  for (let k = 0; k < columns; k += 1) {
    let dot = (firsts[k] as number) * (vector[k] as number);
    for (let i = k + 1; i < rows; i += 1)
      dot += (matrix[i * columns + k] as number) * (vector[i] as number);
    const scale = dot * (tau[k] as number);
    vector[k] = (vector[k] as number) - scale * (firsts[k] as number);
    for (let i = k + 1; i < rows; i += 1)
      vector[i] = (vector[i] as number) - scale * (matrix[i * columns + k] as number);
  }
}

/** Applies Q to a vector of length n in place. */
function applyQ(qr: Decomposition, vector: Float64Array): void {
  const { matrix, tau, firsts, rows, columns } = qr;
  for (let k = columns - 1; k >= 0; k -= 1) {
    let dot = (firsts[k] as number) * (vector[k] as number);
    for (let i = k + 1; i < rows; i += 1)
      dot += (matrix[i * columns + k] as number) * (vector[i] as number);
    const scale = dot * (tau[k] as number);
    vector[k] = (vector[k] as number) - scale * (firsts[k] as number);
    for (let i = k + 1; i < rows; i += 1)
      vector[i] = (vector[i] as number) - scale * (matrix[i * columns + k] as number);
  }
}

/** Solves R x = b (upper triangular) for the first p entries of b. */
function solveUpper(qr: Decomposition, right: Float64Array): number[] {
  const { matrix, columns } = qr;
  const solution = new Array<number>(columns).fill(0);
  for (let k = columns - 1; k >= 0; k -= 1) {
    let value = right[k] as number;
    for (let j = k + 1; j < columns; j += 1)
      value -= (matrix[k * columns + j] as number) * (solution[j] as number);
    solution[k] = value / (matrix[k * columns + k] as number);
  }
  return solution;
}

/** Solves Rᵀ x = b (lower triangular). */
function solveUpperTransposed(qr: Decomposition, right: readonly number[]): number[] {
  const { matrix, columns } = qr;
  const solution = new Array<number>(columns).fill(0);
  for (let k = 0; k < columns; k += 1) {
    let value = right[k] as number;
    for (let j = 0; j < k; j += 1)
      value -= (matrix[j * columns + k] as number) * (solution[j] as number);
    solution[k] = value / (matrix[k * columns + k] as number);
  }
  return solution;
}

/**
 * Fits log E[y] = Xβ + offset with variance φμ. `design` holds n rows of p values;
 * `priorWeights` (default 1) are R's `weights` argument, `offset` (default 0) R's
 * `offset(...)` term: part of the linear predictor with no coefficient.
 */
export function fitQuasiPoisson(
  design: readonly (readonly number[])[],
  y: readonly number[],
  priorWeights: readonly number[] = y.map(() => 1),
  offset: readonly number[] = y.map(() => 0),
): GlmFit {
  const rows = y.length;
  const columns = design[0]?.length ?? 0;
  let mu = y.map((value) => value + 0.1);
  let eta = mu.map((value) => Math.log(value));
  mu = eta.map((value) => Math.max(Math.exp(value), machineEpsilon));
  let previousDeviance = deviance(y, mu, priorWeights);
  let isConverged = false;
  let iterations: number;
  let coefficients: number[] = [];
  let lastQr: Decomposition | null = null;
  let lastWeights: number[] = [];
  for (iterations = 1; iterations <= maximumIterations; iterations += 1) {
    const weighted = new Float64Array(rows * columns);
    const response = new Float64Array(rows);
    const weights: number[] = [];
    for (let i = 0; i < rows; i += 1) {
      const derivative = Math.max(Math.exp(eta[i] as number), machineEpsilon);
      const z =
        (eta[i] as number) -
        (offset[i] as number) +
        ((y[i] as number) - (mu[i] as number)) / derivative;
      const w = Math.sqrt(
        ((priorWeights[i] as number) * derivative * derivative) / (mu[i] as number),
      );
      weights.push(w);
      const row = design[i] as readonly number[];
      for (let j = 0; j < columns; j += 1) weighted[i * columns + j] = (row[j] as number) * w;
      response[i] = z * w;
    }
    const qr = decompose(weighted, rows, columns);
    applyQTranspose(qr, response);
    coefficients = solveUpper(qr, response);
    lastQr = qr;
    lastWeights = weights;
    eta = design.map((row, i) =>
      row.reduce((sum, value, j) => sum + value * (coefficients[j] as number), offset[i] as number),
    );
    mu = eta.map((value) => Math.max(Math.exp(value), machineEpsilon));
    const currentDeviance = deviance(y, mu, priorWeights);
    if (!Number.isFinite(currentDeviance)) break;
    if (
      Math.abs(currentDeviance - previousDeviance) / (Math.abs(currentDeviance) + 0.1) <
      epsilon
    ) {
      isConverged = true;
      break;
    }
    previousDeviance = currentDeviance;
  }
  const qr = lastQr as Decomposition;
  const residualDegreesOfFreedom = priorWeights.filter((weight) => weight !== 0).length - columns;
  let pearson = 0;
  const workingResiduals: number[] = [];
  for (let i = 0; i < rows; i += 1) {
    const derivative = Math.max(Math.exp(eta[i] as number), machineEpsilon);
    const residual = ((y[i] as number) - (mu[i] as number)) / derivative;
    workingResiduals.push(residual);
    const weight = (lastWeights[i] as number) ** 2;
    if (weight > 0) pearson += weight * residual * residual;
  }
  // Leverage: squared row norms of the thin Q, that is Q applied to unit vectors.
  const leverage = new Array<number>(rows).fill(0);
  for (let k = 0; k < columns; k += 1) {
    const unit = new Float64Array(rows);
    unit[k] = 1;
    applyQ(qr, unit);
    for (let i = 0; i < rows; i += 1)
      leverage[i] = (leverage[i] as number) + (unit[i] as number) ** 2;
  }
  const hat = leverage.map((value) => (value > 1 - 10 * machineEpsilon ? 1 : value));
  return {
    coefficients,
    fitted: mu,
    workingResiduals,
    isConverged,
    iterations: Math.min(iterations, maximumIterations),
    dispersion: residualDegreesOfFreedom > 0 ? pearson / residualDegreesOfFreedom : Number.NaN,
    residualDegreesOfFreedom,
    leverage: hat,
    unscaledVariance(row) {
      const solved = solveUpperTransposed(qr, row);
      return solved.reduce((sum, value) => sum + value * value, 0);
    },
  };
}
