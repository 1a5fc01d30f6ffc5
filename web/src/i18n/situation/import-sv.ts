import type {
  ImportProblemCode,
  ImportSkipCode,
} from '../../../../src/domain/imports/import-problem';

/** The values of an import problem, as the API sends them. */
export type ProblemParams = Record<string, string | number | undefined>;

const text = (value: string | number | undefined) => String(value ?? '');

/**
 * Swedish texts of the import page: a CSV file through the column mapping, the police's
 * events, the result of a run with every problem worded from its code.
 */
export const importSv = {
  title: 'Importera',
  intro:
    'Läs in händelser från andra system: en CSV-fil från till exempel ett bevakningsföretag eller ett bostadsbolag, eller Polisens händelser. Samma fil två gånger ändrar ingenting.',
  fileRequired: 'Välj en fil.',
  reading: 'Läser filen…',
  uploading: (percent: number) => `Skickar filen: ${percent} %`,
  processing: 'Tryggve läser in händelserna…',
  skipBadRows: 'Hoppa över felaktiga rader',
  skipBadRowsHelp:
    'Annars importeras ingenting om någon rad är felaktig, så att du kan rätta filen först.',
  csv: {
    heading: 'Läs in en CSV-fil',
    intro:
      'Välj filen, tala om vilken kolumn som innehåller vad och importera. Mappningen kan sparas som en importprofil och användas igen för nästa fil av samma slag.',
    file: 'CSV-fil',
    fileHelp: 'Kolumner avgränsade med semikolon, komma eller tabb, med rubriker på första raden.',
    previewing: (percent: number) => `Läser kolumnerna: ${percent} %`,
    previewHeading: 'Filens första rader',
    previewCaption: (shown: number, total: number) =>
      `De första ${shown} av ${total} raderna i filen.`,
    profile: 'Importprofil',
    profileHelp:
      'En sparad mappning fyller i kolumnerna nedan. Du kan ändra dem innan du importerar.',
    profileNone: 'Ny mappning',
    profileMissingColumns: (columns: string) =>
      `Filen saknar kolumner som profilen använder: ${columns}. Välj andra kolumner nedan.`,
    mappingHeading: 'Kolumner',
    mappingIntro:
      'Välj kolumnen för varje uppgift. Tid och kategori krävs, och varje rad behöver en plats: koordinater, en adress eller ett område.',
    noColumn: '– Ingen kolumn –',
    fields: {
      occurredAt: {
        label: 'Tid (från)',
        help: 'Som 2026-11-27 21:30 (svensk tid) eller 2026-11-27 för en hel dag.',
      },
      occurredUntil: { label: 'Tid till (frivilligt)', help: 'Sluttiden, om händelsen pågick.' },
      longitude: { label: 'Longitud (WGS84)', help: 'Decimaltal, till exempel 17,98.' },
      latitude: { label: 'Latitud (WGS84)', help: 'Decimaltal, till exempel 59,24.' },
      address: { label: 'Adress', help: 'Gatuadress eller plats.' },
      district: { label: 'Område', help: 'Namnet på ett av kommunens områden.' },
      category: { label: 'Kategori', help: 'Värdena översätts till kategorier nedan.' },
      description: { label: 'Beskrivning', help: 'Fritext om händelsen.' },
      peopleCount: { label: 'Antal personer', help: 'Ett heltal.' },
      id: {
        label: 'Källans id',
        help: 'Radens id i källsystemet. Utan det känns en rad igen på sitt innehåll.',
      },
    },
    required: 'Välj en kolumn.',
    coordinatesBoth: 'Välj både longitud och latitud, eller ingen av dem.',
    placeRequired: 'Välj minst en kolumn för platsen: koordinater, adress eller område.',
    categoryValuesHeading: 'Kategorier',
    categoryValuesIntro:
      'Värden i kategorikolumnen som inte redan är ett kategorinamn behöver en kategori. Listan visar värdena i filens första rader.',
    categoryValue: (value: string) => `Värdet "${value}"`,
    categoryKnown: (label: string) => `Känns igen som ${label}`,
    categoryChoose: 'Välj kategori',
    categoryNone: 'Ingen: raderna avvisas',
    organisation: 'Organisation',
    organisationHelp: 'Händelserna registreras på den organisation som har rapporterat dem.',
    organisationRequired: 'Välj en organisation.',
    saveProfile: 'Spara mappningen som importprofil',
    saveProfileChanges: (name: string) => `Spara ändringarna i profilen ${name}`,
    profileName: 'Profilens namn',
    profileNameHelp: 'Till exempel: Bevakningsbolagets månadsfil.',
    profileNameRequired: 'Skriv ett namn med minst två tecken.',
    profileSaved: (name: string) => `Importprofilen ${name} är sparad.`,
    savingProfile: 'Sparar importprofilen…',
    submit: 'Importera filen',
    chooseAnother: 'Välj en annan fil',
  },
  police: {
    heading: 'Läs in Polisens händelser',
    intro:
      'En JSON-fil i samma format som polisen.se/api/events. Händelser som redan finns uppdateras bara om Polisen har ändrat dem.',
    eventsFile: 'Fil med händelser (JSON)',
    eventsFileHelp: 'En JSON-lista med händelser, som polisen.se/api/events ger.',
    bodiesFile: 'Fil med händelsetexter (JSONL, frivilligt)',
    bodiesFileHelp: 'En rad per händelse med id och body_text, om du har dem.',
    organisation: 'Polisens organisation',
    organisationHelp: 'Händelserna registreras på den här organisationen.',
    noPoliceOrganisation:
      'Det finns ingen organisation av typen Polisen. En administratör kan skapa en under Administration.',
    submit: 'Importera',
    organisationRequired: 'Välj Polisens organisation.',
    notJson: 'Filen är inte giltig JSON. Välj den fil som polisen.se/api/events gav.',
  },
  resultHeading: 'Resultat',
  completed: 'Importen är klar.',
  rejected:
    'Ingenting importerades, eftersom filen har felaktiga rader. Rätta filen, eller välj att hoppa över felaktiga rader.',
  counts: {
    read: 'Lästa',
    inserted: 'Nya',
    updated: 'Uppdaterade',
    unchanged: 'Oförändrade',
    rejected: 'Felaktiga',
    skipped: 'Överhoppade',
  },
  skippedReasons: {
    county_only: 'anger bara länet',
    other_municipality: 'i en annan kommun',
    not_an_incident: 'inte en händelse (sammanfattning, kontroll)',
  } satisfies Record<ImportSkipCode, string>,
  skippedReason: (reason: string, count: number) => `${count} ${reason}`,
  /** Every code of src/domain/imports/import-problem.ts, from its params. */
  problems: {
    file_not_csv: (p: ProblemParams) => `Filen kan inte läsas som CSV: ${text(p.detail)}`,
    too_many_columns: (p: ProblemParams) =>
      `Filen har ${text(p.count)} kolumner; högst ${text(p.limit)} kan läsas.`,
    line_too_long: (p: ProblemParams) =>
      `En rad i filen är längre än ${text(p.limit)} tecken och kan inte läsas.`,
    missing_columns: (p: ProblemParams) =>
      `Filen har ingen kolumn ${text(p.columns)}. Filens kolumner är ${text(p.available)}.`,
    not_event_list: (p: ProblemParams) =>
      `Polisens händelser ska vara en JSON-lista med händelser, men filen innehåller något annat (${text(p.found)}).`,
    invalid_event: (p: ProblemParams) => `Händelsen kan inte läsas: ${text(p.detail)}`,
    repeated_event_id: (p: ProblemParams) =>
      `id ${text(p.id)} upprepar händelsen på rad ${text(p.firstLine)}, som behölls`,
    invalid_time: (p: ProblemParams) =>
      `tiden "${text(p.value)}" ser inte ut som 2026-11-27 21:30 eller 2026-11-27`,
    invalid_end_time: (p: ProblemParams) =>
      `sluttiden "${text(p.value)}" ser inte ut som 2026-11-27 23:00`,
    invalid_coordinates: () => 'koordinaterna behöver både longitud och latitud, som decimaltal',
    unknown_category_value: (p: ProblemParams) =>
      `kategorin "${text(p.value)}" finns inte bland kategorierna eller i profilen`,
    no_place: () => 'raden saknar plats: ange koordinater, en adress eller ett område',
    unknown_district: (p: ProblemParams) =>
      `området "${text(p.value)}" är inte ett av kommunens områden`,
    invalid_people_count: (p: ProblemParams) =>
      `antalet personer "${text(p.value)}" måste vara ett heltal, 0 eller mer`,
    time_in_future: () => 'tiden ligger i framtiden',
    category_not_in_taxonomy: (p: ProblemParams) =>
      `kategorin "${text(p.code)}" finns inte bland kategorierna`,
    category_retired: (p: ProblemParams) => `kategorin "${text(p.code)}" används inte längre`,
    outside_municipality: () => 'koordinaterna ligger utanför kommunen',
    unmapped_police_type: (p: ProblemParams) =>
      `Polisens typ "${text(p.type)}" har ingen kategori än (${text(p.count)} ${p.count === 1 ? 'händelse' : 'händelser'} lades under "Övrigt").`,
    body_unused: (p: ProblemParams) =>
      `Rad ${text(p.line)} i filen med händelsetexter: ${text(p.detail)}. Den texten användes inte.`,
    // Recorded before problems had codes: only the English text is known.
    uncoded: (p: ProblemParams) => text(p.text),
  } satisfies Record<ImportProblemCode, (params: ProblemParams) => string>,
  warningsHeading: 'Varningar',
  rejectedHeading: 'Felaktiga rader',
  line: 'Rad',
  sourceId: 'Id',
  reason: 'Skäl',
  wholeFile: 'Hela filen',
  runsHeading: 'Senaste importerna',
  runsEmpty: 'Inga importer än.',
  run: {
    when: 'När',
    file: 'Fil',
    status: 'Utfall',
    counts: 'Antal',
    summary: (read: number, inserted: number, updated: number, rejected: number) =>
      `${read} lästa, ${inserted} nya, ${updated} uppdaterade, ${rejected} felaktiga`,
    statuses: {
      completed: 'Klar',
      rejected: 'Avvisad',
      unfinished: 'Inte klar: importera filen igen',
    },
    showRejected: (count: number) => `Visa felaktiga rader (${count})`,
  },
};

export type ImportMessages = typeof importSv;
