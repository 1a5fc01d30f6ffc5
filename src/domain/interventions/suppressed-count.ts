/**
 * Counts about people shown outside the case workers: below 5 a count is replaced by
 * "färre än 5" (issue 14). A count that could be worked out from others (a total minus the
 * parts shown) is suppressed too, so no difference reveals a hidden count. Pure functions.
 */

/** The smallest count shown as a number. */
export const smallestShownCount = 5;

export type SuppressedCount =
  { value: number; isSuppressed: false } | { value: null; isSuppressed: true };

const shown = (value: number): SuppressedCount => ({ value, isSuppressed: false });
const hidden: SuppressedCount = { value: null, isSuppressed: true };

/** One count alone: shown from 5, "färre än 5" below. */
export function suppressCount(value: number): SuppressedCount {
  return value >= smallestShownCount ? shown(value) : hidden;
}

/**
 * A total and the parts that make it up (each person in exactly one part). Parts below 5
 * are suppressed; if then exactly one part is hidden while the total is shown, the next
 * smallest part is hidden as well, so the hidden one is not total minus the rest. A hidden
 * total hides every part (each is then below 5 anyway).
 */
export function suppressPartition(
  total: number,
  parts: readonly number[],
): { total: SuppressedCount; parts: SuppressedCount[] } {
  const totalShown = suppressCount(total);
  if (totalShown.isSuppressed) return { total: hidden, parts: parts.map(() => hidden) };
  const isHidden = parts.map((part) => part < smallestShownCount);
  const hiddenCount = isHidden.filter(Boolean).length;
  if (hiddenCount === 1 && parts.length > 1) {
    let smallest = -1;
    parts.forEach((part, index) => {
      if (!isHidden[index] && (smallest === -1 || part < parts[smallest]!)) smallest = index;
    });
    if (smallest !== -1) isHidden[smallest] = true;
  }
  return {
    total: totalShown,
    parts: parts.map((part, index) => (isHidden[index] ? hidden : shown(part))),
  };
}
