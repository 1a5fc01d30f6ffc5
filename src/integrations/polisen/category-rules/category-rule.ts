/**
 * A rule that reads a police event's text and refines the category its type gave: a
 * shooting typed "Mord/dråp", a "Farligt föremål" that was rubbish. One rule per file, each
 * with its test on real texts of the archive.
 */
export interface CategoryRule {
  /** Stable name, for the rule's test and the import's explanation. */
  name: string;
  /** The category this event should have instead of `categoryCode`, or null to leave it. */
  refine(event: { type: string; text: string }, categoryCode: string): string | null;
}

/**
 * Whether a text says something happened, rather than that it did not: a word of `pattern`
 * not preceded, in the same sentence, by a negation ("ingen skottlossning", "inga skott",
 * "inte någon sprängladdning").
 */
export function says(text: string, pattern: RegExp): boolean {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  for (const match of text.matchAll(new RegExp(pattern.source, flags))) {
    const sentenceStart = Math.max(
      text.lastIndexOf('.', match.index) + 1,
      text.lastIndexOf('\n', match.index) + 1,
    );
    const before = text.slice(sentenceStart, match.index);
    if (!/(?<![\p{L}])(ingen|inget|inga|inte|ej|utan)(?![\p{L}])[^.]{0,30}$/iu.test(before)) {
      return true;
    }
  }
  return false;
}
