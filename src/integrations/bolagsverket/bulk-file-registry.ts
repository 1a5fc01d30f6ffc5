import type { CompanyRegistry } from '../../domain/suppliers/company-registry.js';
import type { CompanyRegisterRepository } from '../../domain/suppliers/company-register-repository.js';
import { identityNumberForBolagsverket } from './bolagsverket-api-registry.js';

/**
 * Bolagsverket's weekly bulk file, imported (`tryggve company-register import`), as a company
 * registry: answers without a network, as fresh as the last import, which the evidence says.
 */
export function createBulkFileRegistry(repository: CompanyRegisterRepository): CompanyRegistry {
  return {
    source: 'bolagsverket_bulk_file',
    async lookUp(organisationNumber) {
      const entry = await repository.find(identityNumberForBolagsverket(organisationNumber));
      if (!entry) return { outcome: 'not_found' };
      return {
        outcome: 'found',
        record: entry.record,
        raw: JSON.stringify({ importedAt: entry.importedAt, line: entry.raw }),
      };
    },
  };
}
