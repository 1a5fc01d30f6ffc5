import type { Point } from '../districts/district-index.js';

/**
 * A named place of one municipality that incident texts are searched for: a locality,
 * neighbourhood, distrikt or tätort of the shipped gazetteer, a place of a curated list, or a
 * district of one of the municipality's layers.
 */
export interface PlaceName {
  name: string;
  /** Other spellings (a misspelling the police use, the parts of "Ronna / Geneta / Lina"). */
  alternativeNames: readonly string[];
  /** Where the place lies; null when only its name is known (or its spellings disagree). */
  point: Point | null;
  /** Names of districts (on any layer) the place counts in, besides those holding its point. */
  districtNames: readonly string[];
}

/** The form names are compared in: NFC, single spaces, lower case, "-" as a space. */
export const placeNameKey = (name: string): string =>
  name.normalize('NFC').toLocaleLowerCase('sv').split(wordSeparator).filter(Boolean).join(' ');

/** Anything that is not a letter or a digit separates words ("Hallunda-Norsborg", "Tensta,"). */
const wordSeparator = /[^\p{L}\p{N}]+/u;

export interface Token {
  /** Lower-cased word. */
  key: string;
  /** Whether the word starts with a capital letter, as a proper name does. */
  isCapitalised: boolean;
}

/** The words of a text, once, for every lookup. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.normalize('NFC').matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    tokens.push({
      key: word.toLocaleLowerCase('sv'),
      isCapitalised: word[0] !== word[0]?.toLocaleLowerCase('sv'),
    });
  }
  return tokens;
}
