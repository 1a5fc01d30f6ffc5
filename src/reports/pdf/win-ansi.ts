/**
 * PDF's standard fonts (Helvetica and its kin, which need no font file) encode text as
 * Windows-1252. Swedish fits; a few typographic characters do not. They are written as their
 * nearest equivalent, and anything else unknown as "?", rather than as wrong glyphs.
 */
const extras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const substitutes: Record<string, string> = {
  '\u2212': '-', // minus sign
  '\u2009': ' ', // thin space
  '\u202F': '\u00A0', // narrow no-break space, as Intl writes thousands in Swedish
  '\u2011': '-', // non-breaking hyphen
  '\u2192': '->',
};

export function toWinAnsi(text: string): string {
  let result = '';
  for (const character of text.normalize('NFC')) {
    const code = character.codePointAt(0) ?? 0;
    if (
      character === '\n' ||
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff) ||
      extras.has(character)
    ) {
      result += character;
    } else {
      result += substitutes[character] ?? '?';
    }
  }
  return result;
}
