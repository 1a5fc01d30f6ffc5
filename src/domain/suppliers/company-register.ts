import type { CompanyRecord } from './company-registry.js';

/**
 * The imported copy of Bolagsverket's bulk file (`tryggve company-register import`): the port
 * the bulk-file registry reads and the import writes (src/integrations/bolagsverket), kept in
 * storage (company-register-repository.ts).
 */
export interface CompanyRegisterEntry {
  record: CompanyRecord;
  /** The bulk file's line, as read. */
  raw: string;
  importedAt: string;
}
