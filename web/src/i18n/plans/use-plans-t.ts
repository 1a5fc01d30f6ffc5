import { useI18n } from '../i18n-context';
import { plansEn } from './en';
import { plansSv, type PlansMessages } from './sv';

/** The plans area's catalog in the chosen language: `const p = usePlansT(); p.list.title`. */
export function usePlansT(): PlansMessages {
  return useI18n().locale === 'en' ? plansEn : plansSv;
}
