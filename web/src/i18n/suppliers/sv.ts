/**
 * Swedish texts of supplier vetting (leverantörskontroll): suppliers, contracts, checks, red
 * flags and decisions, and the start page's list of due checks. A catalog of its own, loaded
 * only with those pages; en.ts must have exactly the same shape.
 */

const plural = (count: number, one: string, many: string) =>
  count === 1 ? `1 ${one}` : `${count} ${many}`;

export const suppliersSv = {
  days: (days: number, formatted: string) => (days === 1 ? '1 dag' : `${formatted} dagar`),
  kronor: (formatted: string) => `${formatted} kr`,
  list: {
    title: 'Leverantörskontroll',
    intro:
      'Kommunens leverantörer och avtal: vem kommunen gör affärer med, kontrollerat vid tilldelning och under hela avtalstiden.',
    search: 'Sök leverantör',
    searchHelp: 'Namn eller organisationsnummer.',
    register: 'Registrera leverantör',
    none: 'Inga leverantörer är registrerade än.',
    noneFound: 'Ingen leverantör matchar sökningen.',
    tableLabel: 'Leverantörer',
    columns: {
      name: 'Leverantör',
      organisationNumber: 'Organisationsnummer',
      risk: 'Risknivå',
      nextCheck: 'Nästa kontroll',
      decision: 'Senaste beslut',
      contracts: 'Avtal',
    },
    overdue: (count: number) =>
      `${plural(count, 'kontroll', 'kontroller')} försenad${count === 1 ? '' : 'e'}`,
    due: (count: number) => `${plural(count, 'kontroll', 'kontroller')} inom 30 dagar`,
    noneDue: 'Ingen inom 30 dagar',
    noDecision: 'Inget beslut',
  },
  riskLevels: { unassessed: 'Ej bedömd', low: 'Låg', medium: 'Förhöjd', high: 'Hög' },
  riskBadge: (level: string) => `Risk: ${level}`,
  register: {
    title: 'Registrera leverantör',
    organisationNumber: 'Organisationsnummer',
    organisationNumberHelp:
      'Tio siffror, som 556123-4567. För en enskild firma: innehavarens personnummer.',
    legalForm: (label: string) => `Organisationsform: ${label}`,
    soleTrader:
      'Enskild firma: numret är ett personnummer och är en personuppgift. Det visas bara för upphandlare.',
    problems: {
      format: 'Numret har fel form. Skriv tio siffror, som 556123-4567.',
      date: 'Numret innehåller inget giltigt datum för ett personnummer.',
      checksum: 'Kontrollsiffran stämmer inte. Kontrollera att numret är rätt skrivet.',
    },
    name: 'Namn',
    careOf: 'c/o',
    street: 'Gatuadress eller box',
    postalCode: 'Postnummer',
    city: 'Ort',
    phone: 'Telefon',
    addressHeading: 'Adress (valfritt)',
    submit: 'Registrera',
    required: 'Fyll i fältet.',
    openExisting: 'Öppna den registrerade leverantören',
  },
  errors: {
    SUPPLIER_INVALID: 'Organisationsnumret är inte giltigt.',
    SUPPLIER_EXISTS: 'Leverantören är redan registrerad.',
    CONTRACT_INVALID:
      'Avtalet godtogs inte. Kontrollera perioden, leverantören och underleverantörerna.',
    CHECK_INVALID:
      'Kontrollen godtogs inte. Datumet får inte ligga i framtiden och avtalet ska vara leverantörens.',
    EVIDENCE_INVALID: 'Filen godtogs inte. Ladda upp en PDF, PNG, JPEG eller TIFF som inte är tom.',
    PAYLOAD_TOO_LARGE: 'Filen är för stor. Den får vara högst 10 MB.',
    DECISION_INVALID: 'Beslutet godtogs inte. Kontrollera beslut och anteckning.',
    MATCH_ALREADY_REVIEWED:
      'Träffen är redan granskad av någon annan. Sidan visar nu granskningen.',
    REGISTRY_NOT_CONFIGURED:
      'Kopplingen till Bolagsverket är inte inställd. Be en administratör ställa in den, eller gör en manuell kontroll med ett uppladdat utdrag.',
    REGISTRY_RATE_LIMITED:
      'Bolagsverket tar emot för många frågor just nu och bad oss vänta. Inget har sparats.',
    REGISTRY_TIMEOUT: 'Bolagsverket svarade inte i tid, trots flera försök. Inget har sparats.',
    REGISTRY_UNAVAILABLE: 'Bolagsverkets tjänst är inte tillgänglig just nu. Inget har sparats.',
    REGISTRY_UNAUTHORISED:
      'Bolagsverket godtog inte Tryggves inloggningsuppgifter. Be en administratör kontrollera dem. Inget har sparats.',
    REGISTRY_BAD_RESPONSE:
      'Bolagsverket skickade ett svar som Tryggve inte kan läsa. Inget har sparats; försök igen senare.',
    SANCTIONS_NOT_CONFIGURED:
      'Inga sanktionslistor är inlästa. Be en administratör läsa in dem innan screening.',
    retryAfter: (seconds: number) =>
      seconds < 120
        ? `Försök igen om ${seconds === 1 ? '1 sekund' : `${seconds} sekunder`}.`
        : `Försök igen om ${Math.ceil(seconds / 60)} minuter.`,
    retryLater: 'Försök igen om en stund.',
  },
  supplier: {
    back: 'Alla leverantörer',
    facts: 'Uppgifter',
    organisationNumber: 'Organisationsnummer',
    vatNumber: 'Momsregistreringsnummer',
    legalForm: 'Organisationsform',
    address: 'Adress',
    phone: 'Telefon',
    none: 'Uppgift saknas',
    registryHeading: 'Enligt registret',
    registryNone: 'Ingen kontroll mot Bolagsverket är gjord än.',
    registryFrom: (day: string) => `Enligt kontrollen ${day}.`,
    registeredOn: 'Registrerad',
    status: 'Status',
    statuses: {
      active: 'Aktiv',
      bankruptcy: 'Konkurs',
      liquidation: 'Likvidation',
      reconstruction: 'Rekonstruktion',
      merger: 'Fusion',
      deregistered: 'Avregistrerad',
      unknown: 'Okänd',
    } as Record<string, string>,
    business: 'Verksamhet',
    registrations: 'Registreringar hos Skatteverket',
    fTax: 'F-skatt',
    vat: 'Moms',
    employer: 'Arbetsgivare',
    yes: 'Ja',
    no: 'Nej',
    officers: 'Styrelse och firmatecknare',
    officersNone: 'Registret angav inga funktionärer.',
    since: (day: string) => `sedan ${day}`,
    contractsHeading: 'Avtal',
    contractsNone: 'Leverantören har inga avtal än.',
    subcontractorOf: 'Underleverantör i',
    newContract: 'Nytt avtal',
    actionsHeading: 'Kontroller',
    runRegistry: 'Kontrollera hos Bolagsverket',
    registryRunning: 'Frågar Bolagsverket … Det kan ta upp till en halv minut.',
    registryDone: (count: number) =>
      `Kontrollen hos Bolagsverket är klar: ${plural(count, 'kontroll', 'kontroller')} sparade.`,
    manualCheck: 'Manuell kontroll',
    runSanctions: 'Screena mot sanktionslistor',
    sanctionsRunning: 'Screenar leverantören, styrelsen och ägarna …',
    sanctionsDone: (count: number) =>
      count === 0
        ? 'Screeningen är klar: inga träffar.'
        : `Screeningen är klar: ${plural(count, 'träff', 'träffar')}.`,
    recordDecision: 'Registrera beslut',
    forContract: 'Gäller avtal',
    noContract: 'Inget särskilt avtal',
  },
  checkKinds: {
    f_tax: 'F-skatt',
    vat: 'Momsregistrering',
    employer_registration: 'Arbetsgivarregistrering',
    enforcement_debts: 'Skulder hos Kronofogden',
    employer_contributions_3_months: 'Arbetsgivaravgifter senaste tre månaderna',
    company_registration: 'Registrering hos Bolagsverket',
    permits: 'Tillstånd',
    board_and_signatories: 'Styrelse och firmatecknare',
    beneficial_owners: 'Verkliga huvudmän',
    credit_rating: 'Kreditvärdighet',
    sanctions_screening: 'Sanktionsscreening',
  },
  checkResults: {
    ok: 'Utan anmärkning',
    remark: 'Anmärkning',
    failed: 'Underkänd',
    could_not_check: 'Kunde inte kontrolleras',
  },
  checkSources: {
    bolagsverket_api: 'Bolagsverkets API',
    bolagsverket_bulk_file: 'Bolagsverkets bulkfil',
    skatteverket: 'Skatteverket',
    kronofogden: 'Kronofogden',
    credit_agency: 'Kreditupplysningsföretag',
    supplier_provided: 'Lämnat av leverantören',
    sanctions_lists: 'Sanktionslistor',
    other: 'Annan källa',
  },
  checks: {
    heading: 'Kontrollhistorik',
    intro: 'Varje kontroll sparas för sig, den senaste först. Inget skrivs över.',
    none: 'Inga kontroller är gjorda än.',
    tableLabel: 'Kontrollhistorik',
    columns: {
      checkedOn: 'Datum',
      kind: 'Vad',
      source: 'Källa',
      result: 'Resultat',
      summary: 'Sammanfattning',
      evidence: 'Underlag',
      by: 'Utförd av',
    },
    download: (name: string) => `Ladda ned ${name}`,
    noEvidence: 'Inget underlag',
    byYou: 'Du',
    byOther: 'En annan upphandlare',
    bySystem: 'Tryggve',
  },
  manual: {
    title: 'Manuell kontroll med uppladdat utdrag',
    intro:
      'För källor som kräver avtal (Skatteverkets e-tjänst, kreditupplysning): ladda upp utdraget och skriv vad det visade.',
    kind: 'Vad kontrollerades',
    source: 'Källa',
    checkedOn: 'Kontrollerad den',
    result: 'Resultat',
    summary: 'Vad visade kontrollen',
    file: 'Utdrag (valfritt)',
    fileHelp: 'PDF, PNG, JPEG eller TIFF, högst 10 MB.',
    fileTooLarge: 'Filen är större än 10 MB.',
    uploading: (percent: number) => `Laddar upp … ${percent} %`,
    submit: 'Spara kontrollen',
    required: 'Fyll i fältet.',
  },
  sanctions: {
    heading: 'Sanktionsscreening',
    none: 'Ingen screening är gjord än.',
    latest: (day: string) => `Senaste screening ${day}.`,
    noMatches: 'Inga träffar i den senaste screeningen.',
    match: (subject: string, caption: string) => `${subject} liknar ${caption}`,
    score: (score: string) => `Poäng ${score} av 1`,
    datasets: (list: string) => `Listor: ${list}`,
    featuresHeading: 'Varför träffen gav poäng',
    features: {
      name_exact: 'Samma namn',
      name_fuzzy: 'Liknande namn',
      identifier_match: 'Samma identitetsbeteckning',
      address_match: 'Liknande adress',
      country_mismatch: 'Olika land (sänker poängen)',
      birth_date_mismatch: 'Olika födelseår (sänker poängen)',
      birth_day_mismatch: 'Olika födelsedag (sänker poängen)',
      schema_mismatch: 'Olika slags entitet (sänker poängen)',
    } as Record<string, string>,
    weight: (weight: string) => `(${weight})`,
    markFalsePositive: 'Markera som falsk träff',
    reviewTitle: 'Granska träffen',
    decision: 'Bedömning',
    decisions: { false_positive: 'Falsk träff', confirmed_match: 'Bekräftad träff' },
    comment: 'Motivering',
    commentHelp: 'Varför? Motiveringen sparas och visas med träffen.',
    save: 'Spara granskningen',
    reviewed: (decision: string, day: string, comment: string) => `${decision} ${day}: ${comment}`,
  },
  risk: {
    heading: 'Röda flaggor',
    intro:
      'Regler från Ekobrottsmyndighetens checklista "Vet du vem du gör affärer med?", över de insamlade uppgifterna.',
    level: (level: string) => `Samlad risknivå: ${level}`,
    none: 'Inga röda flaggor utifrån de kontroller som är gjorda.',
    basedOn: (registry: string, sanctions: string) =>
      `Bygger på registerkontrollen ${registry} och screeningen ${sanctions}.`,
    notYet: 'ännu inte gjord',
    rules: {
      newly_registered: 'Nyregistrerat företag',
      similar_name: 'Liknande namn som en annan leverantör',
      box_or_care_of_address: 'Boxadress eller c/o-adress',
      shared_address: 'Adress som delas med många företag',
      recent_board_change: 'Nyligen ändrad styrelse eller firmateckning',
      bankruptcy_or_liquidation: 'Konkurs eller likvidation',
      missing_registration: 'Registrering saknas',
      enforcement_debts: 'Skulder hos Kronofogden',
      sanctions_match: 'Möjlig träff på sanktionslista',
      failed_check: 'Underkänd kontroll',
    },
    reasons: {
      newly_registered: (p: Params) =>
        `Registrerades ${p.registeredOn}, för mindre än ${p.months} månader sedan.`,
      similar_name: (p: Params) => `Namnet liknar ${p.otherName} (${p.otherOrganisationNumber}).`,
      box_or_care_of_address: (p: Params) =>
        `${p.origin === 'registry' ? 'Registrets adress' : 'Den angivna adressen'} är ${p.kind === 'box' ? 'en postbox' : 'en c/o-adress'}.`,
      shared_address: (p: Params) => `${p.count} andra leverantörer har samma adress: ${p.names}.`,
      recent_board_change: (p: Params) =>
        `${p.count} ändringar av styrelse eller firmatecknare de senaste ${p.months} månaderna, senast ${p.latest}.`,
      bankruptcy_or_liquidation: (p: Params) =>
        `Registret anger status ${p.status}${p.since ? ` sedan ${p.since}` : ''}.`,
      missing_registration: (p: Params) => `Kontrollen ${p.checkedOn} fann ingen registrering.`,
      enforcement_debts: (p: Params) => `Kontrollen hos Kronofogden ${p.checkedOn}: ${p.summary}`,
      sanctions_match: (p: Params) =>
        `${p.subjectName} kan vara ${p.caption} (${p.datasets}), poäng ${p.score}.`,
      failed_check: (p: Params) => `Kontrollen ${p.checkedOn} var underkänd: ${p.summary}`,
    },
  },
  decisions: {
    heading: 'Beslut',
    none: 'Inga beslut är registrerade.',
    kinds: {
      approve: 'Godkänn',
      request_information: 'Begär mer information',
      exclude: 'Uteslut',
      terminate: 'Säg upp avtalet',
    },
    recorded: {
      approve: 'Godkänd',
      request_information: 'Mer information begärd',
      exclude: 'Utesluten',
      terminate: 'Avtalet uppsagt',
    },
    title: 'Registrera beslut',
    decision: 'Beslut',
    note: 'Anteckning',
    noteHelp: 'Vad beslutet grundar sig på. Beslutet sparas i granskningsloggen.',
    save: 'Spara beslutet',
    by: (who: string, when: string) => `${who}, ${when}`,
  },
  contract: {
    newTitle: 'Nytt avtal',
    title: 'Avtal',
    procurementReference: 'Upphandlingens diarienummer',
    contractTitle: 'Avtalets namn',
    startsOn: 'Gäller från',
    endsOn: 'Gäller till och med',
    period: 'Avtalsperiod',
    periodText: (from: string, until: string) => `${from} – ${until}`,
    value: 'Värde (kronor)',
    valueLabel: 'Värde',
    responsibleUnit: 'Ansvarig enhet',
    supplier: 'Leverantör',
    subcontractors: 'Underleverantörer',
    subcontractorsHelp:
      'Registrerade leverantörer som leverantören har uppgett som underleverantörer.',
    subcontractorsNone: 'Inga underleverantörer är uppgivna.',
    programmeHeading: 'Kontrollprogram',
    programmeIntro:
      'Vilka kontroller som görs vid tilldelning och sedan med jämna mellanrum under avtalstiden.',
    programmeNone: 'Avtalet har inget kontrollprogram.',
    include: (kind: string) => `Kontrollera ${kind}`,
    interval: 'Upprepa var',
    intervalHelp: 'Antal månader, eller tomt: bara vid tilldelning.',
    atAwardOnly: 'Bara vid tilldelning',
    everyMonths: (months: number) =>
      months === 1
        ? 'Vid tilldelning, sedan varje månad'
        : `Vid tilldelning, sedan var ${months}:e månad`,
    responsible: 'Ansvarig',
    responsibleYou: 'Du',
    responsibleOther: 'En annan upphandlare',
    responsibleNone: 'Ingen utsedd',
    create: 'Spara avtalet',
    required: 'Fyll i fältet.',
    dueHeading: 'Schemalagda kontroller',
    dueNone: 'Inga fler kontroller under avtalstiden.',
    tableLabel: 'Kontrollprogram och nästa kontroll',
    columns: {
      kind: 'Kontroll',
      when: 'När',
      responsible: 'Ansvarig',
      next: 'Nästa',
      last: 'Senast kontrollerad',
      status: 'Läge',
    },
    neverChecked: 'Aldrig',
    openSupplier: 'Öppna leverantören',
  },
  due: {
    heading: 'Leverantörskontroller att göra',
    intro: 'Försenade kontroller och de som ska göras inom 30 dagar.',
    none: 'Inga leverantörskontroller är försenade eller ska göras de närmaste 30 dagarna.',
    statuses: { overdue: 'Försenad', due: 'Snart', scheduled: 'Schemalagd' },
    overdue: (kind: string, supplier: string, day: string, days: string) =>
      `${kind} för ${supplier} skulle ha gjorts ${day}. Försenad med ${days}.`,
    due: (kind: string, supplier: string, day: string, days: string) =>
      `${kind} för ${supplier} ska göras ${day}, om ${days}.`,
    scheduled: (kind: string, supplier: string, day: string, days: string) =>
      `${kind} för ${supplier} är planerad till ${day}, om ${days}.`,
    dueToday: (kind: string, supplier: string) => `${kind} för ${supplier} ska göras i dag.`,
    open: 'Öppna avtalet',
  },
};

type Params = Record<string, string | number>;

export type SuppliersMessages = typeof suppliersSv;
