import { modellingSv } from './modelling-sv';

/**
 * Swedish texts of action plans and their follow-up (handlingsplaner, uppföljning, Mina
 * uppgifter, the start page's attention list). A catalog of its own, loaded only with those
 * pages; en.ts must have exactly the same shape.
 */

/** "3 515 dagar", with years for the long ones so a decade late reads as one. */
const daysText = (days: number, formatted: string) =>
  days >= 730
    ? `${formatted} dagar (över ${Math.floor(days / 365)} år)`
    : days === 1
      ? '1 dag'
      : `${formatted} dagar`;

export const plansSv = {
  days: daysText,
  attention: {
    heading: 'Behöver uppmärksamhet',
    intro: 'Försenade och kommande uppföljningar, och planer som har löpt ut eller snart gör det.',
    none: 'Ingen uppföljning är försenad och ingen plan löper ut de närmaste veckorna.',
    badges: {
      follow_up_overdue: 'Försenad',
      plan_expired: 'Har löpt ut',
      follow_up_due: 'Snart',
      plan_expiring: 'Löper snart ut',
    },
    follow_up_overdue: (round: string, plan: string, day: string, days: string) =>
      `${round} av ${plan} skulle ha rapporterats ${day}. Försenad med ${days}.`,
    plan_expired: (plan: string, day: string, days: string) =>
      `${plan} gällde till och med ${day} och har varit utgången i ${days}.`,
    follow_up_due: (round: string, plan: string, day: string, days: string) =>
      `${round} av ${plan} ska rapporteras ${day}, om ${days}.`,
    plan_expiring: (plan: string, day: string, days: string) =>
      `${plan} gäller till och med ${day}: ${days} kvar.`,
    unnamedRound: 'Uppföljningen',
    progress: (reported: number, total: number) => `${reported} av ${total} åtgärder rapporterade.`,
    openRound: 'Öppna uppföljningen',
    openPlan: 'Öppna planen',
    myTasks: (count: number) =>
      count === 1
        ? 'Du har 1 uppgift att rapportera.'
        : `Du har ${count} uppgifter att rapportera.`,
    myTasksLink: 'Mina uppgifter',
  },
  kinds: {
    strategic_plan: 'Strategisk handlingsplan',
    action_plan: 'Åtgärdsplan',
    programme: 'Program',
  },
  statuses: {
    draft: 'Utkast',
    adopted: 'Antagen',
    active: 'Gäller',
    expiring: 'Löper snart ut',
    expired: 'Har löpt ut',
    replaced: 'Ersatt',
  },
  decisionBodies: {
    municipal_council: 'Kommunfullmäktige',
    executive_board: 'Kommunstyrelsen',
    committee: 'Nämnd',
  },
  colours: {
    green: 'Grön – enligt plan',
    yellow: 'Gul – delvis',
    red: 'Röd – inte genomförd',
    none: 'Ingen uppföljning',
  },
  deliveryStates: {
    done: 'Genomförd',
    partly: 'Delvis genomförd',
    not_done: 'Inte genomförd',
  },
  sources: {
    manual: 'Inmatat för hand',
    csv: 'Importerat från fil',
    picture: 'Beräknat ur lägesbilden',
  },
  list: {
    createFromPicture: 'Ny plan från veckans lägesbild',
    title: 'Handlingsplaner',
    intro:
      'Kommunens handlingsplaner och åtgärdsplaner med mål, åtgärder och uppföljning. Status räknas fram ur beslutet, giltighetstiden och dagens datum.',
    tableLabel: 'Handlingsplaner',
    columns: {
      title: 'Titel',
      kind: 'Typ',
      status: 'Status',
      decidedBy: 'Beslutad av',
      decidedOn: 'Beslutsdatum',
      caseNumber: 'Diarienummer',
      validUntil: 'Giltig till',
    },
    none: 'Det finns inga handlingsplaner än.',
    notDecided: 'Inte beslutad',
    noEnd: 'Tills vidare',
    create: 'Ny handlingsplan',
    myTasks: 'Mina uppgifter',
  },
  form: {
    createFromPictureTitle: 'Ny plan från veckans lägesbild (utkast)',
    createFromPictureIntro:
      'Veckans lägesbild sparas på planen, och dess största ökningar och larm föreslås som problem som du tar med eller stryker.',
    createTitle: 'Ny handlingsplan (utkast)',
    editTitle: 'Redigera utkastet',
    title: 'Titel',
    kind: 'Typ',
    owner: 'Ägare',
    ownerHelp:
      'Förvaltning eller funktion, till exempel "Kommunstyrelsens förvaltning, säkerhetschef".',
    summary: 'Sammanfattning',
    validFrom: 'Giltig från',
    validUntil: 'Giltig till och med',
    interval: 'Uppföljningsintervall (månader)',
    intervalHelp:
      'Utredningen bakom lagen (2023:196) föreslog uppföljning vartannat år: 24 månader.',
    save: 'Spara utkastet',
    create: 'Skapa utkastet',
    required: 'Fyll i det här fältet.',
  },
  adopt: {
    button: 'Anta planen',
    title: 'Anta planen',
    intro: 'Registrera beslutet. En antagen plan kan inte ändras; den revideras i stället.',
    body: 'Beslutande organ',
    bodyName: 'Organets namn',
    bodyNameHelp: 'Till exempel "Kommunfullmäktige" eller "Socialnämnden".',
    decidedOn: 'Beslutsdatum',
    caseNumber: 'Diarienummer',
    caseNumberHelp: 'I kommunens form, till exempel KS-2017/581.173.',
    validFrom: 'Giltig från',
    validUntil: 'Giltig till och med',
    submit: 'Registrera beslutet',
    adopted: 'Planen är antagen.',
  },
  revise: {
    button: 'Revidera',
    question:
      'En revidering är ett nytt utkast med samma innehåll. Den gällande versionen gäller tills revideringen antas. Skapa revideringen?',
  },
  problems: {
    PLAN_INVALID: 'Planen behöver rättas; inget sparades.',
    PLAN_LOCKED: 'Planen är antagen och kan inte ändras. Revidera den i stället.',
    PLAN_NOT_REVISABLE:
      'Den här versionen kan inte revideras (den är ett utkast eller redan ersatt).',
    FOLLOW_UP_INVALID: 'Uppföljningen behöver rättas; inget sparades.',
    FOLLOW_UP_ROUND_EXISTS: 'Planen har redan en uppföljningsomgång den dagen.',
    FOLLOW_UP_REPORT_FINAL: 'Rapporten är slutlig; uppgifterna kan inte längre ändras.',
    fields: {
      title: 'Titel',
      owner: 'Ägare',
      caseNumber: 'Diarienummer',
      decidedOn: 'Beslutsdatum',
      decisionBodyName: 'Organets namn',
      validFrom: 'Giltig från',
      validUntil: 'Giltig till och med',
      followUpIntervalMonths: 'Uppföljningsintervall',
      label: 'Omgångens namn',
      dueOn: 'Ska rapporteras senast',
    } as Record<string, string>,
    reasons: {
      required: 'måste fyllas i',
      case_number_pattern:
        'har inte kommunens form för diarienummer (till exempel KS-2017/581.173)',
      ends_before_start: 'kan inte vara före startdagen',
      invalid_date: 'är inget giltigt datum',
    } as Record<string, string>,
    otherReason: 'behöver rättas',
  },
  plan: {
    back: 'Alla handlingsplaner',
    notFound: 'Planen finns inte, eller så har du inte behörighet till den.',
    factsHeading: 'Om planen',
    facts: {
      kind: 'Typ',
      status: 'Status',
      owner: 'Ägare',
      decidedBy: 'Beslutad av',
      decidedOn: 'Beslutsdatum',
      caseNumber: 'Diarienummer',
      validFrom: 'Giltig från',
      validUntil: 'Giltig till och med',
      interval: 'Uppföljning',
      version: 'Version',
    },
    interval: (months: number) =>
      months % 12 === 0
        ? months === 12
          ? 'Varje år'
          : `Vart ${months / 12}:e år (${months} månader)`
        : `Var ${months}:e månad`,
    notSet: 'Inte angivet',
    edit: 'Redigera utkastet',
    revisedBy: 'En nyare version ersätter den här.',
    openNewer: 'Öppna den nya versionen',
    draftOf: (version: number) => `Utkast till version ${version}.`,
    problemsHeading: 'Prioriterade problem',
    problemsNone: 'Inga problem är registrerade.',
    prioritised: 'Prioriterat',
    goalsHeading: 'Mål och indikatorer',
    goalsNone: 'Planen har inga mål än.',
    indicatorsNone: 'Målet har inga indikatorer.',
    indicator: {
      baseline: (value: string, day: string) => `Utgångsvärde: ${value} (${day})`,
      target: (value: string, day: string) => `Målvärde: ${value} (${day})`,
      noBaseline: 'Inget utgångsvärde',
      directionUp: 'Högre är bättre',
      directionDown: 'Lägre är bättre',
      computed: 'Beräknas ur lägesbilden',
      valuesLabel: (name: string) => `Värden över tid: ${name}`,
      columns: { day: 'Datum', value: 'Värde', source: 'Källa', note: 'Kommentar' },
      noValues: 'Inga uppmätta värden än.',
      chartLabel: (name: string) => `Diagram: ${name}. Samma värden finns i tabellen.`,
    },
    measuresHeading: 'Åtgärder',
    measuresIntro:
      'Åtgärderna i BRÅ:s struktur: orsak, åtgärd, operativa mål, när, vem och uppföljning.',
    measuresLabel: 'Åtgärder i BRÅ:s struktur',
    measuresNone: 'Planen har inga åtgärder än.',
    measureColumns: {
      cause: 'Orsak/problem',
      measure: 'Åtgärd',
      operativeGoal: 'Operativa mål',
      when: 'När',
      who: 'Vem',
      partners: 'Samverkanspartner',
      resources: 'Resurser',
      status: 'Uppföljning',
    },
    hours: (hours: string) => `${hours} timmar`,
    cost: (amount: string) => `${amount} kr`,
    whenFromTo: (from: string, to: string) => `${from} – ${to}`,
    ongoing: 'Löpande',
    snapshotHeading: 'Lägesbilden planen vilar på',
    snapshot: (period: string, saved: string) => `Lägesbilden för ${period}, sparad ${saved}.`,
    snapshotNone:
      'Ingen lägesbild är sparad på planen. Enligt lagen (2023:196) ska åtgärderna grundas i en aktuell lägesbild.',
    snapshotOpen: 'Öppna lägesbilden',
    versionsHeading: 'Versioner',
    gapsHeading: 'Luckor i kartläggningen',
    gapsIntro:
      'Prioriterade problem som varken en insats eller en åtgärd möter, mål utan arbete och insatser som ingen har utvärderat.',
    gaps: {
      unaddressed: 'Prioriterade problem utan insats eller åtgärd',
      goalsWithoutWork: 'Mål utan åtgärd eller insats',
      unevaluated: 'Pågående insatser som inte är utvärderade',
      none: 'Inga',
    },
  },
  rounds: {
    heading: 'Uppföljning',
    intro: (interval: string) =>
      `Uppföljningsomgångar. Intervall: ${interval.toLocaleLowerCase('sv-SE')}.`,
    none: 'Planen har inga uppföljningsomgångar än.',
    fromInterval: 'Skapa omgångar enligt intervallet',
    fromIntervalDone: (count: number) =>
      count === 0
        ? 'Alla omgångar som intervallet ger finns redan.'
        : count === 1
          ? '1 omgång skapades.'
          : `${count} omgångar skapades.`,
    addHeading: 'Lägg till en omgång',
    label: 'Omgångens namn',
    dueOn: 'Ska rapporteras senast',
    add: 'Lägg till omgången',
    due: (day: string) => `Ska rapporteras senast ${day}`,
    overdue: (days: string) => `Försenad med ${days}`,
    reported: 'Rapport slutlig',
    final: 'Slutuppföljning',
    progress: (reported: number, total: number) => `${reported} av ${total} åtgärder rapporterade`,
    colours: (green: number, yellow: number, red: number) =>
      `${green} ${green === 1 ? 'grön' : 'gröna'}, ${yellow} ${yellow === 1 ? 'gul' : 'gula'}, ${red} ${red === 1 ? 'röd' : 'röda'}`,
    open: (label: string) => `Öppna ${label}`,
  },
  round: {
    back: (plan: string) => `Tillbaka till ${plan}`,
    backPlain: 'Tillbaka till planen',
    notFound: 'Omgången finns inte, eller så har du inte behörighet till den.',
    tasksHeading: 'Uppgifter',
    tasksLabel: 'Uppgifter i omgången',
    columns: {
      measure: 'Åtgärd',
      responsible: 'Ansvarig',
      assignee: 'Rapporterar',
      status: 'Status',
      delivery: 'Leverans',
      reportedAt: 'Rapporterad',
    },
    notReported: 'Inte rapporterad',
    nobody: 'Ingen',
    assignedUser: 'En användare',
    assignLabel: (measure: string) => `Vem rapporterar "${measure}"`,
    assignSaved: 'Ändringen är sparad.',
    reportsHeading: 'Tjänsteutlåtande',
    reportsIntro:
      'Uppföljningsrapporten skrivs som ett tjänsteutlåtande med åtgärdernas status, och laddas ner som DOCX eller PDF.',
    createReport: 'Skriv rapporten',
    openReport: (day: string) => `Öppna rapporten (påbörjad ${day})`,
    finalReport: (day: string) => `Slutlig rapport (${day})`,
  },
  myTasks: {
    title: 'Mina uppgifter',
    intro:
      'Åtgärder du ansvarar för att följa upp. Rapportera leverans (vad gjordes och hur mycket), process och effekt, och välj en status.',
    none: 'Du har inga uppföljningsuppgifter.',
    notificationsHeading: 'Påminnelser',
    markRead: 'Markera som läst',
    openHeading: 'Att rapportera',
    doneHeading: 'Rapporterade',
    due: (day: string) => `Ska rapporteras senast ${day}`,
    overdue: 'Försenad',
    reportedAt: (day: string) => `Rapporterad ${day}`,
    colour: 'Status',
    deliveryState: 'Genomfördes åtgärden?',
    delivery: 'Leverans',
    deliveryHelp: 'Vad gjordes, hur ofta, hur mycket.',
    process: 'Process',
    processHelp: 'Hur arbetet gick: samverkan, hinder, förändringar.',
    effect: 'Effekt',
    effectHelp: 'Vad det ledde till, gärna mätt mot utgångsvärdet.',
    hours: 'Nedlagd tid (timmar)',
    cost: 'Kostnad (kr)',
    save: 'Spara rapporten',
    saved: 'Rapporten är sparad.',
    chooseColour: 'Välj en status.',
    chooseDelivery: 'Välj om åtgärden genomfördes.',
  },
  report: {
    title: 'Uppföljningsrapport',
    back: 'Tillbaka till omgången',
    notFound: 'Rapporten finns inte, eller så har du inte behörighet till den.',
    draft: 'Utkast',
    final: (day: string) => `Slutlig sedan ${day}. Rapporten kan inte längre ändras.`,
    headingSection: 'Sidhuvud',
    fields: {
      title: 'Ärende (rubrik)',
      date: 'Datum',
      caseNumber: 'Diarienummer',
      handlerName: 'Handläggare',
      handlerEmail: 'Handläggarens e-postadress',
      addressee: 'Till (nämnd eller beredning)',
      administrationName: 'Förvaltning',
    },
    sections: {
      proposal: 'Förslag till beslut',
      summary: 'Sammanfattning',
      description: 'Beskrivning av ärendet',
      administrationView: 'Förvaltningens synpunkter',
      consequences: 'Ekonomiska och juridiska konsekvenser',
    },
    attachments: 'Bilagor',
    distribution: 'Beslutet delges',
    signatures: 'Underskrifter',
    linesHelp: 'En per rad.',
    signaturesHelp: 'En per rad: namn, titel.',
    save: 'Spara utkastet',
    saved: (time: string) => `Utkastet sparades ${time}.`,
    unsaved: 'Det finns ändringar som inte är sparade.',
    documentsHeading: 'Dokument',
    documentsIntro:
      'Ett utkast skapas på nytt vid varje nedladdning, av dagens uppgifter och de sparade texterna. En slutlig rapport laddas ner som den arkiverades.',
    download: (format: string) => `Ladda ner ${format}`,
    regenerate: 'Hämta dagens uppgifter på nytt',
    downloading: (format: string, size: string) => `Hämtar ${format}: ${size} hittills…`,
    downloadingPercent: (format: string, percent: number) => `Hämtar ${format}: ${percent} %…`,
    downloaded: (fileName: string) => `${fileName} är nedladdad.`,
    kilobytes: (size: string) => `${size} kB`,
    saveFirst: 'Spara utkastet innan du laddar ner, så att dokumenten får dina texter.',
    finalize: 'Markera som slutlig',
    finalizeQuestion:
      'En slutlig rapport och omgångens rapporterade uppgifter fryses och kan inte ändras. Markera rapporten som slutlig?',
  },
  efforts: {
    heading: 'Kartläggning av insatser',
    intro:
      'Insatser lokalt, regionalt och nationellt som planernas mål vilar på, och om de är utvärderade.',
    tableLabel: 'Insatser',
    columns: { name: 'Insats', level: 'Nivå', owner: 'Ansvarig', evaluation: 'Utvärdering' },
    none: 'Inga insatser är registrerade.',
    levels: { local: 'Lokal', regional: 'Regional', national: 'Nationell' },
    evaluations: {
      none: 'Inte utvärderad',
      planned: 'Utvärdering planerad',
      internal: 'Intern utvärdering',
      external: 'Extern utvärdering',
      research: 'Forskning',
    },
  },
  modelling: modellingSv,
};

export type PlansMessages = typeof plansSv;
