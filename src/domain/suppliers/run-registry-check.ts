import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { viewChecks, type CheckView } from './check-view.js';
import { registryResponseFile } from './evidence-file.js';
import { findingsOf, registryFailure } from './registry-checks.js';
import { newCheck, storeEvidence } from './store-check.js';
import { assertContractOfSupplier, findSupplierOrThrow } from './supplier-records.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';

/**
 * Looks the supplier up in the configured company registry and records what it told: the
 * registration and status, the board, and the registrations with Skatteverket where the
 * source carries them, all with the registry's raw response as their evidence. A company the
 * registry does not know is recorded as a failed registration check.
 *
 * When the source cannot answer (rate limit, timeout, unavailable, refused credentials, an
 * unreadable answer) nothing is recorded but an audit entry, and the caller gets a stable
 * code with the seconds to wait. The lookup runs outside the database transaction.
 */
export async function runRegistryCheck(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  input: { contractId?: string | null | undefined },
): Promise<CheckView[]> {
  await authorize(deps, actor, 'supplier.manage', 'supplier.check.registry');
  const supplier = await findSupplierOrThrow(deps.store, actor.municipalityId, supplierId);
  await assertContractOfSupplier(deps.store, supplier, input.contractId, 'CHECK_INVALID');
  const registry = deps.companyRegistry;
  if (!registry) {
    throw new DomainError(
      'REGISTRY_NOT_CONFIGURED',
      'No company registry is configured. Record the check by hand with an uploaded extract.',
    );
  }
  const lookup = await registry.lookUp(supplier.organisationNumber);
  const now = deps.clock();
  if (lookup.outcome === 'failed') {
    await deps.store.transaction((repositories) =>
      recordAudit(repositories, now, actor, {
        action: 'supplier.check.registry',
        entityType: 'supplier',
        entityId: supplier.id,
        outcome: 'failure',
        details: { source: registry.source, reason: lookup.reason },
      }),
    );
    throw registryFailure(lookup.reason, lookup.retryAfterSeconds);
  }
  const today = stockholmToday(now);
  return deps.store.transaction(async (repositories) => {
    const common = {
      supplierId: supplier.id,
      contractId: input.contractId ?? null,
      source: registry.source,
      checkedOn: today,
    };
    const checks =
      lookup.outcome === 'not_found'
        ? [
            newCheck(actor, now, {
              ...common,
              kind: 'company_registration',
              result: 'failed',
              summary: 'finns inte i registret',
              evidenceId: null,
              registryRecord: null,
            }),
          ]
        : await (async () => {
            const evidence = await storeEvidence(
              repositories,
              actor,
              supplier.id,
              registryResponseFile(registry.source, lookup.raw, today),
              now,
            );
            return findingsOf(lookup.record).map((finding) =>
              newCheck(actor, now, {
                ...common,
                ...finding,
                evidenceId: evidence.id,
                registryRecord: finding.kind === 'company_registration' ? lookup.record : null,
              }),
            );
          })();
    for (const check of checks) await repositories.supplierChecks.add(check);
    await recordAudit(repositories, now, actor, {
      action: 'supplier.check.registry',
      entityType: 'supplier',
      entityId: supplier.id,
      details: {
        source: registry.source,
        outcome: lookup.outcome,
        checks: checks.map((check) => ({ kind: check.kind, result: check.result })),
      },
    });
    return viewChecks(repositories, actor.municipalityId, supplier.id, checks);
  });
}
