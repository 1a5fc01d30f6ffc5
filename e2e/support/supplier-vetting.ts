import { stockholmToday } from '../../src/shared/time/stockholm-time.js';

/** The officer, supplier and files of the supplier-vetting journey (suppliers.e2e.ts). */

/** Today in Stockholm as YYYY-MM-DD, and the same day `years` later. */
export function stockholmDay(years = 0): string {
  const today = stockholmToday(new Date());
  return `${Number(today.slice(0, 4)) + years}${today.slice(4)}`;
}

export const officer = {
  email: 'upphandlare.leverantor.e2e@huddinge.demo',
  password: 'fyra gula cyklar vid en tyst sjö 2026',
  displayName: 'Ulla Upphandlare',
  roles: ['procurement'],
};
// The planted match: the recorded registry's Aeroscan AB has the name of a company on the
// OpenSanctions sample the demo loads (test/fixtures/opensanctions/SOURCE.md).
export const supplierName = 'Aeroscan AB';
export const contractTitle = 'Drönarfotografering av kommunens fastigheter';
// A tiny but real PDF: the server reads the type from the bytes.
export const extract = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
