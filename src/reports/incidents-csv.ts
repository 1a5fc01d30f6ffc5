import { stringify } from 'csv-stringify/sync';
import type { IncidentExport } from '../domain/incidents/export-incidents.js';
import { stockholmLocalParts } from '../domain/time/stockholm-time.js';

const pad = (value: number) => String(value).padStart(2, '0');

/** "2026-11-27 21:30", Swedish local time, as spreadsheets read it. */
function localTime(iso: string | null): string {
  if (!iso) return '';
  const local = stockholmLocalParts(new Date(iso));
  return `${local.year}-${pad(local.month)}-${pad(local.day)} ${pad(local.hour)}:${pad(local.minute)}`;
}

const header = [
  'id',
  'tidpunkt',
  'till',
  'tidsprecision',
  'rapporterad',
  'kategori',
  'kategorikod',
  'områden',
  'adress',
  'longitud',
  'latitud',
  'platsprecision',
  'allvar',
  'otrygghet',
  'antal personer',
  'beskrivning',
  'organisation',
  'källa',
  'källans id',
  'status',
];

/**
 * The incidents as CSV for Swedish spreadsheets: semicolons, decimal commas, a byte-order
 * mark so Excel reads UTF-8, times in Swedish local time. Renders data; reads nothing.
 */
export function renderIncidentsCsv(data: IncidentExport): string {
  const decimal = (value: number | undefined) =>
    value === undefined ? '' : String(value).replace('.', ',');
  const rows = data.incidents.map((incident) => [
    incident.id,
    localTime(incident.occurredAt),
    localTime(incident.occurredUntil),
    incident.timePrecision,
    localTime(incident.reportedAt),
    data.categoryLabels.get(incident.categoryCode) ?? incident.categoryCode,
    incident.categoryCode,
    incident.districtIds.map((id) => data.districtNames.get(id) ?? id).join(', '),
    incident.location.address ?? '',
    decimal(incident.location.point?.longitude),
    decimal(incident.location.point?.latitude),
    incident.location.precision,
    incident.severity ?? '',
    incident.unsafety ?? '',
    incident.peopleCount ?? '',
    incident.description,
    incident.organisationName,
    incident.source,
    incident.sourceId ?? '',
    incident.status,
  ]);
  return `\uFEFF${stringify([header, ...rows], { delimiter: ';', record_delimiter: '\r\n' })}`;
}
