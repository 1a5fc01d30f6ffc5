import { useI18n } from '../i18n-context';
import { interventionsEn } from './en';
import { interventionsSv, type InterventionsMessages } from './sv';

/** The individual interventions catalog in the chosen language. */
export function useInterventionsT(): InterventionsMessages {
  return useI18n().locale === 'en' ? interventionsEn : interventionsSv;
}
