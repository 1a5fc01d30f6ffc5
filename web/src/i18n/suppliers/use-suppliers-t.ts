import { useI18n } from '../i18n-context';
import { suppliersEn } from './en';
import { suppliersSv, type SuppliersMessages } from './sv';

/** Supplier vetting's catalog in the chosen language: `const s = useSuppliersT(); s.list.title`. */
export function useSuppliersT(): SuppliersMessages {
  return useI18n().locale === 'en' ? suppliersEn : suppliersSv;
}
