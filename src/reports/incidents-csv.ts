import type { IncidentExport } from '../domain/incidents/export-incidents.js';
import { stockholmLocalParts } from '../shared/time/stockholm-time.js';
import { writeCsv, type CsvCell } from './csv/write-csv.js';
import { incidentColumns, type ExportValue } from './incident-columns.js';

const pad = (value: number) => String(value).padStart(2, '0');

/** "2026-11-27 21:30", Swedish local time, as spreadsheets read it. */
function localTime(iso: string): string {
  const local = stockholmLocalParts(new Date(iso));
  return `${local.year}-${pad(local.month)}-${pad(local.day)} ${pad(local.hour)}:${pad(local.minute)}`;
}

function cell(value: ExportValue): CsvCell {
  if (value === null || typeof value === 'number' || typeof value === 'string') return value;
  return localTime(value.instant);
}

/**
 * The incidents as CSV for Swedish spreadsheets: semicolons, decimal commas, a byte-order
 * mark so Excel reads UTF-8, times in Swedish local time, text cells neutralised against
 * formulas (writeCsv). Renders data; reads nothing.
 */
export function renderIncidentsCsv(data: IncidentExport): string {
  const rows = data.incidents.map((incident) =>
    incidentColumns.map((column) => cell(column.value(incident, data))),
  );
  return writeCsv(
    incidentColumns.map((column) => column.header),
    rows,
  );
}
