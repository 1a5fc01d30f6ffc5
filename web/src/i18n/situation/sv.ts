import { earlyWarningSv } from './early-warning-sv';
import { nearRepeatSv } from './near-repeat-sv';
import { importSv } from './import-sv';
import { layersSv } from './layers-sv';
import { outputSv } from './output-sv';
import { signalsSv } from './signals-sv';

/**
 * Swedish texts of the situation picture area (Lägesbild, Rapportera, Granska, Händelser,
 * Importera). A catalog of its own, loaded only with those pages, so that the sign-in page does
 * not download them; en.ts must have exactly the same shape.
 */
export const situationSv = {
  nav: {
    label: 'Lägesbild',
    picture: 'Lägesbild',
    report: 'Rapportera',
    review: 'Granska',
    incidents: 'Händelser',
    import: 'Importera',
    layers: 'Områden',
    signals: 'Signaler',
    earlyWarning: 'Tidig varning',
    nearRepeat: 'Nära upprepning',
  },
  forbidden: 'Den här delen av lägesbilden är inte en del av dina roller.',
  notFound: 'Händelsen finns inte, eller så har du inte behörighet till den.',
  categories: {
    label: 'Kategori',
    all: 'Alla kategorier',
    unknown: (code: string) => `Okänd kategori (${code})`,
  },
  districts: {
    label: 'Område',
    whole: 'Hela kommunen',
    all: 'Alla områden',
    none: 'Inget område',
  },
  statuses: {
    new: 'Ny',
    reviewed: 'Granskad',
    duplicate: 'Dubblett',
    archived: 'Arkiverad',
  },
  sources: {
    manual: 'Rapport',
    police_events: 'Polisens händelser',
    csv: 'Fil (CSV)',
    api: 'Annat system',
  },
  precision: {
    point: 'Punkt',
    address: 'Adress',
    place_name: 'Ortnamn i texten',
    district: 'Område',
    municipality: 'Bara kommunen',
    county: 'Bara länet',
  },
  timePrecision: {
    exact: 'Exakt tid',
    day: 'Bara dagen',
    approximate: 'Ungefärlig tid',
  },
  personalData: {
    personal_identity_number: 'personnummer',
    coordination_number: 'samordningsnummer',
    phone_number: 'telefonnummer',
    email_address: 'e-postadress',
    vehicle_registration: 'registreringsnummer',
  },
  severity: {
    legend: 'Hur allvarligt?',
    none: 'Ingen bedömning',
    levels: { 1: 'Lindrigt', 2: 'Märkbart', 3: 'Allvarligt', 4: 'Mycket allvarligt' },
  },
  unsafety: {
    legend: 'Hur otryggt?',
    none: 'Ingen bedömning',
    levels: { 1: 'Lite otryggt', 2: 'Ganska otryggt', 3: 'Otryggt', 4: 'Mycket otryggt' },
  },
  report: {
    title: 'Rapportera',
    intro: 'Rapportera det du har sett: vad, var och när, och din egen bedömning.',
    placesNotPeople:
      'Rapporter handlar om platser och händelser, inte om personer. Skriv inte namn, personnummer, telefonnummer eller registreringsnummer. Bara offentliga och halvoffentliga platser, aldrig inne i bostäder.',
    eventHeading: (number: number) => `Händelse ${number}`,
    removeEvent: (number: number) => `Ta bort händelse ${number}`,
    addEvent: 'Lägg till en händelse till',
    whenLegend: 'När?',
    occurredAt: 'Tidpunkt',
    occurredAtNow: 'Nu, om du inte ändrar',
    addUntil: 'Lägg till sluttid',
    occurredUntil: 'Till',
    removeUntil: 'Ta bort sluttiden',
    whereLegend: 'Var?',
    whereHelp: 'Använd din position, tryck på kartan eller välj ett område. Adressen är frivillig.',
    useMyPosition: 'Använd min position',
    locating: 'Hämtar position…',
    positionUnavailable:
      'Positionen gick inte att hämta. Tryck på kartan eller välj ett område i stället.',
    positionDenied:
      'Tryggve fick inte använda din position. Tryck på kartan eller välj ett område i stället.',
    pointChosen: (latitude: string, longitude: string) =>
      `Vald plats: ${latitude}° N, ${longitude}° O`,
    pointInDistricts: (names: string) => `Platsen ligger i ${names}.`,
    removePoint: 'Ta bort platsen',
    districtLayerHelp: (layer: string) =>
      `Områden i skiktet ${layer}. Rapporten räknas också i de andra skiktens områden där det ligger.`,
    showMap: 'Välj på kartan',
    hideMap: 'Dölj kartan',
    mapLabel: 'Karta över kommunen. Tryck där det hände.',
    mapHelp:
      'Tryck på kartan där det hände. Kartan visar kommunens områden. Du kan också välja område i listan.',
    mapMarker: 'Vald plats',
    mapUnavailable:
      'Kartan kan inte visas i den här webbläsaren. Använd din position eller välj ett område i listan.',
    mapZoomIn: 'Zooma in',
    mapZoomOut: 'Zooma ut',
    district: 'Område',
    districtNone: 'Välj område (frivilligt om du har valt plats)',
    address: 'Adress eller plats (frivilligt)',
    addressPlaceholder: 'Till exempel Storvretsvägen 20 eller Skogås centrum',
    whatLegend: 'Vad hände?',
    moreCategories: (count: number) => `Fler kategorier (${count})`,
    fewerCategories: 'Färre kategorier',
    description: 'Beskrivning',
    descriptionHelp: 'Vad såg du? Beskriv platsen och händelsen, inte personer.',
    peopleCount: 'Antal personer (frivilligt)',
    personalDataWarning: (kinds: string) =>
      `Beskrivningen verkar innehålla ${kinds}. Det maskeras innan rapporten sparas. Ta gärna bort det själv.`,
    submit: 'Skicka rapporten',
    submitMany: (count: number) => `Skicka rapporten (${count} händelser)`,
    sent: (count: number) =>
      count === 1 ? 'Rapporten är skickad.' : `Rapporten med ${count} händelser är skickad.`,
    sentAfterWaiting: (count: number) =>
      count === 1
        ? 'Anslutningen är tillbaka. Rapporten är skickad.'
        : `Anslutningen är tillbaka. Rapporten med ${count} händelser är skickad.`,
    masked: (kinds: string) => `Följande maskerades innan rapporten sparades: ${kinds}.`,
    queued:
      'Ingen anslutning just nu. Rapporten är sparad på enheten och skickas när anslutningen är tillbaka.',
    newReport: 'Ny rapport',
    problemsHeading: 'Rapporten skickades inte. Rätta det som är markerat:',
    required: {
      category: 'Välj vad som hände.',
      place: 'Ange var: din position, en plats på kartan, ett område eller en adress.',
      time: 'Ange en giltig tidpunkt.',
    },
    problems: {
      place_missing: 'Ange var: din position, en plats på kartan, ett område eller en adress.',
      category_unknown: 'Kategorin finns inte. Välj en annan.',
      category_retired: 'Kategorin används inte längre. Välj en annan.',
      district_unknown: 'Området finns inte längre. Välj ett annat.',
      time_in_future: 'Tidpunkten ligger i framtiden.',
      time_order: 'Sluttiden ligger före starttiden.',
      outside_municipality: 'Platsen ligger utanför kommunen.',
      unknown: 'Uppgiften godtogs inte.',
    },
  },
  outbox: {
    heading: 'Väntar på att skickas',
    count: (count: number) =>
      count === 1
        ? '1 rapport väntar på att skickas.'
        : `${count} rapporter väntar på att skickas.`,
    help: 'Rapporterna är sparade på den här enheten och skickas automatiskt när anslutningen är tillbaka.',
    queuedAt: (date: string) => `Sparad ${date}`,
    events: (count: number) => (count === 1 ? '1 händelse' : `${count} händelser`),
    sendNow: 'Skicka nu',
    sending: 'Skickar…',
    refused: 'Tryggve tog inte emot rapporten:',
    edit: 'Öppna i formuläret',
    discard: 'Släng rapporten',
    confirmDiscard:
      'Vill du slänga rapporten? Den är inte skickad och finns bara på den här enheten.',
  },
  picture: {
    title: 'Lägesbild',
    periodLegend: 'Period',
    periodKind: 'Periodtyp',
    kinds: {
      week: 'Vecka',
      month: 'Månad',
      tertial: 'Tertial',
      year: 'År',
      custom: 'Eget intervall',
    },
    previous: 'Föregående period',
    next: 'Nästa period',
    current: 'Nuvarande period',
    customFrom: 'Från och med',
    customTo: 'Till och med',
    customInvalid: 'Välj ett giltigt intervall: från och med ska vara före till och med.',
    weekLabel: (week: number, year: number) => `Vecka ${week}, ${year}`,
    tertialLabel: (tertial: number, year: number) => `Tertial ${tertial}, ${year}`,
    span: (from: string, to: string) => `${from} – ${to}`,
    changesHeading: 'Största förändringarna',
    changesEmpty: 'Inga tydliga förändringar mot snittet den här perioden.',
    rise: 'Ökning',
    fall: 'Minskning',
    total: (count: number) =>
      count === 1 ? '1 händelse i hela kommunen.' : `${count} händelser i hela kommunen.`,
    tableHeading: 'Antal per område och kategori',
    tableIntro: (periods: number) =>
      `Antal händelser som räknas (nya och granskade). Snittet är medelvärdet av de ${periods} föregående perioderna.`,
    filterCategory: 'Visa kategori',
    filterLayer: 'Indelning',
    columns: {
      category: 'Kategori',
      count: 'Antal',
      previous: 'Mot föregående period',
      baseline: 'Mot snittet',
      lastYear: 'Samma period i fjol',
    },
    up: (delta: string, from: string) => `Upp ${delta} (från ${from})`,
    down: (delta: string, from: string) => `Ner ${delta} (från ${from})`,
    unchanged: 'Oförändrat',
    aboveBaseline: (delta: string, mean: string) => `${delta} över snittet ${mean}`,
    belowBaseline: (delta: string, mean: string) => `${delta} under snittet ${mean}`,
    atBaseline: (mean: string) => `Som snittet ${mean}`,
    noValue: 'Uppgift saknas',
    hiddenCount: '–',
    hiddenCountLabel: 'Dolt: färre än 3, eller ett tal som skulle avslöja ett sådant antal',
    smallCountsNote:
      'Du ser sammanställningar: antal under 3 visas som ”–”, liksom tal som annars skulle avslöja dem, och en egen period omfattar hela veckor (måndag–söndag). Så kan ingen enskild händelse pekas ut.',
    noRows: 'Inga händelser i perioden eller perioderna före.',
    partialPeriod: (daysSoFar: number, days: number, today: string) =>
      `Perioden pågår: ${daysSoFar} av ${days} dagar hittills (till och med ${today}). Jämförelserna med tidigare perioder gäller hela perioder.`,
    noIncidents: 'Inga händelser i perioden.',
    quietRows: (count: number) =>
      count === 1
        ? '1 kategori utan händelser i perioden'
        : `${count} kategorier utan händelser i perioden`,
    mapHeading: 'Karta',
    mapCaption: (category: string) =>
      `Antal händelser per område: ${category}. Samma siffror finns i tabellen ovan.`,
    mapUnavailable:
      'Kartan kan inte visas i den här webbläsaren. Samma siffror finns i tabellen ovan.',
    legendHeading: 'Antal händelser',
    legendRange: (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`),
    heatHeading: 'Veckodag och timme',
    heatCaption:
      'Antal händelser per veckodag och timme (svensk tid). Bara händelser med exakt tid räknas.',
    hour: 'Timme',
    weekdays: ['Måndag', 'Tisdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lördag', 'Söndag'],
    weekdaysShort: ['Mån', 'Tis', 'Ons', 'Tor', 'Fre', 'Lör', 'Sön'],
    incidentsLink: 'Visa händelserna i perioden',
    reportLink: 'Rapportera en händelse',
  },
  review: {
    title: 'Granska',
    intro:
      'Nya rapporter och importerade händelser. Bekräfta dem som stämmer, koppla dubbletter till den händelse de upprepar och arkivera det som inte hör hemma här. Dubbletter och arkiverade händelser räknas inte i lägesbilden.',
    empty: 'Det finns inga nya händelser att granska.',
    confirm: 'Bekräfta',
    confirmed: 'Händelsen är bekräftad.',
    duplicate: 'Dubblett',
    duplicateHeading: 'Markera som dubblett',
    duplicateIntro:
      'Välj den händelse som den här upprepar. Förslagen är händelser i samma kategori några dagar före och efter.',
    duplicateOf: 'Dubblett av',
    duplicateNone: 'Det finns inga liknande händelser i närheten i tid.',
    duplicateChoose: 'Välj en händelse.',
    duplicateSubmit: 'Markera som dubblett',
    markedDuplicate: 'Händelsen är markerad som dubblett.',
    archive: 'Arkivera',
    archiveHeading: 'Arkivera händelsen',
    archiveReason: 'Varför arkiveras händelsen?',
    archiveReasonHelp: 'Till exempel: inte en händelse i kommunen, testrapport, fel kategori.',
    archiveReasonRequired: 'Skriv varför, med minst tre tecken.',
    archiveSubmit: 'Arkivera',
    archived: 'Händelsen är arkiverad.',
    reopen: 'Öppna igen',
    reopened: 'Händelsen är tillbaka bland de nya.',
    actionsFor: (what: string) => `Åtgärder för ${what}`,
    problems: {
      duplicate_target_invalid:
        'Välj den ursprungliga händelsen, inte händelsen själv eller en annan dubblett.',
      archive_reason_missing: 'Skriv varför, med minst tre tecken.',
    },
  },
  incidents: {
    title: 'Händelser',
    ownOrganisation: 'Du ser händelserna från din egen organisation.',
    filtersLabel: 'Filter för händelser',
    from: 'Från och med',
    to: 'Till och med',
    source: 'Källa',
    status: 'Status',
    organisation: 'Organisation',
    clearFilters: 'Rensa filtret',
    empty: 'Inga händelser matchar filtret.',
    loadMore: 'Visa fler',
    shown: (count: number) => `${count} händelser visas.`,
    allLoaded: (count: number) =>
      count === 1 ? '1 händelse visas.' : `Alla ${count} händelser visas.`,
    columns: {
      when: 'När',
      what: 'Vad',
      where: 'Var',
      status: 'Status',
      source: 'Källa',
    },
    open: (what: string, when: string) => `${what}, ${when}`,
  },
  incident: {
    title: (category: string) => category,
    back: 'Tillbaka till händelserna',
    when: 'När',
    until: (from: string, to: string) => `${from} – ${to}`,
    where: 'Var',
    point: (latitude: string, longitude: string) => `${latitude}° N, ${longitude}° O`,
    precision: 'Platsens noggrannhet',
    timePrecision: 'Tidens noggrannhet',
    districts: 'Områden',
    severity: 'Allvar',
    unsafety: 'Otrygghet',
    peopleCount: 'Antal personer',
    description: 'Beskrivning',
    noDescription: 'Ingen beskrivning.',
    textRemoved: (date: string) =>
      `Beskrivningen gallrades ${date} enligt kommunens regler för hur länge fritext sparas. Händelsen räknas fortfarande i lägesbilden.`,
    reportedAt: 'Rapporterad',
    source: 'Källa',
    sourceId: 'Källans id',
    organisation: 'Organisation',
    status: 'Status',
    duplicateOf: 'Dubblett av',
    archiveReason: 'Skäl för arkivering',
    keptPersonalData: 'Innehåller personuppgifter som behölls',
    assessment: (value: number, words: string) => `${value} – ${words}`,
    none: '–',
  },
  import: importSv,
  output: outputSv,
  layers: layersSv,
  earlyWarning: earlyWarningSv,
  nearRepeat: nearRepeatSv,
  signals: signalsSv,
};

export type SituationMessages = typeof situationSv;
