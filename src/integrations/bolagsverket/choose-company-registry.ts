import type { BolagsverketConfig } from '../../config.js';
import type { CompanyRegisterRepository } from '../../domain/suppliers/company-register-repository.js';
import type { CompanyRegistry } from '../../domain/suppliers/company-registry.js';
import { createBolagsverketApiRegistry } from './bolagsverket-api-registry.js';
import { createBulkFileRegistry } from './bulk-file-registry.js';

/**
 * The registry supplier checks read: Bolagsverket's API when it is configured, else the
 * imported bulk file when it has rows, else none (the checks then say the registry is not
 * configured). Chosen at start: after a first import, restart to use it.
 */
export async function chooseCompanyRegistry(
  settings: BolagsverketConfig | null,
  register: CompanyRegisterRepository,
): Promise<CompanyRegistry | undefined> {
  if (settings) return createBolagsverketApiRegistry(settings);
  return (await register.count()) > 0 ? createBulkFileRegistry(register) : undefined;
}
