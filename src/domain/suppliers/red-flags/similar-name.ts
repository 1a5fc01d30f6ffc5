import { levenshteinRatio } from '../../../analysis/sanctions/string-similarity.js';
import type { RedFlagRuleFunction } from './red-flag.js';

/** Names at least this similar (1 = the same) raise the flag. */
const similarNameThreshold = 0.85;

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

/**
 * Name similar to another supplier's (EBM: "liknande namn som ett annat företag"): a company
 * may borrow a known name to be mistaken for it, or a network may run several near-copies.
 * Compared without legal-form words, by Levenshtein similarity (the sanctions matcher's); each
 * similar supplier is named. Medium.
 */
export const similarName: RedFlagRuleFunction = ({ supplier, otherSuppliers }) => {
  const own = normaliseCompanyName(supplier.name);
  if (own.length < 3) return [];
  return otherSuppliers
    .filter((other) => other.id !== supplier.id)
    .map((other) => ({
      other,
      similarity: levenshteinRatio(own, normaliseCompanyName(other.name)),
    }))
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
