/**
 * The standard normal distribution as R computes it (R 4.2, `nmath/pnorm.c` and
 * `nmath/qnorm.c`): W. J. Cody's rational Chebyshev approximations for the distribution
 * function and Wichura's AS 241 for the quantile. Both are accurate to about machine
 * precision, so EARS thresholds and Gi* p-values agree with R to well below 1e-9.
 */

const a = [
  2.2352520354606837, 161.02823106855587, 1067.6894854603709, 18154.98125334356,
  0.06568233791820745,
];
const b = [47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673];
const c = [
  0.39894151208813466, 8.883149794388377, 93.50665613217785, 597.2702763948002, 2494.5375852903726,
  6848.190450536283, 11602.65143764735, 9842.714838383978, 1.0765576773720192e-8,
];
const d = [
  22.266688044328117, 235.387901782625, 1519.3775994075547, 6485.558298266761, 18615.571640885097,
  34900.95272114598, 38912.00328609327, 19685.429676859992,
];
const p = [
  0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934,
  0.000029112874951168793, 0.023073441764940174,
];
const q = [
  1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824,
  0.00007297515550839662,
];
const sqrt32 = 5.656854249492381;
const oneOverSqrtTwoPi = 0.3989422804014327;
const halfEpsilon = Number.EPSILON * 0.5;

const at = (values: number[], index: number) => values[index] as number;

/** exp(-x²/2) · factor, split as R does so that the tails keep their relative precision. */
function gaussianTail(x: number, factor: number): number {
  const rounded = Math.trunc(x * 16) / 16;
  const delta = (x - rounded) * (x + rounded);
  return Math.exp(-rounded * rounded * 0.5) * Math.exp(-delta * 0.5) * factor;
}

/**
 * P(Z ≤ x) (`isLowerTail`) or P(Z > x) for a standard normal Z, as R's `pnorm(x, 0, 1,
 * lower.tail)`. NaN gives NaN.
 */
export function normalProbability(x: number, isLowerTail = true): number {
  if (Number.isNaN(x)) return Number.NaN;
  const y = Math.abs(x);
  let lower: number;
  let upper: number;
  if (y <= 0.67448975) {
    let numerator = 0;
    let denominator = 0;
    if (y > halfEpsilon) {
      const square = x * x;
      numerator = at(a, 4) * square;
      denominator = square;
      for (let index = 0; index < 3; index += 1) {
        numerator = (numerator + at(a, index)) * square;
        denominator = (denominator + at(b, index)) * square;
      }
    }
    const temp = (x * (numerator + at(a, 3))) / (denominator + at(b, 3));
    return isLowerTail ? 0.5 + temp : 0.5 - temp;
  }
  if (y <= sqrt32) {
    let numerator = at(c, 8) * y;
    let denominator = y;
    for (let index = 0; index < 7; index += 1) {
      numerator = (numerator + at(c, index)) * y;
      denominator = (denominator + at(d, index)) * y;
    }
    lower = gaussianTail(y, (numerator + at(c, 7)) / (denominator + at(d, 7)));
    upper = 1 - lower;
  } else if (isLowerTail ? -37.5193 < x && x < 8.2924 : -8.2924 < x && x < 37.5193) {
    const square = 1 / (x * x);
    let numerator = at(p, 5) * square;
    let denominator = square;
    for (let index = 0; index < 4; index += 1) {
      numerator = (numerator + at(p, index)) * square;
      denominator = (denominator + at(q, index)) * square;
    }
    let temp = (square * (numerator + at(p, 4))) / (denominator + at(q, 4));
    temp = (oneOverSqrtTwoPi - temp) / y;
    lower = gaussianTail(x, temp);
    upper = 1 - lower;
  } else {
    lower = x > 0 ? 1 : 0;
    upper = x > 0 ? 0 : 1;
    return isLowerTail ? lower : upper;
  }
  // `lower` holds the smaller tail, of -|x|: swap for positive x.
  if (x > 0) [lower, upper] = [upper, lower];
  return isLowerTail ? lower : upper;
}

/** The two-sided p-value of a z-score: 2 · P(Z > |z|), as R's `2 * pnorm(abs(z), lower.tail = FALSE)`. */
export function twoSidedNormalPValue(z: number): number {
  return 2 * normalProbability(Math.abs(z), false);
}

/** The quantile of the standard normal at probability `probability` (R's `qnorm`, AS 241). */
export function normalQuantile(probability: number): number {
  if (Number.isNaN(probability) || probability < 0 || probability > 1) return Number.NaN;
  if (probability === 0) return -Infinity;
  if (probability === 1) return Infinity;
  const shifted = probability - 0.5;
  if (Math.abs(shifted) <= 0.425) {
    const r = 0.180625 - shifted * shifted;
    return (
      (shifted *
        (((((((r * 2509.0809287301227 + 33430.57558358813) * r + 67265.7709270087) * r +
          45921.95393154987) *
          r +
          13731.69376550946) *
          r +
          1971.5909503065513) *
          r +
          133.14166789178438) *
          r +
          3.3871328727963665)) /
      (((((((r * 5226.495278852546 + 28729.085735721943) * r + 39307.89580009271) * r +
        21213.794301586597) *
        r +
        5394.196021424751) *
        r +
        687.1870074920579) *
        r +
        42.31333070160091) *
        r +
        1)
    );
  }
  let r = shifted > 0 ? 0.5 - probability + 0.5 : probability;
  r = Math.sqrt(-Math.log(r));
  let value: number;
  if (r <= 5) {
    r += -1.6;
    value =
      (((((((r * 0.0007745450142783414 + 0.022723844989269184) * r + 0.2417807251774506) * r +
        1.2704582524523684) *
        r +
        3.6478483247632045) *
        r +
        5.769497221460691) *
        r +
        4.630337846156546) *
        r +
        1.4234371107496835) /
      (((((((r * 1.0507500716444169e-9 + 0.0005475938084995345) * r + 0.015198666563616457) * r +
        0.14810397642748008) *
        r +
        0.6897673349851) *
        r +
        1.6763848301838038) *
        r +
        2.053191626637759) *
        r +
        1);
  } else {
    r += -5;
    value =
      (((((((r * 2.0103343992922881e-7 + 0.000027115555687434876) * r + 0.0012426609473880784) * r +
        0.026532189526576124) *
        r +
        0.29656057182850487) *
        r +
        1.7848265399172913) *
        r +
        5.463784911164114) *
        r +
        6.657904643501103) /
      (((((((r * 2.0442631033899397e-15 + 1.421511758316446e-7) * r + 0.000018463183175100548) * r +
        0.0007868691311456133) *
        r +
        0.014875361290850615) *
        r +
        0.1369298809227358) *
        r +
        0.599832206555888) *
        r +
        1);
  }
  return shifted < 0 ? -value : value;
}
