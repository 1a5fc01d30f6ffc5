import type { LayersMessages } from './layers-sv';

/** English texts of the district layers page. Typed from the Swedish catalog. */
export const layersEn: LayersMessages = {
  title: 'Areas',
  intro:
    "The municipality's divisions into areas, such as DeSO, RegSO or its own districts. Incidents are linked to every area they lie in.",
  listHeading: 'Divisions',
  empty: 'There are no divisions yet.',
  name: 'Name',
  districts: 'Areas',
  actions: 'Actions',
  districtCount: (count: number) => (count === 1 ? '1 area' : `${count} areas`),
  addHeading: 'Add a division',
  replaceHeading: (name: string) => `Replace ${name}`,
  replaceIntro:
    "The new file replaces the division's areas. Incidents are linked to the new areas instead.",
  replace: 'Replace',
  replaceLabel: (name: string) => `Replace ${name}`,
  remove: 'Remove',
  removeLabel: (name: string) => `Remove ${name}`,
  removeQuestion: (name: string) =>
    `Do you want to remove the division ${name}? The incidents remain, but they are unlinked from the division's areas, and the situation picture no longer shows counts per area for it.`,
  removed: (name: string) => `The division ${name} is removed.`,
  file: 'File (GeoJSON)',
  fileHelp: 'A FeatureCollection of polygons in WGS84 or SWEREF 99 TM.',
  fileRequired: 'Choose a GeoJSON file.',
  notJson: 'The file is not valid JSON.',
  layerName: "The division's name",
  layerNameHelp: 'For example Districts or DeSO 2025.',
  layerNameRequired: 'Write a name of at least two characters.',
  source: 'Source (optional)',
  sourceHelp: 'Where the file comes from, such as SCB.',
  nameProperty: "The property with the area's name",
  codeProperty: "The property with the area's code (optional)",
  propertyHelp: "The properties of the file's first area.",
  propertyNone: '– None –',
  propertyRequired: 'Choose the property with the name.',
  skipBadFeatures: 'Skip areas that cannot be used',
  submitAdd: 'Add the division',
  submitReplace: 'Replace the division',
  saved: (name: string, districts: number, incidents: number) =>
    `${name} has ${districts} areas. ${incidents} incidents lie in them.`,
  crs: {
    wgs84: 'The coordinates were read as WGS84.',
    sweref99tm: 'The coordinates were read as SWEREF 99 TM.',
  },
  rejectedHeading: 'Areas that could not be used',
  errors: {
    DISTRICT_LAYER_INVALID: 'The file cannot be used as a division.',
    DISTRICT_LAYER_TOO_LARGE:
      'The division is too large: at most 10,000 areas, 100,000 points an area and 1,000,000 points in the whole file.',
    DISTRICT_LAYER_NAME_TAKEN: 'There is a division with that name already.',
  },
  saving: 'Tryggve is reading the areas and linking the incidents…',
  uploading: (percent: number) => `Sending the file: ${percent} %`,
  featureNumber: (index: number) => `Area ${index + 1}`,
};
