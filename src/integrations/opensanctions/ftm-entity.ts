import { z } from 'zod';
import type { SanctionsEntity } from '../../analysis/sanctions/match-entity.js';

/**
 * One line of a FollowTheMoney entity file (the OpenSanctions format): `id`, `schema`,
 * `caption`, `properties` (every value a list of strings), `datasets`. Only what screening
 * needs is kept; references to other entities (addressEntity) are returned to be resolved.
 */

const FtmLine = z.object({
  id: z.string().min(1, 'an entity id'),
  schema: z.string().min(1, 'a schema'),
  caption: z.string().nullish(),
  properties: z.record(z.string(), z.array(z.unknown())),
  datasets: z.array(z.string()).nullish(),
});

/** The schemas screened: people and every kind of legal entity. */
const screenedSchemas = new Set(['Person', 'Organization', 'Company', 'LegalEntity', 'PublicBody']);

const nameProperties = ['name', 'alias', 'previousName', 'abbreviation'];
const identifierProperties = [
  'registrationNumber',
  'taxNumber',
  'innCode',
  'ogrnCode',
  'idNumber',
  'passportNumber',
  'vatCode',
  'leiCode',
  'swiftBic',
  'okpoCode',
  'dunsCode',
  'uniqueEntityId',
  'imoNumber',
];
const countryProperties = ['country', 'nationality', 'citizenship', 'jurisdiction', 'mainCountry'];

type FtmLineResult =
  | { kind: 'entity'; entity: SanctionsEntity; addressRefs: string[] }
  | { kind: 'address'; id: string; full: string }
  | { kind: 'skipped'; schema: string }
  | { kind: 'rejected'; reason: string };

function strings(properties: Record<string, unknown[]>, names: string[]): string[] {
  const values = names.flatMap((name) => properties[name] ?? []);
  return [
    ...new Set(
      values.filter((value): value is string => typeof value === 'string' && value.trim() !== ''),
    ),
  ].map((value) => value.trim());
}

/** Reads one line; never throws. */
export function parseFtmLine(line: string): FtmLineResult {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { kind: 'rejected', reason: 'not JSON' };
  }
  const parsed = FtmLine.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      kind: 'rejected',
      reason: `${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'not an FtM entity'}`,
    };
  }
  const { id, schema, caption, properties, datasets } = parsed.data;
  if (schema === 'Address') {
    const full = strings(properties, ['full'])[0] ?? caption?.trim();
    return full ? { kind: 'address', id, full } : { kind: 'skipped', schema };
  }
  if (!screenedSchemas.has(schema)) return { kind: 'skipped', schema };
  const names = [
    ...new Set([
      ...(caption?.trim() ? [caption.trim()] : []),
      ...strings(properties, nameProperties),
    ]),
  ];
  if (names.length === 0) return { kind: 'rejected', reason: `${schema} ${id} has no name` };
  return {
    kind: 'entity',
    entity: {
      id,
      schema,
      caption: caption?.trim() || names[0]!,
      names,
      identifiers: strings(properties, identifierProperties),
      addresses: strings(properties, ['address']),
      countries: strings(properties, countryProperties).map((country) => country.toLowerCase()),
      birthDates: strings(properties, ['birthDate']),
      datasets: datasets ?? [],
      topics: strings(properties, ['topics']),
    },
    addressRefs: strings(properties, ['addressEntity']),
  };
}
