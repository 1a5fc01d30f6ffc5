/**
 * The Swedish words an incident export writes for its coded values, the same as the web app
 * shows (web/src/i18n/situation/sv.ts): a spreadsheet reader sees "Exakt tid", not "exact".
 * Without imports, so the web app's language test can read it; incident-columns.ts holds
 * them to the domain's lists, so a new value fails to compile until it has a word here.
 */
export const timePrecisionLabels = {
  exact: 'Exakt tid',
  day: 'Bara dagen',
  approximate: 'Ungefärlig tid',
} as const;

export const locationPrecisionLabels = {
  point: 'Punkt',
  address: 'Adress',
  place_name: 'Ortnamn i texten',
  district: 'Område',
  municipality: 'Bara kommunen',
  county: 'Bara länet',
} as const;

export const sourceLabels = {
  manual: 'Rapport',
  police_events: 'Polisens händelser',
  csv: 'Fil (CSV)',
  api: 'Annat system',
} as const;

export const statusLabels = {
  new: 'Ny',
  reviewed: 'Granskad',
  duplicate: 'Dubblett',
  archived: 'Arkiverad',
} as const;
