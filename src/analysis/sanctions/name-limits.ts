/**
 * The size of the names screening compares. The longest real names on the OpenSanctions
 * lists (state enterprises with their full legal form, in several scripts) stay well inside;
 * a hostile or broken entry of 200,000 characters would otherwise hold the server for many
 * seconds on every screening. Names over the limits are shortened at load, and reported.
 */
export const maxSanctionsNameLength = 500;
export const maxSanctionsNameWords = 40;
export const maxSanctionsNamesPerEntity = 200;

/** One name held to the limits: its first 40 words, and at most 500 characters of them. */
export function capSanctionsName(name: string): string {
  const head = name.length > maxSanctionsNameLength ? name.slice(0, maxSanctionsNameLength) : name;
  const words = head.trim().split(/\s+/);
  return (
    words.length > maxSanctionsNameWords ? words.slice(0, maxSanctionsNameWords).join(' ') : head
  ).trim();
}

/** An entity's names held to the limits, with how many were shortened and how many dropped. */
export function capSanctionsNames(names: readonly string[]): {
  names: string[];
  shortened: number;
  dropped: number;
} {
  const kept = names.slice(0, maxSanctionsNamesPerEntity);
  const capped = kept.map(capSanctionsName);
  return {
    names: [...new Set(capped)],
    shortened: capped.filter((name, index) => name !== kept[index]).length,
    dropped: names.length - kept.length,
  };
}
