import { findPersonalData, maskPersonalData } from '../incidents/personal-data-guard.js';

/**
 * Why a record of an import file was refused, or what a coordinator should know about an
 * import: a stable code for programs and translations, the values the sentence needs, and
 * the sentence in English for logs, the CLI and clients that do not know the code yet.
 *
 * The web app renders every code in Swedish and English from `params`; a code it does not
 * know falls back to `message`. Codes are part of the API: add new ones, never rename one.
 */
export interface ImportProblem<Code extends string = ImportProblemCode> {
  code: Code;
  params: Record<string, string | number>;
  message: string;
}

type Params = Record<string, string | number>;

/** Each code's English sentence, from its params. */
const sentences = {
  // The whole file.
  file_not_csv: (p: Params) => `The file cannot be read as CSV: ${p.detail}`,
  too_many_columns: (p: Params) =>
    `The file has ${p.count} columns; at most ${p.limit} can be read.`,
  line_too_long: (p: Params) =>
    `A line of the file is longer than ${p.limit} characters; it cannot be read.`,
  missing_columns: (p: Params) =>
    `The file has no column ${p.columns}; its columns are ${p.available}.`,
  not_event_list: (p: Params) =>
    `The police events must be a JSON array of events, but the payload is ${p.found}.`,
  // One police event.
  invalid_event: (p: Params) => `${p.detail}`,
  repeated_event_id: (p: Params) =>
    `id ${p.id} repeats the event on line ${p.firstLine}, which was kept`,
  // One CSV row.
  invalid_time: (p: Params) => `the time "${p.value}" is not like 2026-11-27 21:30 or 2026-11-27`,
  invalid_end_time: (p: Params) => `the end time "${p.value}" is not like 2026-11-27 23:00`,
  invalid_coordinates: () =>
    'the coordinates need both a longitude and a latitude, as decimal numbers',
  unknown_category_value: (p: Params) =>
    `the category "${p.value}" is not in the taxonomy or the profile`,
  no_place: () => 'the row has no place: give coordinates, an address or a district',
  unknown_district: (p: Params) =>
    `the district "${p.value}" is not one of the municipality's districts`,
  invalid_people_count: (p: Params) =>
    `the number of people "${p.value}" must be a whole number of 0 or more`,
  time_in_future: () => 'the time lies in the future',
  // Any source, when the record is checked against the municipality.
  category_not_in_taxonomy: (p: Params) => `the category "${p.code}" is not in the taxonomy`,
  category_retired: (p: Params) => `the category "${p.code}" is retired`,
  outside_municipality: () => 'the coordinates lie outside the municipality',
  // Warnings: the import goes on.
  unmapped_police_type: (p: Params) =>
    `The police type "${p.type}" has no category yet (${p.count} ${p.count === 1 ? 'event' : 'events'} filed as "other").`,
  body_unused: (p: Params) => `Body file line ${p.line} ${p.detail}; that body was not used.`,
  // A problem recorded before problems had codes: only its English text is known.
  uncoded: (p: Params) => `${p.text}`,
} satisfies Record<string, (params: Params) => string>;

export type ImportProblemCode = keyof typeof sentences;

export const importProblemCodes = Object.keys(sentences) as ImportProblemCode[];

/** Records deliberately left out of an import, counted by these codes. */
export const importSkipCodes = ['county_only', 'other_municipality', 'not_an_incident'] as const;
export type ImportSkipCode = (typeof importSkipCodes)[number];

/** The longest cell value a problem repeats: enough to find the cell, not to copy a text. */
const longestValue = 64;

/**
 * A value from a file as a problem may repeat it: personal data masked (a description mapped
 * to the wrong column must not be stored in the import's record) and cut to 64 characters.
 */
export function quotedValue(value: string, now: Date): string {
  const masked = maskPersonalData(value, findPersonalData(value, now));
  return masked.length > longestValue ? `${masked.slice(0, longestValue - 1)}…` : masked;
}

export function importProblem(code: ImportProblemCode, params: Params = {}): ImportProblem {
  return { code, params, message: sentences[code](params) };
}

/** One line of text for a record's problems, as the CLI and the English fallback print it. */
export const describeProblems = (problems: readonly ImportProblem[]) =>
  problems.map((problem) => problem.message).join('; ');
