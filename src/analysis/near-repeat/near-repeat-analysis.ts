import { knox, type KnoxResult } from './knox.js';
import { nearRepeatTable, type NearRepeatTable } from './near-repeat-table.js';
import type { SpaceTimeEvent } from './space-time-pairs.js';

/** Pairs × permutations at most, per test: bounds the work whatever is asked. */
export const maximumPairPermutations = 150_000_000;

export interface NearRepeatAnalysisOptions {
  distanceBand: number;
  distanceBands: number;
  dayBand: number;
  dayBands: number;
  permutations: number;
  seed: number;
}

export interface NearRepeatAnalysis {
  events: number;
  /** The permutations run: those asked for, fewer if the pairs would exceed the bound. */
  permutations: number;
  seed: number;
  /** Knox for the first bands: within `distanceBand` metres and `dayBand` days. */
  knox: KnoxResult | null;
  table: NearRepeatTable | null;
}

/**
 * The near-repeat page's analysis: the Knox test for the closest bands and the Near Repeat
 * Calculator's table, both from the same seed so the result can be reproduced (and checked
 * in R: scripts/reference/reference-spatial.R). Fewer than 3 events: nothing to test.
 */
export function analyseNearRepeat(
  events: readonly SpaceTimeEvent[],
  options: NearRepeatAnalysisOptions,
): NearRepeatAnalysis {
  const pairs = (events.length * (events.length - 1)) / 2;
  const permutations = Math.max(
    19,
    Math.min(options.permutations, Math.floor(maximumPairPermutations / Math.max(1, pairs))),
  );
  if (events.length < 3) {
    return { events: events.length, permutations, seed: options.seed, knox: null, table: null };
  }
  return {
    events: events.length,
    permutations,
    seed: options.seed,
    knox: knox(events, {
      distance: options.distanceBand,
      days: options.dayBand,
      permutations,
      seed: options.seed,
    }),
    table: nearRepeatTable(events, { ...options, permutations }),
  };
}
