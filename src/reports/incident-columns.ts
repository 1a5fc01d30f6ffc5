import type { IncidentExport } from '../domain/incidents/export-incidents.js';
import type {
  IncidentSource,
  IncidentStatus,
  IncidentView,
  LocationPrecision,
  TimePrecision,
} from '../domain/incidents/incident.js';
import {
  locationPrecisionLabels,
  sourceLabels,
  statusLabels,
  timePrecisionLabels,
} from './incident-value-labels.js';

/** A cell of an exported incident: text, a number, an instant, or nothing. */
export type ExportValue = string | number | { instant: string } | null;

export interface IncidentColumn {
  /** The column's name in the file: Swedish, as the municipality's spreadsheets use it. */
  header: string;
  /** Width in characters, for spreadsheets. */
  width: number;
  value: (incident: IncidentView, data: IncidentExport) => ExportValue;
}

// Every coded value has its Swedish word: these fail to compile when the domain adds one.
const labels: {
  time: Record<TimePrecision, string>;
  location: Record<LocationPrecision, string>;
  source: Record<IncidentSource, string>;
  status: Record<IncidentStatus, string>;
} = {
  time: timePrecisionLabels,
  location: locationPrecisionLabels,
  source: sourceLabels,
  status: statusLabels,
};

const instant = (iso: string | null) => (iso ? { instant: iso } : null);

/**
 * The columns of an incident export, the same in CSV and XLSX so that a file made one way
 * reads like the other. Free text and the organisation are here: the export is audited.
 */
export const incidentColumns: readonly IncidentColumn[] = [
  { header: 'id', width: 38, value: (incident) => incident.id },
  { header: 'tidpunkt', width: 17, value: (incident) => instant(incident.occurredAt) },
  { header: 'till', width: 17, value: (incident) => instant(incident.occurredUntil) },
  {
    header: 'tidsprecision',
    width: 12,
    value: (incident) => labels.time[incident.timePrecision],
  },
  { header: 'rapporterad', width: 17, value: (incident) => instant(incident.reportedAt) },
  {
    header: 'kategori',
    width: 28,
    value: (incident, data) =>
      data.categoryLabels.get(incident.categoryCode) ?? incident.categoryCode,
  },
  { header: 'kategorikod', width: 20, value: (incident) => incident.categoryCode },
  {
    header: 'områden',
    width: 28,
    value: (incident, data) =>
      incident.districtIds.map((id) => data.districtNames.get(id) ?? id).join(', '),
  },
  { header: 'adress', width: 28, value: (incident) => incident.location.address },
  {
    header: 'longitud',
    width: 11,
    value: (incident) => incident.location.point?.longitude ?? null,
  },
  { header: 'latitud', width: 11, value: (incident) => incident.location.point?.latitude ?? null },
  {
    header: 'platsprecision',
    width: 13,
    value: (incident) => labels.location[incident.location.precision],
  },
  { header: 'allvar', width: 7, value: (incident) => incident.severity },
  { header: 'otrygghet', width: 9, value: (incident) => incident.unsafety },
  { header: 'antal personer', width: 9, value: (incident) => incident.peopleCount },
  { header: 'beskrivning', width: 60, value: (incident) => incident.description },
  { header: 'organisation', width: 24, value: (incident) => incident.organisationName },
  { header: 'källa', width: 12, value: (incident) => labels.source[incident.source] },
  { header: 'källans id', width: 16, value: (incident) => incident.sourceId },
  { header: 'status', width: 10, value: (incident) => labels.status[incident.status] },
];
