import type { Repositories } from '../deps.js';
import { notFound } from '../errors.js';
import { textPlacerFor, type TextPlacer } from './place-by-text.js';
import type { PlaceNameReference } from './shipped-place-names.js';

/**
 * The text placer of a municipality as it stands: its place names and its districts on every
 * layer. The caller has decided access already.
 */
export async function loadTextPlacer(
  repositories: Pick<Repositories, 'municipalities'>,
  placeNames: PlaceNameReference,
  municipalityId: string,
): Promise<TextPlacer> {
  const { municipalities } = repositories;
  const municipality = await municipalities.findById(municipalityId);
  if (!municipality) throw notFound('municipality');
  return textPlacerFor({
    placeNames,
    municipalityCode: municipality.code,
    boundary: await municipalities.findBoundary(municipalityId),
    districts: await municipalities.listDistricts(municipalityId),
  });
}
