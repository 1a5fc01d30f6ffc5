import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { computeSupplierRisk } from './assess-supplier-risk.js';
import { collectDueChecks } from './collect-due-checks.js';
import type { SupplierDecision } from './contract.js';
import type { OverallRiskLevel } from './red-flags/red-flag.js';
import type { Supplier } from './supplier.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';

interface SupplierSummary extends Supplier {
  contractCount: number;
  latestDecision: SupplierDecision | null;
  overdueCheckCount: number;
  dueCheckCount: number;
  /** The level of its red flags, as the supplier's own assessment gives it. */
  riskLevel: OverallRiskLevel;
}

/**
 * The municipality's suppliers by name, each with its number of contracts, its latest
 * decision, how many of its checks are overdue or due, and its risk level. The listing is
 * audited once, as one read.
 */
export async function listSuppliers(
  deps: Deps,
  actor: Actor,
  search?: string,
): Promise<SupplierSummary[]> {
  await authorize(deps, actor, 'supplier.read', 'supplier.list');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const suppliers = await repositories.suppliers.list(actor.municipalityId, search);
    // Similar names and shared addresses are judged against every supplier, not the search's.
    const allSuppliers = search
      ? await repositories.suppliers.list(actor.municipalityId)
      : suppliers;
    const today = stockholmToday(now);
    const riskLevels = new Map<string, OverallRiskLevel>();
    for (const supplier of suppliers) {
      const risk = await computeSupplierRisk(repositories, supplier, allSuppliers, today);
      riskLevels.set(supplier.id, risk.level);
    }
    const contracts = await repositories.contracts.list(actor.municipalityId);
    const decisions = await repositories.supplierDecisions.listLatest(actor.municipalityId);
    const due = await collectDueChecks(repositories, actor.municipalityId, contracts, today);
    await recordAudit(repositories, now, actor, {
      action: 'supplier.list',
      entityType: 'supplier',
      entityId: null,
      details: { count: suppliers.length, isSearch: Boolean(search) },
    });
    return suppliers.map((supplier) => {
      const own = due.filter((item) => item.supplierId === supplier.id);
      return {
        ...supplier,
        contractCount: contracts.filter((contract) => contract.supplierId === supplier.id).length,
        latestDecision: decisions.get(supplier.id) ?? null,
        overdueCheckCount: own.filter((item) => item.status === 'overdue').length,
        dueCheckCount: own.filter((item) => item.status === 'due').length,
        riskLevel: riskLevels.get(supplier.id) ?? 'unassessed',
      };
    });
  });
}
