import type { Check } from './check.js';
import type { CompanyRecord } from './company-registry.js';

/** The record of the newest registry check that found the company, or null. */
export function latestRegistryRecord(checks: readonly Check[]): CompanyRecord | null {
  const newest = [...checks]
    .filter((check) => check.registryRecord !== null)
    .sort(
      (a, b) => b.checkedOn.localeCompare(a.checkedOn) || b.createdAt.localeCompare(a.createdAt),
    )[0];
  return newest?.registryRecord ?? null;
}
