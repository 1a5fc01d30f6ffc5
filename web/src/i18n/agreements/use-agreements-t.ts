import { useI18n } from '../i18n-context';
import { agreementsEn } from './en';
import { agreementsSv, type AgreementsMessages } from './sv';

/** The agreements area's catalog in the chosen language: `const a = useAgreementsT();`. */
export function useAgreementsT(): AgreementsMessages {
  return useI18n().locale === 'en' ? agreementsEn : agreementsSv;
}
