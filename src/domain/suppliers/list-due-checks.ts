import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { DueCheck } from './check-programme.js';
import { collectDueChecks } from './collect-due-checks.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';

/**
 * What a procurement officer's start page leads with: checks overdue, then due within
 * `dueSoonDays`, across every running contract. Names of suppliers and contracts only, no
 * results or evidence, so the listing is not itself audited.
 */
export async function listDueChecks(deps: Deps, actor: Actor): Promise<DueCheck[]> {
  await authorize(deps, actor, 'supplier.read', 'supplier.due_checks');
  const today = stockholmToday(deps.clock());
  const contracts = await deps.store.contracts.list(actor.municipalityId);
  const due = await collectDueChecks(deps.store, actor.municipalityId, contracts, today);
  return due.filter((item) => item.status !== 'scheduled');
}
