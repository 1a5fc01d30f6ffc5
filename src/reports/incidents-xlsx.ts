import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { exportLimit, type IncidentExport } from '../domain/incidents/export-incidents.js';
import { stockholmLocalParts } from '../shared/time/stockholm-time.js';
import { incidentColumns, type ExportValue } from './incident-columns.js';

/**
 * A spreadsheet cell holds a date without a zone; Excel shows what it is given. So an
 * instant becomes its Swedish wall-clock time, written as if it were UTC.
 */
function wallClock(iso: string): Date {
  const local = stockholmLocalParts(new Date(iso));
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute));
}

const cellValue = (value: ExportValue) =>
  value !== null && typeof value === 'object' ? wallClock(value.instant) : value;

/**
 * The incidents as an Excel workbook: one row an incident with the CSV's columns, real
 * dates and numbers, a frozen header with filters, and a sheet that says what the file is.
 * Streams the rows, so a 100,000-row export does not sit in memory as one workbook.
 */
export async function writeIncidentsXlsx(
  data: IncidentExport,
  exportedAt: Date,
  stream: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Tryggve';
  workbook.created = exportedAt;

  const sheet = workbook.addWorksheet('Händelser', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = incidentColumns.map((column) => ({
    header: column.header,
    key: column.header,
    width: column.width,
    style: ['tidpunkt', 'till', 'rapporterad'].includes(column.header)
      ? { numFmt: 'yyyy-mm-dd hh:mm' }
      : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: incidentColumns.length },
  };
  sheet.getRow(1).commit();
  for (const incident of data.incidents) {
    sheet.addRow(incidentColumns.map((column) => cellValue(column.value(incident, data)))).commit();
  }
  sheet.commit();

  const about = workbook.addWorksheet('Om exporten');
  about.columns = [{ width: 22 }, { width: 70 }];
  for (const row of [
    ['Exporterad', wallClock(exportedAt.toISOString())],
    ['Antal händelser', data.incidents.length],
    [
      'Avkortad',
      data.isTruncated
        ? `Ja: fler händelser matchade än de ${exportLimit.toLocaleString('sv-SE')} en export rymmer. Smalna av filtret.`
        : 'Nej',
    ],
    ['Tider', 'Svensk tid (Europe/Stockholm)'],
    ['Källa', 'Tryggve. Innehåller fritext: hantera filen enligt kommunens rutiner.'],
  ]) {
    const added = about.addRow(row);
    added.getCell(1).font = { bold: true };
    if (row[1] instanceof Date) added.getCell(2).numFmt = 'yyyy-mm-dd hh:mm';
    added.commit();
  }
  about.commit();
  await workbook.commit();
}
