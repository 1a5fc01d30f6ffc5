import { useI18n } from '../i18n-context';
import { placesEn } from './en';
import { placesSv, type PlacesMessages } from './sv';

/** The places area's catalog in the chosen language: `const p = usePlacesT();`. */
export function usePlacesT(): PlacesMessages {
  return useI18n().locale === 'en' ? placesEn : placesSv;
}
