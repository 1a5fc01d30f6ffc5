const percent = (rate: number) => `${String(Math.round(rate * 1000) / 10).replace('.', ',')} %`;

/** Swedish texts of the early warning: alarms on the picture, map layers and the settings. */
export const earlyWarningSv = {
  alarms: {
    heading: 'Larm',
    intro: (tested: number, minimum: number, rate: number) =>
      `${tested} serier (område × kategori) testades den här veckan. Ett larm kräver minst ${minimum} händelser, och andelen falsklarm hålls under ${percent(rate)} (kontroll av falska upptäckter).`,
    onlyWeeks: 'Larm beräknas bara för veckor. Välj periodtypen Vecka för att se dem.',
    empty: 'Inga larm den här veckan.',
    listLabel: 'Veckans larm',
    howCounted: 'Så räknades larmet',
    method: 'Metod',
    methods: {
      C1: 'EARS C1 (jämför med de senaste veckorna)',
      C2: 'EARS C2 (jämför med veckorna före de senaste)',
      C3: 'EARS C3 (summerar avvikelserna de tre senaste veckorna)',
      farrington: 'Farrington (säsongsmodell med tidigare år)',
    },
    observed: 'Händelser',
    expected: 'Väntat antal',
    threshold: 'Larmgräns',
    undecided: 'Inte hanterat än',
    decided: {
      acknowledged: (when: string) => `Kvitterat ${when}`,
      dismissed: (when: string) => `Avfärdat ${when}`,
    },
    comment: 'Kommentar',
    acknowledge: 'Kvittera',
    dismiss: 'Avfärda',
    actionsFor: (sentence: string) => `Åtgärder för larmet: ${sentence}`,
    dialog: {
      acknowledged: 'Kvittera larmet',
      dismissed: 'Avfärda larmet',
    },
    dialogIntro: {
      acknowledged:
        'Kvittera när larmet är sett och hanteras. Skriv vad som görs, till exempel att det tas upp på veckomötet.',
      dismissed:
        'Avfärda när larmet inte speglar en verklig ökning, till exempel dubbletter eller en omorganisation av rapporteringen.',
    },
    commentLabel: 'Kommentar',
    commentHelp: 'Kommentaren sparas med larmet och i granskningsloggen.',
    commentRequired: 'Skriv en kommentar.',
    submit: {
      acknowledged: 'Kvittera',
      dismissed: 'Avfärda',
    },
    done: {
      acknowledged: 'Larmet är kvitterat.',
      dismissed: 'Larmet är avfärdat.',
    },
    gone: 'Larmet finns inte längre, till exempel för att händelser har granskats om eller inställningarna har ändrats. Ladda om sidan för att se veckans larm.',
    mapNote: 'Områden med larm har röd kantlinje på kartan.',
    mapLegend: 'Område med larm',
  },
  signalCounts: {
    heading: 'Signaler om organiserad brottslighet denna period',
    total: (count: number) =>
      count === 1 ? '1 signal registrerad.' : `${count} signaler registrerade.`,
    empty: 'Inga signaler registrerade under perioden.',
    byCategory: 'Per kategori',
    byDistrict: 'Per område',
    byStatus: 'Per status',
    registerLink: 'Öppna signalregistret',
  },
  layers: {
    legend: 'Visa på kartan',
    hotSpots: 'Täta platser',
    heat: 'Värmekarta',
    loading: 'Hämtar kartlagret…',
    hotSpotsAbout: (rate: number) =>
      `Rutor med ovanligt många händelser tätt samlade, fler än slumpen förklarar, och rutor med ovanligt få. Högst ${percent(rate)} av markeringarna väntas vara slumpens verk.`,
    hotSpotsMethod: 'Så räknades de täta platserna',
    hotSpotsMethodText: (rate: number) =>
      `Metod: Getis-Ord Gi* på ett H3-rutnät, med andelen falska upptäckter (q) högst ${percent(rate)}.`,
    hotSpotsCount: (hot: number, cold: number) =>
      `${hot} ${hot === 1 ? 'ruta' : 'rutor'} med ovanligt många och ${cold} med ovanligt få händelser den här perioden.`,
    hotSpotsOutside: (count: number) =>
      count === 1
        ? '1 händelse med punkt ligger utanför rutnätet.'
        : `${count} händelser med punkt ligger utanför rutnätet.`,
    hot: 'Ovanligt många händelser tätt samlade här',
    cold: 'Ovanligt få händelser här',
    heatAbout: (bandwidth: number) =>
      `Värmekartan visar hur tätt händelser med punkt ligger (händelser per km², utjämnat över ${bandwidth} meter).`,
    heatLow: 'Glest',
    heatHigh: (maximum: string) => `Tätast (${maximum} per km²)`,
    heatEmpty: 'Inga händelser med punkt den här perioden.',
  },
  settings: {
    title: 'Tidig varning',
    intro:
      'Så hittar Tryggve larm, täta platser och värmekartor. Ändringar gäller direkt och sparas i granskningsloggen.',
    alarmsHeading: 'Larm',
    method: 'Metod för serier utan tre års historik',
    methodHelp:
      'C1 jämför med de senaste veckorna, C2 hoppar över de två närmaste och C3 reagerar också på ökningar flera veckor i rad.',
    methods: { C1: 'EARS C1', C2: 'EARS C2', C3: 'EARS C3' },
    minimumCount: 'Minsta antal händelser för ett larm',
    minimumCountHelp: 'En vecka med färre händelser än så ger aldrig larm, hur ovanligt det än är.',
    falseDiscoveryRate: 'Högsta andel falsklarm (%)',
    falseDiscoveryRateHelp:
      'Hur stor del av larmen som får vara slumpens verk när många serier testas samtidigt.',
    seasonal: 'Använd säsongsmodell när det finns tre års historik',
    seasonalHelp:
      'Farringtons metod jämför med samma tid tidigare år, så att till exempel sommarens ökning inte larmar varje år.',
    seasonalThreshold: 'Säsongsmodellens tröskel',
    seasonalThresholdHelp:
      'Förvalet är Noufailys tröskel (negativ binomial), som ger färre falsklarm i glesa serier. Farringtons ursprungliga tröskel är R:s förval och ger något fler larm.',
    seasonalThresholds: {
      nbPlugin: 'Noufaily (negativ binomial, förval)',
      delta: 'Farrington (deltametoden, R:s förval)',
      muan: 'Noufaily med modellens osäkerhet',
    },
    seasonalPowerTransform: 'Potenstransform för Farringtons tröskel',
    seasonalPowerTransformHelp:
      'Gäller bara Farringtons tröskel. 2/3 är R:s förval och gör fördelningen mer symmetrisk.',
    seasonalPowerTransforms: { '2/3': '2/3 (förval)', '1/2': '1/2 (kvadratrot)', none: 'Ingen' },
    categoriesHeading: 'Kategorier',
    categoriesHelp:
      'Stäng av kategorier som inte ska ge larm, eller ge en kategori ett eget minsta antal.',
    categoryEnabled: (label: string) => `Larm för ${label}`,
    categoryMinimum: (label: string) => `Minsta antal för ${label}`,
    categoryMinimumPlaceholder: 'Som ovan',
    mapHeading: 'Täta platser och värmekarta',
    hotSpotResolution: 'Rutnätets finhet (H3-upplösning 6–10)',
    hotSpotResolutionHelp:
      'Högre tal ger mindre celler: 8 är ungefär ett kvarter (0,7 km²), 6 en stadsdel (36 km²).',
    hotSpotFalseDiscoveryRate: 'Högsta andel falskt markerade täta platser (%)',
    hotSpotFalseDiscoveryRateHelp:
      'Hur stor del av de markerade cellerna som får vara slumpens verk.',
    heatBandwidth: 'Värmekartans utjämning (meter)',
    heatBandwidthHelp:
      'Hur långt varje händelse sprids ut på värmekartan; större tal ger en jämnare karta.',
    save: 'Spara inställningarna',
    saved: 'Inställningarna är sparade.',
    invalid: 'Kontrollera de markerade fälten.',
    rangeInteger: (from: number, to: number) => `Ange ett heltal från ${from} till ${to}.`,
    rangePercent: 'Ange en andel över 0 och högst 50 %.',
  },
};

export type EarlyWarningMessages = typeof earlyWarningSv;
