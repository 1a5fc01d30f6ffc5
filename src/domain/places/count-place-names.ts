import { gazetteerCountsByKommun } from '../../integrations/places-sweden/read-gazetteer.js';

/**
 * How many place names a municipality has to place police events by: the rows of the shipped
 * gazetteer with its kommunkod.
 *
 * TODO(#13): a stand-in until the per-municipality place names of issue 13 (point 2) land;
 * the overview calls it by this name and signature, so that module can take its place.
 */
export async function countPlaceNames(municipalityCode: string): Promise<number> {
  return (await gazetteerCountsByKommun()).get(municipalityCode) ?? 0;
}
