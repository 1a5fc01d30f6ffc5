import type { MatchFeature, ScreeningSubject } from './screening-subject.js';
import { maskPersonalIdentity } from './mask-personal-identity.js';
import {
  identifierKeys,
  nameKey,
  nameKindOfSchema,
  nameTokens,
  normaliseText,
} from './normalise-name.js';
import { capSanctionsName, maxSanctionsNamesPerEntity } from './name-limits.js';
import { tokenSetSimilarity } from './string-similarity.js';

/** One screenable entity of a loaded list (FollowTheMoney Person, Organization, Company, …). */
export interface SanctionsEntity {
  id: string;
  schema: string;
  caption: string;
  /** Names, aliases and previous names. */
  names: string[];
  identifiers: string[];
  /** Full-text addresses. */
  addresses: string[];
  /** ISO 3166 alpha-2, lower case. */
  countries: string[];
  birthDates: string[];
  /** The OpenSanctions datasets the entity comes from (us_ofac_sdn, eu_fsf, …). */
  datasets: string[];
  topics: string[];
}

export interface EntityMatch {
  score: number;
  features: MatchFeature[];
}

/**
 * Weights in the spirit of OpenSanctions' logic-v1: the strongest positive feature gives the
 * base score; a matching address supports a name match; contradicting details (country, birth
 * date, a person against a company) are subtracted. The score is the sum of the features'
 * weights (a supporting address adds at most what the strongest feature leaves below 1), so
 * every point of it is explained; a sum of 0 or less is no match at all.
 */
export const matchWeights = {
  nameExact: 1,
  nameFuzzy: 0.9,
  identifierMatch: 0.95,
  addressMatch: 0.5,
  addressSupport: 0.05,
  countryMismatch: -0.2,
  birthYearMismatch: -0.2,
  birthDayMismatch: -0.1,
  schemaMismatch: -0.3,
  /** The most a name of one word shorter than four letters ("CST") gives: never a match alone. */
  shortNameCap: 0.6,
} as const;

/** A name key of one word this short matches too much by chance to reach the threshold. */
const shortKeyLength = 4;

/** Fuzzy name similarities below this are no feature at all. */
const fuzzyFloor = 0.75;

const personSchemas = new Set(['Person']);
const organisationSchemas = new Set(['Organization', 'Company', 'PublicBody']);

const isShortKey = (key: string) => key !== '' && !key.includes(' ') && key.length < shortKeyLength;

function bestNamePair(subject: ScreeningSubject, entity: SanctionsEntity) {
  const entityKind = nameKindOfSchema(entity.schema);
  const subjectTokens = nameTokens(subject.name, subject.kind);
  const subjectKey = nameKey(subject.name, subject.kind);
  let best = { similarity: 0, name: '', isExact: false, isShort: false };
  // Held to the load limits here too: a list loaded before them cannot slow a screening.
  for (const name of entity.names.slice(0, maxSanctionsNamesPerEntity).map(capSanctionsName)) {
    const key = nameKey(name, entityKind);
    const isShort = isShortKey(subjectKey) || isShortKey(key);
    if (key !== '' && key === subjectKey) return { similarity: 1, name, isExact: true, isShort };
    const similarity = tokenSetSimilarity(subjectTokens, nameTokens(name, entityKind));
    if (similarity > best.similarity) best = { similarity, name, isExact: false, isShort };
  }
  return best;
}

function identifierMatch(subject: ScreeningSubject, entity: SanctionsEntity): string | null {
  const entityKeys = new Set(entity.identifiers.flatMap(identifierKeys));
  for (const identifier of subject.identifiers) {
    if (identifierKeys(identifier).some((key) => entityKeys.has(key))) return identifier;
  }
  return null;
}

/** The best address pair by token overlap (Jaccard), with the overlap. */
function addressMatch(subject: ScreeningSubject, entity: SanctionsEntity) {
  let best = { overlap: 0, subject: '', entity: '' };
  for (const subjectAddress of subject.addresses) {
    const left = new Set(normaliseText(subjectAddress).split(' ').filter(Boolean));
    for (const entityAddress of entity.addresses) {
      const right = new Set(normaliseText(entityAddress).split(' ').filter(Boolean));
      const shared = [...left].filter((token) => right.has(token)).length;
      const overlap = shared / (left.size + right.size - shared || 1);
      if (overlap > best.overlap)
        best = { overlap, subject: subjectAddress, entity: entityAddress };
    }
  }
  return best;
}

const round = (value: number) => Math.round(value * 100) / 100;

function contradictions(subject: ScreeningSubject, entity: SanctionsEntity): MatchFeature[] {
  const features: MatchFeature[] = [];
  const entityCountries = new Set(entity.countries);
  if (
    subject.countries.length > 0 &&
    entityCountries.size > 0 &&
    !subject.countries.some((country) => entityCountries.has(country))
  ) {
    features.push({
      feature: 'country_mismatch',
      weight: matchWeights.countryMismatch,
      detail: `${subject.countries.join(', ')} ≠ ${[...entityCountries].join(', ')}`,
    });
  }
  const birthDate = subject.birthDate;
  if (subject.kind === 'person' && birthDate && entity.birthDates.length > 0) {
    const year = birthDate.slice(0, 4);
    // Dates known only to the month or year ("1962-05", "1962") agree with any day in them.
    const isCompatible = entity.birthDates.some(
      (date) => date.startsWith(birthDate) || birthDate.startsWith(date),
    );
    const isSameYear = entity.birthDates.some((date) => date.slice(0, 4) === year);
    if (!isSameYear) {
      features.push({
        feature: 'birth_date_mismatch',
        weight: matchWeights.birthYearMismatch,
        detail: `born ${subject.birthDate} ≠ ${entity.birthDates.join(', ')}`,
      });
    } else if (!isCompatible) {
      features.push({
        feature: 'birth_day_mismatch',
        weight: matchWeights.birthDayMismatch,
        detail: `born ${subject.birthDate}, same year as ${entity.birthDates.join(', ')}`,
      });
    }
  }
  const isContradictingSchema =
    (subject.kind === 'organisation' && personSchemas.has(entity.schema)) ||
    (subject.kind === 'person' && organisationSchemas.has(entity.schema));
  if (isContradictingSchema) {
    features.push({
      feature: 'schema_mismatch',
      weight: matchWeights.schemaMismatch,
      detail: `a ${subject.kind} against a ${entity.schema}`,
    });
  }
  return features;
}

/** Scores one subject against one entity and explains every feature that counted. */
export function matchEntity(subject: ScreeningSubject, entity: SanctionsEntity): EntityMatch {
  const positives: MatchFeature[] = [];
  const name = bestNamePair(subject, entity);
  const nameCap = name.isShort ? matchWeights.shortNameCap : 1;
  if (name.isExact) {
    positives.push({
      feature: 'name_exact',
      weight: Math.min(nameCap, matchWeights.nameExact),
      detail: `"${subject.name}" = "${name.name}"`,
    });
  } else if (name.similarity >= fuzzyFloor) {
    positives.push({
      feature: 'name_fuzzy',
      weight: Math.min(nameCap, round(matchWeights.nameFuzzy * name.similarity)),
      detail: `"${subject.name}" ~ "${name.name}", ${round(name.similarity)}`,
    });
  }
  const identifier = identifierMatch(subject, entity);
  if (identifier) {
    positives.push({
      feature: 'identifier_match',
      weight: matchWeights.identifierMatch,
      detail: `identifier ${maskPersonalIdentity(identifier)} is one of the entity's`,
    });
  }
  const address = addressMatch(subject, entity);
  const isAddressMatch = address.overlap >= 0.6;
  if (isAddressMatch && positives.length === 0) {
    positives.push({
      feature: 'address_match',
      weight: round(matchWeights.addressMatch * address.overlap),
      detail: `"${address.subject}" ~ "${address.entity}", ${round(address.overlap)}`,
    });
  }
  if (positives.length === 0) return { score: 0, features: [] };

  // The strongest positive feature carries the score; the others are shown as corroboration.
  positives.sort((a, b) => b.weight - a.weight);
  const [strongest, ...others] = positives;
  const features: MatchFeature[] = [
    strongest!,
    ...others.map((feature) => ({ ...feature, weight: 0, detail: `${feature.detail} (also)` })),
  ];
  // A supporting address adds only what the strongest feature leaves below 1.
  const support = round(Math.min(matchWeights.addressSupport, 1 - strongest!.weight));
  if (isAddressMatch && strongest!.feature !== 'address_match' && support > 0) {
    features.push({
      feature: 'address_match',
      weight: support,
      detail: `"${address.subject}" ~ "${address.entity}", ${round(address.overlap)}`,
    });
  }
  features.push(...contradictions(subject, entity));
  const total = round(features.reduce((sum, feature) => sum + feature.weight, 0));
  // Contradictions outweighing every positive: nothing is left that matches.
  if (total <= 0) return { score: 0, features: [] };
  return { score: total, features };
}
