import { RRandom } from './r-random.js';
import {
  checkEvents,
  pairDistances,
  pairTimeDifferences,
  type SpaceTimeEvent,
} from './space-time-pairs.js';

/**
 * The Near Repeat Calculator's table (Ratcliffe 2009, after Johnson and Bowers): every pair of
 * events is placed in a distance band × time band; the observed count of each cell is
 * compared with what the same places would give with the days shuffled among the events
 * (Monte Carlo: the events' days permuted B times, with R's generator after
 * `set.seed(seed)`, so R's `t[sample.int(n)]` gives the same permutations and the same
 * table — scripts/reference/reference-spatial.R).
 *
 * Bands: distance band k (1 … K) holds pairs with (k − 1)·d < distance ≤ k·d, the first one
 * also distance 0 (the same place); time band m (1 … T) holds (m − 1)·t < days ≤ m·t, the
 * first also the same day. One more band each way collects everything beyond.
 *
 * Per cell: observed, expected (the mean over the permutations), ratio observed / expected
 * (the Knox ratio; as in R, NaN for 0 / 0 and Infinity when nothing was expected), and the p-value (1 + #{permuted count ≥
 * observed}) / (B + 1), one-sided for "more than chance".
 */
export interface NearRepeatOptions {
  /** Width of a distance band, metres. */
  distanceBand: number;
  distanceBands: number;
  /** Width of a time band, days. */
  dayBand: number;
  dayBands: number;
  permutations: number;
  seed: number;
}

export interface NearRepeatTable {
  /** Rows are distance bands (the last: beyond), columns time bands (the last: beyond). */
  observed: number[][];
  expected: number[][];
  ratio: number[][];
  pValue: number[][];
  pairs: number;
  options: NearRepeatOptions;
}

function band(value: number, width: number, bands: number): number {
  if (value <= width) return 0;
  const index = Math.ceil(value / width) - 1;
  return Math.min(index, bands);
}

function tabulate(
  distanceBandOf: Int32Array,
  differences: Float64Array,
  options: NearRepeatOptions,
): Int32Array {
  const columns = options.dayBands + 1;
  const table = new Int32Array((options.distanceBands + 1) * columns);
  for (let pair = 0; pair < differences.length; pair += 1) {
    const cell =
      (distanceBandOf[pair] as number) * columns +
      band(differences[pair] as number, options.dayBand, options.dayBands);
    table[cell] = (table[cell] as number) + 1;
  }
  return table;
}

export function nearRepeatTable(
  events: readonly SpaceTimeEvent[],
  options: NearRepeatOptions,
): NearRepeatTable {
  checkEvents(events);
  const { distanceBand, distanceBands, dayBand, dayBands, permutations } = options;
  if (!(distanceBand > 0) || !(dayBand > 0)) throw new RangeError('Bands must be wider than 0.');
  for (const count of [distanceBands, dayBands, permutations]) {
    if (!Number.isInteger(count) || count < 1)
      throw new RangeError('Counts of bands and permutations are whole numbers of at least 1.');
  }
  const distances = pairDistances(events);
  const distanceBandOf = new Int32Array(distances.length);
  distances.forEach((distance, pair) => {
    distanceBandOf[pair] = band(distance, distanceBand, distanceBands);
  });
  const times = events.map((event) => event.t);
  const observed = tabulate(distanceBandOf, pairTimeDifferences(times), options);
  const sums = new Float64Array(observed.length);
  const atLeast = new Int32Array(observed.length).fill(1);
  const random = new RRandom(options.seed);
  const shuffled = new Float64Array(times.length);
  for (let run = 0; run < permutations; run += 1) {
    const order = random.permutation(times.length);
    order.forEach((from, to) => {
      shuffled[to] = times[from] as number;
    });
    const table = tabulate(distanceBandOf, pairTimeDifferences(shuffled), options);
    table.forEach((count, cell) => {
      sums[cell] = (sums[cell] as number) + count;
      if (count >= (observed[cell] as number)) atLeast[cell] = (atLeast[cell] as number) + 1;
    });
  }
  const columns = dayBands + 1;
  const rows = (values: (cell: number) => number) =>
    Array.from({ length: distanceBands + 1 }, (_, row) =>
      Array.from({ length: columns }, (_, column) => values(row * columns + column)),
    );
  const expected = (cell: number) => (sums[cell] as number) / permutations;
  return {
    observed: rows((cell) => observed[cell] as number),
    expected: rows(expected),
    ratio: rows((cell) =>
      expected(cell) > 0 ? (observed[cell] as number) / expected(cell) : Number.NaN,
    ),
    pValue: rows((cell) => (atLeast[cell] as number) / (permutations + 1)),
    pairs: distances.length,
    options,
  };
}
