import { stringify } from 'csv-stringify/sync';

/** A cell of a CSV file the product writes: text, a number, or nothing. */
export type CsvCell = string | number | null;

// What a spreadsheet reads as the start of a formula or a command (OWASP, "CSV Injection"):
// = + - @, a tab or a carriage return, and their full-width forms, which some spreadsheets fold.
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/**
 * A text cell made safe to open in a spreadsheet: a cell that starts like a formula gets a
 * single quote before it, as OWASP advises, so `=HYPERLINK(…)` stays text. Everything else is
 * left exactly as it was. Only for text: numbers are written as numbers, see {@link csvCellText}.
 */
export function neutraliseCsvFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * A cell as it is written: text neutralised, a number with a decimal comma for Swedish
 * spreadsheets (a negative number stays a number, "-1,5", never quoted), nothing as empty.
 */
export function csvCellText(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    return String(cell).replace('.', ',');
  }
  return neutraliseCsvFormula(cell);
}

/**
 * The one way the product writes CSV, for Swedish spreadsheets: semicolons, CRLF, a byte-order
 * mark so Excel reads UTF-8, and every text cell neutralised against formula injection.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${stringify(
    [header.map(neutraliseCsvFormula), ...rows.map((row) => row.map(csvCellText))],
    { delimiter: ';', record_delimiter: '\r\n' },
  )}`;
}
