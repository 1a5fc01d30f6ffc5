/**
 * The reference data of the improved Farrington method (Noufaily et al. 2013), as
 * `surveillance:::blocks` and `algo.farrington.data.glm` (version 1.20.3) choose it for a
 * series indexed by week (`epochAsDate = FALSE`): for the current week k and each of the b
 * years back, a window of 2w + 1 weeks centred on k − year · frequency gets the seasonal
 * level `noPeriods`; the weeks between two such windows are split into noPeriods − 1 blocks
 * of (nearly) equal length, levels 1 … noPeriods − 1. The last `pastWeeksNotIncluded` weeks
 * before k and k itself are left out, so a current outbreak cannot raise its own baseline.
 */
export interface ReferenceWeek {
  /** 0-based index in the series. */
  index: number;
  /** R's `wtime`: the 1-based position in the series. */
  time: number;
  /** Seasonal level, 1 … noPeriods. */
  period: number;
}

interface ReferenceWeekOptions {
  years: number;
  halfWindow: number;
  noPeriods: number;
  pastWeeksNotIncluded: number;
  frequency: number;
}

/** The reference weeks for the 0-based current index, in time order. */
export function farringtonReferenceWeeks(
  currentIndex: number,
  options: ReferenceWeekOptions,
): ReferenceWeek[] {
  const { years, halfWindow, noPeriods, pastWeeksNotIncluded, frequency } = options;
  // R's 1-based positions, so that each range reads as in the package.
  const now = currentIndex + 1;
  const earliest = now - years * frequency - halfWindow;
  if (earliest < 1) throw new RangeError('The series is too short for that many years back.');
  const periods = new Map<number, number>();
  const assign = (first: number, last: number, period: number) => {
    for (let position = first; position <= last; position += 1) periods.set(position, period);
  };
  assign(now - halfWindow, now, noPeriods);
  for (let year = 1; year <= years; year += 1) {
    const referenceWeek = now - year * frequency;
    assign(referenceWeek - halfWindow, referenceWeek + halfWindow, noPeriods);
    if (noPeriods === 1) continue;
    const gap = frequency - 2 * halfWindow - 1;
    const length = Math.floor(gap / (noPeriods - 1));
    if (length < 1) throw new RangeError('Too many seasonal periods for the gap between windows.');
    const rest = gap % (noPeriods - 1);
    let start = referenceWeek + halfWindow + 1;
    for (let period = 1; period < noPeriods; period += 1) {
      const blockLength = length + (period <= rest ? 1 : 0);
      assign(start, start + blockLength - 1, period);
      start += blockLength;
    }
  }
  for (let position = now - pastWeeksNotIncluded; position <= now; position += 1) {
    periods.delete(position);
  }
  return [...periods.entries()]
    .sort(([left], [right]) => left - right)
    .map(([time, period]) => ({ index: time - 1, time, period }));
}
