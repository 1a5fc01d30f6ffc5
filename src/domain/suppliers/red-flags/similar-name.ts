import type { RedFlagRuleFunction } from './red-flag.js';

/** Names at least this similar (1 = the same) raise the flag. */
export const similarNameThreshold = 0.85;

const legalFormWords =
  /\b(ab|aktiebolag|publ|hb|handelsbolag|kb|kommanditbolag|ek\.?\s?för\.?|ekonomisk förening|i sverige|sverige|sweden|ltd|limited|gmbh|as|oy|och|and)\b/gu;

/** A name without legal-form words, punctuation, case or extra spaces. */
export function normaliseCompanyName(name: string): string {
  return name
    .toLocaleLowerCase('sv')
    .replace(/[.,&/()'"-]/g, ' ')
    .replace(legalFormWords, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Levenshtein similarity: 1 − distance / the longer length. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return 1 - (previous[b.length] ?? longer) / longer;
}

/**
 * Name similar to another supplier's (EBM: "liknande namn som ett annat företag"): a company
 * may borrow a known name to be mistaken for it, or a network may run several near-copies.
 * Compared without legal-form words; each similar supplier is named. Medium.
 */
export const similarName: RedFlagRuleFunction = ({ supplier, otherSuppliers }) => {
  const own = normaliseCompanyName(supplier.name);
  if (own.length < 3) return [];
  return otherSuppliers
    .filter((other) => other.id !== supplier.id)
    .map((other) => ({ other, similarity: nameSimilarity(own, normaliseCompanyName(other.name)) }))
    .filter(({ similarity }) => similarity >= similarNameThreshold)
    .map(({ other, similarity }) => ({
      rule: 'similar_name' as const,
      level: 'medium' as const,
      reason: `The name is similar to that of ${other.name} (${other.organisationNumber}).`,
      params: {
        otherName: other.name,
        otherOrganisationNumber: other.organisationNumber,
        similarity: Math.round(similarity * 100) / 100,
      },
    }));
};
