/**
 * An event with an exact place and a day: x and y in metres (any local projection), t in
 * whole days from any origin.
 */
export interface SpaceTimeEvent {
  x: number;
  y: number;
  t: number;
}

/**
 * Every pair of events in the order of R's `dist()` lower triangle (column by column: pairs
 * (2,1), (3,1), … (n,1), (3,2), …), with the Euclidean distance as `dist` computes it.
 */
export function pairDistances(events: readonly SpaceTimeEvent[]): Float64Array {
  const n = events.length;
  const distances = new Float64Array((n * (n - 1)) / 2);
  let position = 0;
  for (let j = 0; j < n - 1; j += 1) {
    const first = events[j] as SpaceTimeEvent;
    for (let i = j + 1; i < n; i += 1) {
      const second = events[i] as SpaceTimeEvent;
      const dx = second.x - first.x;
      const dy = second.y - first.y;
      distances[position] = Math.sqrt(dx * dx + dy * dy);
      position += 1;
    }
  }
  return distances;
}

/** |tᵢ − tⱼ| for the same pairs, from the times in the given order. */
export function pairTimeDifferences(times: ArrayLike<number>): Float64Array {
  const n = times.length;
  const differences = new Float64Array((n * (n - 1)) / 2);
  let position = 0;
  for (let j = 0; j < n - 1; j += 1) {
    for (let i = j + 1; i < n; i += 1) {
      differences[position] = Math.abs((times[i] as number) - (times[j] as number));
      position += 1;
    }
  }
  return differences;
}

/** Refuses what no test can use: too few events, coordinates or days that are not finite. */
export function checkEvents(events: readonly SpaceTimeEvent[], minimum = 2): void {
  if (events.length < minimum) throw new RangeError(`At least ${minimum} events are needed.`);
  for (const event of events) {
    if (!Number.isFinite(event.x) || !Number.isFinite(event.y) || !Number.isFinite(event.t))
      throw new RangeError('Every event needs a finite place and day.');
  }
}
