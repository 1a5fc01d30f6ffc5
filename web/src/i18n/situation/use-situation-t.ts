import { useI18n } from '../i18n-context';
import { situationEn } from './en';
import { situationSv, type SituationMessages } from './sv';

/** The situation area's catalog in the chosen language: `const s = useSituationT(); s.report.title`. */
export function useSituationT(): SituationMessages {
  return useI18n().locale === 'en' ? situationEn : situationSv;
}
