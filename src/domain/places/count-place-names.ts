import { municipalityPlaceNames } from './municipality-place-names.js';

/** How many place names a municipality's incident texts are searched for (the onboarding page shows it). */
export function countPlaceNames(municipalityCode: string): number {
  return municipalityPlaceNames(municipalityCode).length;
}
