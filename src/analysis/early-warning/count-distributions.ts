/**
 * The discrete distributions the improved Farrington threshold needs, with R's conventions:
 * quantiles are the smallest count whose distribution function reaches p · (1 − 64 ε), as
 * R's `qpois` and `qnbinom` search for it, and the negative binomial is parameterised by
 * size and prob as in R. Probabilities are summed from the mass function in log space, which
 * stays accurate to about 1e-13 for the means of weekly counts (far below what could move
 * a quantile); the Student t tail serves the trend test of the Farrington fit.
 */

const lanczos = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406,
  12.507343278686905, -0.13857109526572012, 0.000009984369578019572, 1.5056327351493116e-7,
];

/** log Γ(x) for x > 0 (Lanczos, g = 7): relative error about 1e-15. */
function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const shifted = x - 1;
  let sum = lanczos[0] as number;
  for (let index = 1; index < 9; index += 1) sum += (lanczos[index] as number) / (shifted + index);
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * A count distribution as its log mass at 0 and the log ratio p(k) / p(k − 1): summing
 * upwards this way loses no precision for large sizes, where log Γ differences would.
 */
interface CountDistribution {
  logMassAtZero: number;
  logRatio: (count: number) => number;
  mean: number;
}

/** The quantile search of R: the first count whose cumulative probability reaches the target. */
function searchQuantile(probability: number, distribution: CountDistribution): number {
  if (probability >= 1 - 1.01 * Number.EPSILON) return Infinity;
  const target = probability * (1 - 64 * Number.EPSILON);
  let logMass = distribution.logMassAtZero;
  let cumulative = Math.exp(logMass);
  for (let count = 0; count < 100_000_000; count += 1) {
    if (count > 0) {
      logMass += distribution.logRatio(count);
      cumulative += Math.exp(logMass);
    }
    if (cumulative >= target) return count;
  }
  return Infinity;
}

/** P(X ≥ count), summed over the smaller side. */
function upperTail(count: number, distribution: CountDistribution): number {
  if (count <= 0) return 1;
  let logMass = distribution.logMassAtZero;
  let below = Math.exp(logMass);
  for (let value = 1; value < count; value += 1) {
    logMass += distribution.logRatio(value);
    below += Math.exp(logMass);
  }
  if (count <= distribution.mean) return Math.max(0, 1 - below);
  let above = 0;
  for (let value = count; value < count + 100_000_000; value += 1) {
    logMass += distribution.logRatio(value);
    const term = Math.exp(logMass);
    above += term;
    if (term <= above * 1e-17) break;
  }
  return above;
}

const poisson = (mean: number): CountDistribution => ({
  logMassAtZero: -mean,
  logRatio: (count) => Math.log(mean / count),
  mean,
});

/** R's qpois(probability, mean). */
export function poissonQuantile(probability: number, mean: number): number {
  if (mean === 0) return 0;
  return searchQuantile(probability, poisson(mean));
}

/** R's ppois(count − 1, mean, lower.tail = FALSE): P(X ≥ count). */
export function poissonUpperTail(count: number, mean: number): number {
  if (mean === 0) return count <= 0 ? 1 : 0;
  return upperTail(count, poisson(mean));
}

const negativeBinomial = (size: number, prob: number): CountDistribution => {
  const logFailure = Math.log1p(-prob);
  return {
    logMassAtZero: size * Math.log(prob),
    logRatio: (count) => Math.log((count - 1 + size) / count) + logFailure,
    mean: (size * (1 - prob)) / prob,
  };
};

/** R's qnbinom(probability, size, prob). */
export function negativeBinomialQuantile(probability: number, size: number, prob: number): number {
  if (prob === 1 || size === 0) return 0;
  return searchQuantile(probability, negativeBinomial(size, prob));
}

/** R's pnbinom(count − 1, size, prob, lower.tail = FALSE): P(X ≥ count). */
export function negativeBinomialUpperTail(count: number, size: number, prob: number): number {
  if (prob === 1 || size === 0) return count <= 0 ? 1 : 0;
  return upperTail(count, negativeBinomial(size, prob));
}

/** The regularised incomplete beta function I_x(a, b), by Lentz's continued fraction. */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x),
  );
  const tiny = 1e-300;
  let f = 1;
  let c = 1;
  let d = 0;
  for (let step = 0; step <= 10_000; step += 1) {
    const m = Math.floor(step / 2);
    let numerator: number;
    if (step === 0) numerator = 1;
    else if (step % 2 === 0) numerator = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    else numerator = -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 + numerator * d;
    d = Math.abs(d) < tiny ? tiny : d;
    d = 1 / d;
    c = 1 + numerator / c;
    c = Math.abs(c) < tiny ? tiny : c;
    const change = c * d;
    f *= change;
    if (Math.abs(1 - change) < 1e-15) break;
  }
  return (front * (f - 1)) / a;
}

/** The two-sided p-value of a t statistic: 2 · P(T > |t|) with `degrees` of freedom (R's 2 * pt(-|t|, df)). */
export function twoSidedStudentPValue(t: number, degrees: number): number {
  if (Number.isNaN(t) || !(degrees > 0)) return Number.NaN;
  const square = t * t;
  // As R's pt: for small |t| the complement of I_{t²/(n+t²)}(1/2, n/2), so that a t of
  // 1e-14 still gives a p-value just below 1 (the Farrington trend test compares p < 1).
  if (degrees > square) return 1 - incompleteBeta(square / (degrees + square), 0.5, degrees / 2);
  return incompleteBeta(degrees / (degrees + square), degrees / 2, 0.5);
}
