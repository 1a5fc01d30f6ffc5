import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { ImportProfile } from '../../domain/imports/import-profile.js';
import {
  rejectedRow,
  type IncomingIncident,
  type ReadImportFile,
  type RejectedRow,
} from '../../domain/imports/incoming-incident.js';
import type { Category } from '../../domain/incidents/taxonomy.js';
import {
  importProblem,
  quotedValue,
  type ImportProblem,
} from '../../domain/imports/import-problem.js';
import {
  csvHeaderProblem,
  csvParseProblem,
  csvRecordLimits,
  maxCsvColumns,
} from '../../domain/imports/csv-limits.js';
import { isRealDate, stockholmLocalTimeToUtc } from '../../shared/time/stockholm-time.js';
import { isSupportedYear } from '../../shared/time/supported-dates.js';
import { CsvFormatError } from '../../domain/imports/csv-format-error.js';

export interface CsvPreview {
  delimiter: ',' | ';' | '\t';
  headers: string[];
  /** The first rows, as text, for the mapping step. */
  rows: string[][];
  rowCount: number;
}

/** Swedish spreadsheets write ";" (the decimal comma takes ","); the header line decides. */
function guessDelimiter(text: string): CsvPreview['delimiter'] {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = ([',', ';', '\t'] as const).map(
    (delimiter) => [delimiter, header.split(delimiter).length] as const,
  );
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

function parseRecords(text: string): { delimiter: CsvPreview['delimiter']; records: string[][] } {
  // The header's shape is checked before any parser runs: a million columns cost nothing.
  const headerProblem = csvHeaderProblem(text);
  if (headerProblem)
    throw new CsvFormatError(importProblem(headerProblem.code, headerProblem.params));
  const delimiter = guessDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      ...csvRecordLimits,
    }) as string[][];
  } catch (error) {
    const problem = csvParseProblem(error);
    throw new CsvFormatError(
      problem
        ? importProblem(problem.code, problem.params)
        : importProblem('file_not_csv', { detail: (error as Error).message }),
    );
  }
  const widest = records.reduce((most, record) => Math.max(most, record.length), 0);
  if (widest > maxCsvColumns) {
    throw new CsvFormatError(
      importProblem('too_many_columns', { count: widest, limit: maxCsvColumns }),
    );
  }
  return { delimiter, records };
}

/** The header and the first rows, so the user can map columns before importing. */
export function previewCsv(text: string, rowLimit = 5): CsvPreview {
  const { delimiter, records } = parseRecords(text);
  const [headers = [], ...rows] = records;
  return { delimiter, headers, rows: rows.slice(0, rowLimit), rowCount: rows.length };
}

/**
 * A time as the file writes it: ISO 8601 with an offset; "2026-11-27 21:30" (or with "T",
 * or seconds) as Swedish local time; "2026-11-27" as a whole day.
 */
export function parseCsvTime(
  value: string,
): { instant: string; until: string | null; precision: 'exact' | 'day' } | null {
  const trimmed = value.trim();
  // A year outside the supported ones is no time at all: both databases must compare it.
  if (!isSupportedYear(Number(trimmed.slice(0, 4)))) return null;
  if (/[zZ]|[+-]\d{2}:?\d{2}$/.test(trimmed) && /^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
    const time = Date.parse(trimmed);
    return Number.isNaN(time)
      ? null
      : { instant: new Date(time).toISOString(), until: null, precision: 'exact' };
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/.exec(
    trimmed,
  );
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!isRealDate(date)) return null;
  if (match[4] === undefined) {
    const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
    const start = stockholmLocalTimeToUtc(date, 0, 0);
    const end = stockholmLocalTimeToUtc(
      { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() },
      0,
      0,
    );
    return { instant: start.toISOString(), until: end.toISOString(), precision: 'day' };
  }
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  if (hour > 23 || minute > 59) return null;
  return {
    instant: stockholmLocalTimeToUtc(date, hour, minute).toISOString(),
    until: null,
    precision: 'exact',
  };
}

/** "18,0543" or "18.0543"; null for an empty cell. */
function parseNumber(value: string | undefined): number | null | 'invalid' {
  if (value === undefined || value.trim() === '') return null;
  const number = Number(value.trim().replace(',', '.'));
  return Number.isFinite(number) ? number : 'invalid';
}

export interface CsvFileInput {
  text: string;
  profile: ImportProfile;
  categories: Category[];
  /** The names of the municipality's districts (any layer), for rows placed by district. */
  districtNames: string[];
  /** For "in the future" and the report time. Data begins on line 2, as a spreadsheet counts. */
  now: Date;
}

/**
 * Reads a CSV file with a profile into incoming incidents. Every row that cannot be read is
 * reported with its line number and what to fix; a row is known by its id column or, without
 * one, by a hash of its content, so importing the same file again changes nothing.
 *
 * @throws CsvFormatError when the file is not CSV, or a mapped column is not in its header.
 */
export function readCsvFile(input: CsvFileInput): ReadImportFile {
  const { records } = parseRecords(input.text);
  const [headers = [], ...rows] = records;
  const columnIndex = new Map(headers.map((header, index) => [header.trim().toLowerCase(), index]));
  const mapped = Object.entries(input.profile.columns).filter(
    ([, column]) => column !== undefined,
  ) as [string, string][];
  const missing = mapped.filter(([, column]) => !columnIndex.has(column.trim().toLowerCase()));
  if (missing.length > 0) {
    throw new CsvFormatError(
      importProblem('missing_columns', {
        columns: missing.map(([, column]) => `"${column}"`).join(', '),
        available: headers.map((header) => `"${header}"`).join(', '),
      }),
    );
  }
  const cell = (row: string[], field: keyof ImportProfile['columns']) => {
    const column = input.profile.columns[field];
    return column === undefined
      ? undefined
      : row[columnIndex.get(column.trim().toLowerCase()) ?? -1];
  };

  const categoryByValue = new Map<string, string>();
  for (const category of input.categories) {
    categoryByValue.set(category.code.toLowerCase(), category.code);
    categoryByValue.set(category.labelSv.toLowerCase(), category.code);
    categoryByValue.set(category.labelEn.toLowerCase(), category.code);
  }
  for (const [value, code] of Object.entries(input.profile.categoryValues))
    categoryByValue.set(value.trim().toLowerCase(), code);

  const quote = (value: string) => quotedValue(value, input.now);
  const knownDistricts = new Set(input.districtNames.map((name) => name.trim().toLowerCase()));
  const incoming: IncomingIncident[] = [];
  const rejected: RejectedRow[] = [];
  rows.forEach((row, index) => {
    const line = index + 2;
    const sourceId =
      cell(row, 'id')?.trim() ||
      createHash('sha256').update(JSON.stringify(row)).digest('hex').slice(0, 32);
    const problems: ImportProblem[] = [];
    const time = parseCsvTime(cell(row, 'occurredAt') ?? '');
    if (!time)
      problems.push(importProblem('invalid_time', { value: quote(cell(row, 'occurredAt') ?? '') }));
    const untilText = cell(row, 'occurredUntil')?.trim();
    const until = untilText ? parseCsvTime(untilText) : null;
    if (untilText && !until)
      problems.push(importProblem('invalid_end_time', { value: quote(untilText) }));
    const longitude = parseNumber(cell(row, 'longitude'));
    const latitude = parseNumber(cell(row, 'latitude'));
    if (
      longitude === 'invalid' ||
      latitude === 'invalid' ||
      (longitude === null) !== (latitude === null)
    ) {
      problems.push(importProblem('invalid_coordinates'));
    }
    const rawCategory = cell(row, 'category')?.trim() ?? '';
    const categoryCode = categoryByValue.get(rawCategory.toLowerCase());
    if (!categoryCode)
      problems.push(importProblem('unknown_category_value', { value: quote(rawCategory) }));
    const address = cell(row, 'address')?.trim() || null;
    const district = cell(row, 'district')?.trim() || null;
    const hasPoint = typeof longitude === 'number' && typeof latitude === 'number';
    if (!hasPoint && !address && !district) problems.push(importProblem('no_place'));
    if (district && !knownDistricts.has(district.toLowerCase())) {
      problems.push(importProblem('unknown_district', { value: quote(district) }));
    }
    const people = parseNumber(cell(row, 'peopleCount'));
    if (
      people === 'invalid' ||
      (typeof people === 'number' && (!Number.isInteger(people) || people < 0))
    ) {
      problems.push(
        importProblem('invalid_people_count', {
          value: quote(cell(row, 'peopleCount')?.trim() ?? ''),
        }),
      );
    }
    if (time && time.instant > new Date(input.now.getTime() + 5 * 60_000).toISOString()) {
      problems.push(importProblem('time_in_future'));
    }
    if (problems.length > 0 || !time || !categoryCode) {
      rejected.push(rejectedRow(line, sourceId, problems));
      return;
    }
    incoming.push({
      line,
      sourceId,
      sourceVersion: createHash('sha256').update(JSON.stringify(row)).digest('hex').slice(0, 16),
      occurredAt: time.instant,
      occurredUntil: until?.instant ?? time.until,
      timePrecision: time.precision,
      reportedAt: input.now.toISOString(),
      point: hasPoint ? { longitude, latitude } : null,
      address,
      districtNames: district ? [district] : [],
      locationPrecision: hasPoint ? 'point' : address ? 'address' : 'district',
      categoryCode,
      description: cell(row, 'description')?.trim() ?? '',
      peopleCount: typeof people === 'number' ? people : null,
    });
  });
  return { rows: incoming, rejected, skipped: {}, warnings: [] };
}
