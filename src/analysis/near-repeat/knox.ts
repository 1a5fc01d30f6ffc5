import { poissonUpperTail } from '../early-warning/count-distributions.js';
import { RRandom } from './r-random.js';
import {
  checkEvents,
  pairDistances,
  pairTimeDifferences,
  type SpaceTimeEvent,
} from './space-time-pairs.js';

/**
 * The Knox test for space–time interaction, as `surveillance::knox` (version 1.20.3)
 * computes it: over all n(n − 1)/2 pairs of events, X = the number of pairs close in space
 * (distance ≤ `distance`) and in time (day difference ≤ `days`); its expectation without
 * interaction is (pairs close in time) · (pairs close in space) / (all pairs). The Monte
 * Carlo p-value permutes the pairs' "close in time" marks B times, exactly as the package
 * does (`closeInTime[sample.int(npairs)]`), with R's generator seeded by `seed`, so the
 * p-value equals R's after `set.seed(seed)`: (1 + #{permuted X ≥ X}) / (B + 1).
 * Also R's Poisson approximation, P(Poisson(expected) > X).
 */
export interface KnoxOptions {
  distance: number;
  days: number;
  /** Permutations B: 999 as R. */
  permutations?: number;
  seed: number;
}

export interface KnoxResult {
  pairs: number;
  closeInSpace: number;
  closeInTime: number;
  /** Pairs close in both: the statistic. */
  observed: number;
  expected: number;
  /** observed / expected: how many times the chance count. */
  ratio: number;
  pValue: number;
  poissonPValue: number;
  permutations: number;
  seed: number;
}

export function knox(events: readonly SpaceTimeEvent[], options: KnoxOptions): KnoxResult {
  checkEvents(events);
  const permutations = options.permutations ?? 999;
  if (!(options.distance >= 0) || !(options.days >= 0))
    throw new RangeError('The distance and the days cannot be negative.');
  if (!Number.isInteger(permutations) || permutations < 1)
    throw new RangeError('At least one permutation is needed.');
  const distances = pairDistances(events);
  const differences = pairTimeDifferences(events.map((event) => event.t));
  const pairs = distances.length;
  const nearInSpace = new Uint8Array(pairs);
  const nearInTime = new Uint8Array(pairs);
  let closeInSpace = 0;
  let closeInTime = 0;
  let observed = 0;
  for (let pair = 0; pair < pairs; pair += 1) {
    nearInSpace[pair] = (distances[pair] as number) <= options.distance ? 1 : 0;
    nearInTime[pair] = (differences[pair] as number) <= options.days ? 1 : 0;
    closeInSpace += nearInSpace[pair] as number;
    closeInTime += nearInTime[pair] as number;
    observed += (nearInSpace[pair] as number) & (nearInTime[pair] as number);
  }
  const expected = (closeInTime / pairs) * closeInSpace;
  const random = new RRandom(options.seed);
  let atLeast = 1;
  for (let run = 0; run < permutations; run += 1) {
    const order = random.permutation(pairs);
    let statistic = 0;
    for (let pair = 0; pair < pairs; pair += 1) {
      statistic += (nearInSpace[pair] as number) & (nearInTime[order[pair] as number] as number);
    }
    if (statistic >= observed) atLeast += 1;
  }
  return {
    pairs,
    closeInSpace,
    closeInTime,
    observed,
    expected,
    ratio: observed / expected,
    pValue: atLeast / (permutations + 1),
    // ppois(X, expected, lower.tail = FALSE) = P(Poisson ≥ X + 1).
    poissonPValue: poissonUpperTail(observed + 1, expected),
    permutations,
    seed: options.seed,
  };
}
