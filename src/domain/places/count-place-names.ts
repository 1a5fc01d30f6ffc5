import { municipalityPlaceNames } from './municipality-place-names.js';
import type { PlaceNameReference } from './shipped-place-names.js';

/** How many place names a municipality's incident texts are searched for (the onboarding page shows it). */
export function countPlaceNames(reference: PlaceNameReference, municipalityCode: string): number {
  return municipalityPlaceNames(reference, municipalityCode).length;
}
