import type { ImportMessages, ProblemParams } from './import-sv';

const text = (value: string | number | undefined) => String(value ?? '');

/** English texts of the import page. Typed from the Swedish catalog. */
export const importEn: ImportMessages = {
  title: 'Import',
  intro:
    "Read incidents from other systems: a CSV file from, say, a security firm or a housing company, or the police's events. The same file twice changes nothing.",
  fileRequired: 'Choose a file.',
  reading: 'Reading the file…',
  uploading: (percent: number) => `Sending the file: ${percent} %`,
  processing: 'Tryggve is reading the incidents…',
  skipBadRows: 'Skip faulty rows',
  skipBadRowsHelp:
    'Otherwise nothing is imported if any row is faulty, so that you can correct the file first.',
  csv: {
    heading: 'Read a CSV file',
    intro:
      'Choose the file, say which column holds what and import. The mapping can be saved as an import profile and used again for the next file of the same kind.',
    file: 'CSV file',
    fileHelp: 'Columns separated by semicolons, commas or tabs, with headings on the first line.',
    previewing: (percent: number) => `Reading the columns: ${percent} %`,
    previewHeading: "The file's first rows",
    previewCaption: (shown: number, total: number) =>
      `The first ${shown} of the file's ${total} rows.`,
    profile: 'Import profile',
    profileHelp:
      'A saved mapping fills in the columns below. You can change them before importing.',
    profileNone: 'New mapping',
    profileMissingColumns: (columns: string) =>
      `The file lacks columns the profile uses: ${columns}. Choose other columns below.`,
    mappingHeading: 'Columns',
    mappingIntro:
      'Choose the column of each item. Time and category are required, and every row needs a place: coordinates, an address or an area.',
    noColumn: '– No column –',
    fields: {
      occurredAt: {
        label: 'Time (from)',
        help: 'Like 2026-11-27 21:30 (Swedish time), or 2026-11-27 for a whole day.',
      },
      occurredUntil: { label: 'Time until (optional)', help: 'The end, if the incident lasted.' },
      longitude: { label: 'Longitude (WGS84)', help: 'A decimal number, such as 17.98.' },
      latitude: { label: 'Latitude (WGS84)', help: 'A decimal number, such as 59.24.' },
      address: { label: 'Address', help: 'A street address or a place.' },
      district: { label: 'Area', help: "The name of one of the municipality's areas." },
      category: { label: 'Category', help: 'Its values are translated to categories below.' },
      description: { label: 'Description', help: 'Free text about the incident.' },
      peopleCount: { label: 'Number of people', help: 'A whole number.' },
      id: {
        label: "The source's id",
        help: "The row's id in the source system. Without it a row is known by its content.",
      },
    },
    required: 'Choose a column.',
    coordinatesBoth: 'Choose both longitude and latitude, or neither.',
    placeRequired: 'Choose at least one column for the place: coordinates, address or area.',
    categoryValuesHeading: 'Categories',
    categoryValuesIntro:
      "Values of the category column that are not already a category's name need a category. The list shows the values in the file's first rows.",
    categoryValue: (value: string) => `The value "${value}"`,
    categoryKnown: (label: string) => `Recognised as ${label}`,
    categoryChoose: 'Choose a category',
    categoryNone: 'None: the rows are refused',
    organisation: 'Organisation',
    organisationHelp: 'The incidents are registered to the organisation that reported them.',
    organisationRequired: 'Choose an organisation.',
    saveProfile: 'Save the mapping as an import profile',
    saveProfileChanges: (name: string) => `Save the changes to the profile ${name}`,
    profileName: "The profile's name",
    profileNameHelp: "For example: The security firm's monthly file.",
    profileNameRequired: 'Write a name of at least two characters.',
    profileSaved: (name: string) => `The import profile ${name} is saved.`,
    savingProfile: 'Saving the import profile…',
    submit: 'Import the file',
    chooseAnother: 'Choose another file',
  },
  police: {
    heading: "Read the police's events",
    intro:
      'A JSON file in the format of polisen.se/api/events. Events already there are only updated when the police changed them.',
    eventsFile: 'File of events (JSON)',
    eventsFileHelp: 'A JSON list of events, as polisen.se/api/events gives it.',
    bodiesFile: 'File of event texts (JSONL, optional)',
    bodiesFileHelp: 'One line per event with id and body_text, if you have them.',
    organisation: "The police's organisation",
    organisationHelp: 'The events are registered to this organisation.',
    noPoliceOrganisation:
      'There is no organisation of the kind Police. An administrator can create one under Administration.',
    submit: 'Import',
    organisationRequired: "Choose the police's organisation.",
    notJson: 'The file is not valid JSON. Choose the file that polisen.se/api/events gave.',
  },
  resultHeading: 'Result',
  completed: 'The import is done.',
  rejected:
    'Nothing was imported, because the file has faulty rows. Correct the file, or choose to skip faulty rows.',
  counts: {
    read: 'Read',
    inserted: 'New',
    updated: 'Updated',
    unchanged: 'Unchanged',
    rejected: 'Faulty',
    skipped: 'Skipped',
  },
  skippedReasons: {
    county_only: 'name only the county',
    other_municipality: 'in another municipality',
    not_an_incident: 'not an incident (summary, check)',
  },
  skippedReason: (reason: string, count: number) => `${count} ${reason}`,
  problems: {
    file_not_csv: (p: ProblemParams) => `The file cannot be read as CSV: ${text(p.detail)}`,
    too_many_columns: (p: ProblemParams) =>
      `The file has ${text(p.count)} columns; at most ${text(p.limit)} can be read.`,
    line_too_long: (p: ProblemParams) =>
      `A line of the file is longer than ${text(p.limit)} characters and cannot be read.`,
    missing_columns: (p: ProblemParams) =>
      `The file has no column ${text(p.columns)}. Its columns are ${text(p.available)}.`,
    not_event_list: (p: ProblemParams) =>
      `The police events must be a JSON list of events, but the file holds something else (${text(p.found)}).`,
    invalid_event: (p: ProblemParams) => `The event cannot be read: ${text(p.detail)}`,
    repeated_event_id: (p: ProblemParams) =>
      `id ${text(p.id)} repeats the event on row ${text(p.firstLine)}, which was kept`,
    invalid_time: (p: ProblemParams) =>
      `the time "${text(p.value)}" is not like 2026-11-27 21:30 or 2026-11-27`,
    invalid_end_time: (p: ProblemParams) =>
      `the end time "${text(p.value)}" is not like 2026-11-27 23:00`,
    invalid_coordinates: () =>
      'the coordinates need both a longitude and a latitude, as decimal numbers',
    unknown_category_value: (p: ProblemParams) =>
      `the category "${text(p.value)}" is not among the categories or in the profile`,
    no_place: () => 'the row has no place: give coordinates, an address or an area',
    unknown_district: (p: ProblemParams) =>
      `the area "${text(p.value)}" is not one of the municipality's areas`,
    invalid_people_count: (p: ProblemParams) =>
      `the number of people "${text(p.value)}" must be a whole number of 0 or more`,
    time_in_future: () => 'the time lies in the future',
    category_not_in_taxonomy: (p: ProblemParams) =>
      `the category "${text(p.code)}" is not among the categories`,
    category_retired: (p: ProblemParams) => `the category "${text(p.code)}" is retired`,
    outside_municipality: () => 'the coordinates lie outside the municipality',
    unmapped_police_type: (p: ProblemParams) =>
      `The police type "${text(p.type)}" has no category yet (${text(p.count)} ${p.count === 1 ? 'event' : 'events'} filed as "Other").`,
    body_unused: (p: ProblemParams) =>
      `Row ${text(p.line)} of the event texts file: ${text(p.detail)}. That text was not used.`,
    uncoded: (p: ProblemParams) => text(p.text),
  },
  warningsHeading: 'Warnings',
  rejectedHeading: 'Faulty rows',
  line: 'Row',
  sourceId: 'Id',
  reason: 'Reason',
  wholeFile: 'The whole file',
  runsHeading: 'Latest imports',
  runsEmpty: 'No imports yet.',
  run: {
    when: 'When',
    file: 'File',
    status: 'Outcome',
    counts: 'Counts',
    summary: (read: number, inserted: number, updated: number, rejected: number) =>
      `${read} read, ${inserted} new, ${updated} updated, ${rejected} faulty`,
    statuses: {
      completed: 'Done',
      rejected: 'Refused',
      unfinished: 'Not finished: import the file again',
    },
    showRejected: (count: number) => `Show faulty rows (${count})`,
  },
};
