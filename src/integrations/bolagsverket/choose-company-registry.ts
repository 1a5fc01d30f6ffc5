import type { Kysely } from 'kysely';
import type { BolagsverketConfig } from '../../config.js';
import type { CompanyRegistry } from '../../domain/suppliers/company-registry.js';
import { createCompanyRegisterRepository } from '../../storage/company-register-repository.js';
import type { Tables } from '../../storage/tables.js';
import { createBolagsverketApiRegistry } from './bolagsverket-api-registry.js';
import { createBulkFileRegistry } from './bulk-file-registry.js';

/**
 * The registry supplier checks read: Bolagsverket's API when it is configured, else the
 * imported bulk file when it has rows, else none (the checks then say the registry is not
 * configured). Chosen at start: after a first import, restart to use it.
 */
export async function chooseCompanyRegistry(
  settings: BolagsverketConfig | null,
  db: Kysely<Tables>,
): Promise<CompanyRegistry | undefined> {
  if (settings) return createBolagsverketApiRegistry(settings);
  const register = createCompanyRegisterRepository(db);
  return (await register.count()) > 0 ? createBulkFileRegistry(register) : undefined;
}
