import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps, Repositories } from '../deps.js';
import type { Check, CheckKind } from './check.js';
import { latestRegistryRecord } from './latest-registry-record.js';
import { assessRisk } from './red-flags/assess-risk.js';
import type { OverallRiskLevel, RiskAssessment } from './red-flags/red-flag.js';
import type { Supplier } from './supplier.js';
import { findSupplierOrThrow } from './supplier-records.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';

interface SupplierRisk extends Omit<RiskAssessment, 'level'> {
  level: OverallRiskLevel;
  basedOn: { registryCheckedOn: string | null; sanctionsCheckedOn: string | null };
}

/**
 * The red flags of one supplier over what has been collected: the latest registry record, the
 * latest check of each kind, the latest screening's matches not reviewed as false positives,
 * and the other suppliers' names and addresses. Never stored: it follows from the history.
 * Shared by the supplier's own assessment and the list, so both show the same level.
 */
export async function computeSupplierRisk(
  repositories: Repositories,
  supplier: Supplier,
  allSuppliers: readonly Supplier[],
  today: string,
): Promise<SupplierRisk> {
  const { municipalityId, id: supplierId } = supplier;
  const checks = await repositories.supplierChecks.listForSupplier(municipalityId, supplierId);
  const latestChecks: Partial<Record<CheckKind, Check>> = {};
  // Newest first: the first of each kind is its latest.
  for (const check of checks) latestChecks[check.kind] ??= check;
  const screening = latestChecks.sanctions_screening;
  const reviews = await repositories.supplierChecks.listReviews(municipalityId, supplierId);
  const dismissed = new Set(
    reviews
      .filter((review) => review.decision === 'false_positive')
      .map((review) => `${review.entityId}|${review.subjectFingerprint}`),
  );
  const openMatches = screening
    ? (await repositories.supplierChecks.listMatches(municipalityId, supplierId)).filter(
        (match) =>
          match.checkId === screening.id &&
          !dismissed.has(`${match.entityId}|${match.subjectFingerprint}`),
      )
    : [];
  const assessment = assessRisk({
    supplier,
    registryRecord: latestRegistryRecord(checks),
    latestChecks,
    openMatches,
    otherSuppliers: allSuppliers.filter((other) => other.id !== supplierId),
    today,
  });
  const registryCheck = checks.find((check) => check.registryRecord !== null);
  return {
    ...assessment,
    // Nothing checked yet: not low, but not judged at all.
    level: checks.length === 0 ? 'unassessed' : assessment.level,
    basedOn: {
      registryCheckedOn: registryCheck?.checkedOn ?? null,
      sanctionsCheckedOn: screening?.checkedOn ?? null,
    },
  };
}

/** A supplier's red flags and risk level (see `computeSupplierRisk`). Reading it is audited. */
export async function assessSupplierRisk(
  deps: Deps,
  actor: Actor,
  supplierId: string,
): Promise<SupplierRisk> {
  await authorize(deps, actor, 'supplier.read', 'supplier.risk');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const supplier = await findSupplierOrThrow(repositories, actor.municipalityId, supplierId);
    const allSuppliers = await repositories.suppliers.list(actor.municipalityId);
    const risk = await computeSupplierRisk(
      repositories,
      supplier,
      allSuppliers,
      stockholmToday(now),
    );
    await recordAudit(repositories, now, actor, {
      action: 'supplier.risk',
      entityType: 'supplier',
      entityId: supplierId,
      details: { level: risk.level, rules: risk.flags.map((flag) => flag.rule) },
    });
    return risk;
  });
}
