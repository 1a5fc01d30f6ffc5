// Pure, without Node imports: the web app's language test reads it too.

/**
 * The screening in one Swedish sentence for the procurement file:
 * "1 namn kontrollerades mot 2 listor: 0 möjliga träffar, 0 tidigare bedömda som felaktiga utelämnades."
 */
export function screeningSummary(
  subjects: number,
  lists: number,
  matches: number,
  leftOut: number,
): string {
  const plural = (count: number, one: string, many: string) =>
    `${count} ${count === 1 ? one : many}`;
  return `${plural(subjects, 'namn', 'namn')} kontrollerades mot ${plural(lists, 'lista', 'listor')}: ${plural(matches, 'möjlig träff', 'möjliga träffar')}, ${plural(leftOut, 'tidigare bedömd som felaktig', 'tidigare bedömda som felaktiga')} utelämnades.`;
}
