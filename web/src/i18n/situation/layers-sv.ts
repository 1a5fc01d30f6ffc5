/** Swedish texts of the district layers page: add, replace and remove layers of areas. */
export const layersSv = {
  title: 'Områden',
  intro:
    'Kommunens indelningar i områden, till exempel DeSO, RegSO eller egna kommundelar. Händelser kopplas till varje område de ligger i.',
  listHeading: 'Indelningar',
  empty: 'Det finns inga indelningar än.',
  name: 'Namn',
  districts: 'Områden',
  actions: 'Åtgärder',
  districtCount: (count: number) => (count === 1 ? '1 område' : `${count} områden`),
  addHeading: 'Lägg till en indelning',
  replaceHeading: (name: string) => `Ersätt ${name}`,
  replaceIntro:
    'Den nya filen ersätter indelningens områden. Händelser kopplas om till de nya områdena.',
  replace: 'Ersätt',
  replaceLabel: (name: string) => `Ersätt ${name}`,
  remove: 'Ta bort',
  removeLabel: (name: string) => `Ta bort ${name}`,
  removeQuestion: (name: string) =>
    `Vill du ta bort indelningen ${name}? Händelserna finns kvar, men de kopplas bort från indelningens områden, och lägesbilden visar inte längre siffror per område för den.`,
  removed: (name: string) => `Indelningen ${name} är borttagen.`,
  file: 'Fil (GeoJSON)',
  fileHelp: 'En FeatureCollection med polygoner i WGS84 eller SWEREF 99 TM.',
  fileRequired: 'Välj en GeoJSON-fil.',
  notJson: 'Filen är inte giltig JSON.',
  layerName: 'Indelningens namn',
  layerNameHelp: 'Till exempel Kommundelar eller DeSO 2025.',
  layerNameRequired: 'Skriv ett namn med minst två tecken.',
  source: 'Källa (frivilligt)',
  sourceHelp: 'Var filen kommer ifrån, till exempel SCB.',
  nameProperty: 'Egenskapen med områdets namn',
  codeProperty: 'Egenskapen med områdets kod (frivilligt)',
  propertyHelp: 'Egenskaperna i filens första område.',
  propertyNone: '– Ingen –',
  propertyRequired: 'Välj egenskapen med namnet.',
  skipBadFeatures: 'Hoppa över områden som inte går att använda',
  submitAdd: 'Lägg till indelningen',
  submitReplace: 'Ersätt indelningen',
  saved: (name: string, districts: number, incidents: number) =>
    `${name} har ${districts} områden. ${incidents} händelser ligger i dem.`,
  crs: {
    wgs84: 'Koordinaterna lästes som WGS84.',
    sweref99tm: 'Koordinaterna lästes som SWEREF 99 TM.',
  },
  rejectedHeading: 'Områden som inte gick att använda',
  errors: {
    DISTRICT_LAYER_INVALID: 'Filen går inte att använda som indelning.',
    DISTRICT_LAYER_TOO_LARGE:
      'Indelningen är för stor: högst 10 000 områden, 100 000 punkter per område och 1 000 000 punkter i hela filen.',
    DISTRICT_LAYER_NAME_TAKEN: 'Det finns redan en indelning med det namnet.',
  },
  saving: 'Tryggve läser in områdena och kopplar händelserna…',
  uploading: (percent: number) => `Skickar filen: ${percent} %`,
  featureNumber: (index: number) => `Område ${index + 1}`,
};

export type LayersMessages = typeof layersSv;
