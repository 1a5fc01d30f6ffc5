/** Jaro similarity, 0–1. */
function jaro(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j += 1) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = true;
      bMatched[j] = true;
      matches += 1;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k += 1;
    if (a[i] !== b[k]) transpositions += 1;
    k += 1;
  }
  return (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
}

/** Jaro–Winkler similarity, 0–1: Jaro with a bonus for a common prefix of up to four letters. */
export function jaroWinkler(a: string, b: string): number {
  const similarity = jaro(a, b);
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) {
    prefix += 1;
  }
  return similarity + prefix * 0.1 * (1 - similarity);
}

/** Levenshtein distance as a similarity, 0–1: 1 − distance / longer length. */
export function levenshteinRatio(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (current[j - 1] ?? 0) + 1,
        (previous[j] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return 1 - (previous[b.length] ?? longer) / longer;
}

/**
 * The most a name may score when a single word is all it shares with a name of several words
 * ("Atlas" against "Atlas Group", "Maria" against "Maria Karlsson"): below the matcher's fuzzy
 * floor, so one common word is never a match by itself.
 */
const singleSharedTokenCap = 0.7;

/**
 * Token-set similarity of two names' tokens, 0–1: every token of each side is paired with its
 * most similar token on the other (Jaro–Winkler or Levenshtein, whichever is higher; below 0.8
 * counts as no match), so word order does not matter. The side with fewer tokens weighs three
 * quarters: a missing middle name lowers the score a little, an unrelated extra word more.
 * When the longer name has several words and only one of them is shared, the similarity is
 * held at `singleSharedTokenCap`.
 */
export function tokenSetSimilarity(left: string[], right: string[]): number {
  if (left.length === 0 || right.length === 0) return 0;
  const best = (token: string, others: string[]) =>
    Math.max(
      ...others.map((other) => {
        const similarity = Math.max(jaroWinkler(token, other), levenshteinRatio(token, other));
        return similarity >= 0.8 ? similarity : 0;
      }),
    );
  const average = (tokens: string[], others: string[]) =>
    tokens.reduce((sum, token) => sum + best(token, others), 0) / tokens.length;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  const similarity = 0.75 * average(shorter, longer) + 0.25 * average(longer, shorter);
  const sharedTokens = shorter.filter((token) => best(token, longer) > 0).length;
  return longer.length > 1 && sharedTokens <= 1
    ? Math.min(similarity, singleSharedTokenCap)
    : similarity;
}
