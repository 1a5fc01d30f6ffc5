import { useI18n } from '../i18n-context';
import { policeTypesEn } from './en';
import { policeTypesSv, type PoliceTypesMessages } from './sv';

/** The police types catalog in the chosen language. */
export function usePoliceTypesT(): PoliceTypesMessages {
  return useI18n().locale === 'en' ? policeTypesEn : policeTypesSv;
}
