/**
 * How many cases a property test draws: its full size in CI (where `CI` is set, as `.ci/run`
 * does), a smaller one for `npm test` on a developer's machine. Every property still runs
 * everywhere; only the number of random cases differs. `TRYGGVE_TEST_FULL_SIZE=1` asks for the
 * full size locally too.
 */
const isSet = (value: string | undefined) =>
  value !== undefined && !['', '0', 'false'].includes(value);
export const isFullSize = isSet(process.env.CI) || isSet(process.env.TRYGGVE_TEST_FULL_SIZE);

/** `full` in CI, `quick` (fewer, at least one) elsewhere. */
export function propertyRuns(full: number, quick: number): number {
  return isFullSize ? full : Math.max(1, Math.min(quick, full));
}
