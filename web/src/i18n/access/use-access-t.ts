import { useI18n } from '../i18n-context';
import { accessEn } from './en';
import { accessSv, type AccessMessages } from './sv';

/** The roles-and-administration catalog in the chosen language: `const x = useAccessT();`. */
export function useAccessT(): AccessMessages {
  return useI18n().locale === 'en' ? accessEn : accessSv;
}
