import { useI18n } from '../i18n-context';
import { a11yEn } from './en';
import { a11ySv, type A11yMessages } from './sv';

/** The accessibility mechanisms' catalog in the chosen language. */
export function useA11yT(): A11yMessages {
  return useI18n().locale === 'en' ? a11yEn : a11ySv;
}
