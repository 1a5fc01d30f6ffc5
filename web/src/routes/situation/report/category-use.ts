import type { Category } from '../../../api/types';

/**
 * How often this person has reported each category, counted on the device, so the categories
 * they use most come first as large buttons. Only counts: no text leaves the form this way.
 */

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

const keyOf = (userId: string) => `tryggve.categoryUse.${userId}`;

export function readCategoryUse(
  storage: KeyValueStorage | null,
  userId: string,
): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(keyOf(userId)) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, number] => typeof entry[1] === 'number',
      ),
    );
  } catch {
    return {};
  }
}

export function recordCategoryUse(
  storage: KeyValueStorage | null,
  userId: string,
  codes: readonly string[],
): void {
  const use = readCategoryUse(storage, userId);
  for (const code of codes) use[code] = (use[code] ?? 0) + 1;
  try {
    storage?.setItem(keyOf(userId), JSON.stringify(use));
  } catch {
    // A full or disabled storage only loses the ordering, never the report.
  }
}

/**
 * The categories one can report (not retired), split into the first `topCount` — the most
 * used, then the municipality's own order — and the rest, in the municipality's order.
 */
export function orderCategories(
  categories: readonly Category[],
  use: Record<string, number>,
  topCount = 6,
): { top: Category[]; rest: Category[] } {
  const active = categories
    .filter((category) => category.retiredAt === null)
    .sort((a, b) => a.sortOrder - b.sortOrder);
  const used = active
    .filter((category) => (use[category.code] ?? 0) > 0)
    .sort((a, b) => (use[b.code] ?? 0) - (use[a.code] ?? 0) || a.sortOrder - b.sortOrder)
    .slice(0, topCount);
  const top = [
    ...used,
    ...active.filter((category) => !used.includes(category)).slice(0, topCount - used.length),
  ];
  return { top, rest: active.filter((category) => !top.includes(category)) };
}
