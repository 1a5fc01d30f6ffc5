/**
 * The size of a CSV file Tryggve reads, row by row: enough for any export of an incident or
 * indicator register (a few dozen columns, descriptions of some thousand characters), small
 * enough that a hostile header of a million columns is refused before it is parsed.
 */
export const maxCsvColumns = 200;
export const maxCsvLineCharacters = 100_000;

type CsvShapeProblem =
  | { code: 'too_many_columns'; params: { count: number; limit: number } }
  | { code: 'line_too_long'; params: { limit: number } };

const delimiterCodes = [0x2c, 0x3b, 0x09]; // , ; tab

/**
 * What is wrong with the shape of a CSV file's header line, or null: found by one pass over
 * the first line, before any parser runs. Too many columns is named before too long a line.
 */
export function csvHeaderProblem(text: string): CsvShapeProblem | null {
  const end = text.indexOf('\n');
  const headerLength = end === -1 ? text.length : end;
  const counts = [0, 0, 0];
  for (let index = 0; index < headerLength; index += 1) {
    const found = delimiterCodes.indexOf(text.charCodeAt(index));
    if (found !== -1) counts[found]! += 1;
  }
  const columns = Math.max(...counts) + 1;
  if (columns > maxCsvColumns) {
    return { code: 'too_many_columns', params: { count: columns, limit: maxCsvColumns } };
  }
  return headerLength > maxCsvLineCharacters
    ? { code: 'line_too_long', params: { limit: maxCsvLineCharacters } }
    : null;
}

/** The csv-parse options that hold every row to the limits, and the problem a refusal means. */
export const csvRecordLimits = { max_record_size: maxCsvLineCharacters } as const;

export function csvParseProblem(error: unknown): CsvShapeProblem | null {
  return (error as { code?: unknown })?.code === 'CSV_MAX_RECORD_SIZE'
    ? { code: 'line_too_long', params: { limit: maxCsvLineCharacters } }
    : null;
}
