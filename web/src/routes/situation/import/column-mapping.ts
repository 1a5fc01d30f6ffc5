import type { Category, CsvPreview, ImportProfile, ImportProfileColumns } from '../../../api/types';

/** The fields of a CSV profile, in the order the mapping step shows them. */
export const columnFields = [
  'occurredAt',
  'occurredUntil',
  'category',
  'longitude',
  'latitude',
  'address',
  'district',
  'description',
  'peopleCount',
  'id',
] as const satisfies readonly (keyof ImportProfileColumns)[];

export type ColumnField = (typeof columnFields)[number];

// Fails to compile when the server's profile gains a field the mapping step does not show.
const isEveryFieldShown: Exclude<keyof ImportProfileColumns, ColumnField> extends never
  ? true
  : false = true;
void isEveryFieldShown;

/** The column chosen for each field: a header of the file, or '' for none. */
export type ColumnMapping = Record<ColumnField, string>;

export const emptyMapping: ColumnMapping = Object.fromEntries(
  columnFields.map((field) => [field, '']),
) as ColumnMapping;

/** Header names that usually hold a field, in Swedish and English. */
const headerHints: Record<ColumnField, RegExp> = {
  id: /^(id|ärende(nummer|nr)?|ärende-?id|löpnummer|referens|reference|ref|nr)$/,
  occurredUntil: /^(till|tid till|sluttid|slut|to|until|end|end time|occurreduntil)$/,
  occurredAt:
    /^(tid|tidpunkt|datum|när|datum och tid|starttid|start|från|tid från|inträffade|date|time|datetime|occurred|occurredat|occurred at|from)$/,
  longitude: /^(lon|long|lng|longitud|longitude|wgs84 lon|x)$/,
  latitude: /^(lat|latitud|latitude|wgs84 lat|y)$/,
  address: /^(adress|gatuadress|plats|address|place|location)$/,
  district: /^(område|omrade|stadsdel|kommundel|district|area)$/,
  category: /^(kategori|typ|händelsetyp|händelse|vad|category|type|event type)$/,
  description: /^(beskrivning|text|fritext|kommentar|notering|description|comment|notes?)$/,
  peopleCount: /^(antal|antal personer|personer|people|people count|number of people)$/,
};

const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');

/** A first mapping from the header names; every header is used at most once. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping = { ...emptyMapping };
  const used = new Set<string>();
  // The narrow patterns first, so "till" is the end and not taken for anything else.
  const order: ColumnField[] = [
    'id',
    'occurredUntil',
    'occurredAt',
    'longitude',
    'latitude',
    'address',
    'district',
    'category',
    'description',
    'peopleCount',
  ];
  for (const field of order) {
    const header = headers.find(
      (candidate) =>
        candidate.trim() !== '' &&
        !used.has(candidate) &&
        headerHints[field].test(normalise(candidate)),
    );
    if (header !== undefined) {
      mapping[field] = header;
      used.add(header);
    }
  }
  return mapping;
}

/**
 * A saved profile's columns on this file's headers (matched as the server matches them:
 * trimmed, case-insensitive), and the profile's columns the file does not have.
 */
export function mappingFromProfile(
  columns: ImportProfileColumns,
  headers: readonly string[],
): { mapping: ColumnMapping; missing: string[] } {
  const mapping = { ...emptyMapping };
  const missing: string[] = [];
  for (const field of columnFields) {
    const column = columns[field];
    if (column === undefined || column.trim() === '') continue;
    const header = headers.find((candidate) => normalise(candidate) === normalise(column));
    if (header === undefined) missing.push(column);
    else mapping[field] = header;
  }
  return { mapping, missing };
}

/** The mapping as the API's profile columns: chosen fields only. */
export function profileColumns(mapping: ColumnMapping): ImportProfileColumns {
  const columns: Partial<Record<ColumnField, string>> = {};
  for (const field of columnFields) if (mapping[field] !== '') columns[field] = mapping[field];
  return { ...columns, occurredAt: mapping.occurredAt, category: mapping.category };
}

export type MappingProblem = 'required' | 'coordinatesBoth' | 'placeRequired';

/** What must change before the mapping can be used, per field ('place': no place at all). */
export function checkMapping(
  mapping: ColumnMapping,
): Partial<Record<ColumnField | 'place', MappingProblem>> {
  const problems: Partial<Record<ColumnField | 'place', MappingProblem>> = {};
  if (mapping.occurredAt === '') problems.occurredAt = 'required';
  if (mapping.category === '') problems.category = 'required';
  const hasLongitude = mapping.longitude !== '';
  const hasLatitude = mapping.latitude !== '';
  if (hasLongitude !== hasLatitude) {
    problems[hasLongitude ? 'latitude' : 'longitude'] = 'coordinatesBoth';
  }
  if (!(hasLongitude && hasLatitude) && mapping.address === '' && mapping.district === '') {
    problems.place = 'placeRequired';
  }
  return problems;
}

/** The distinct values of the category column in the preview's rows, in file order. */
export function categoryValuesIn(preview: CsvPreview, column: string): string[] {
  const index = preview.headers.indexOf(column);
  if (column === '' || index === -1) return [];
  const values = new Map<string, string>();
  for (const row of preview.rows) {
    const value = row[index]?.trim() ?? '';
    if (value !== '' && !values.has(value.toLowerCase())) values.set(value.toLowerCase(), value);
  }
  return [...values.values()];
}

/** The category a file's value means without the profile: a code, or a label in either language. */
export function recognisedCategory(
  value: string,
  categories: readonly Category[],
): Category | undefined {
  const wanted = value.trim().toLowerCase();
  return categories.find(
    (category) =>
      category.code.toLowerCase() === wanted ||
      category.labelSv.toLowerCase() === wanted ||
      category.labelEn.toLowerCase() === wanted,
  );
}

/** The profile's value translations, without empty choices ("none": the rows are refused). */
export function cleanCategoryValues(
  values: Record<string, string>,
): ImportProfile['categoryValues'] {
  return Object.fromEntries(Object.entries(values).filter(([, code]) => code !== ''));
}
