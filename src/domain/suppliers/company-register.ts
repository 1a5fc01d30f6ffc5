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

export interface CompanyRegisterRepository {
  /**
   * Replaces the whole register with what `write` inserts, in one transaction. If `write`
   * throws, or returns false, nothing changes.
   */
  replaceAll(
    write: (insert: (entries: CompanyRegisterEntry[]) => Promise<void>) => Promise<boolean>,
  ): Promise<boolean>;
  find(organisationNumber: string): Promise<CompanyRegisterEntry | null>;
  count(): Promise<number>;
}
