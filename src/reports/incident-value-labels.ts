import type {
  IncidentSource,
  IncidentStatus,
  LocationPrecision,
  TimePrecision,
} from '../domain/incidents/incident.js';

/**
 * The Swedish words an incident export writes for its coded values, the same as the web app
 * shows (web/src/i18n/situation/sv.ts): a spreadsheet reader sees "Exakt tid", not "exact".
 * Records, so that a new value fails to compile until it has a word.
 */
export const timePrecisionLabels: Record<TimePrecision, string> = {
  exact: 'Exakt tid',
  day: 'Bara dagen',
  approximate: 'Ungefärlig tid',
};

export const locationPrecisionLabels: Record<LocationPrecision, string> = {
  point: 'Punkt',
  address: 'Adress',
  place_name: 'Ortnamn i texten',
  district: 'Område',
  municipality: 'Bara kommunen',
  county: 'Bara länet',
};

export const sourceLabels: Record<IncidentSource, string> = {
  manual: 'Rapport',
  police_events: 'Polisens händelser',
  csv: 'Fil (CSV)',
  api: 'Annat system',
};

export const statusLabels: Record<IncidentStatus, string> = {
  new: 'Ny',
  reviewed: 'Granskad',
  duplicate: 'Dubblett',
  archived: 'Arkiverad',
};
