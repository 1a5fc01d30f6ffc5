import type { CompanyRegisterEntry } from './company-register.js';

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
