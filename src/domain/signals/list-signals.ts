import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { Signal, SignalFilter } from './signal.js';

/** The most signals one listing holds; narrow the filter for older ones. */
const listLimit = 1000;

/**
 * The register: signals matching the filter, newest observation first, with their text.
 * The listing is recorded in the audit log with its filter and size.
 */
export async function listSignals(
  deps: Deps,
  actor: Actor,
  filter: SignalFilter,
): Promise<{ signals: Signal[]; isTruncated: boolean }> {
  await authorize(deps, actor, 'signal.read', 'signal.list');
  return deps.store.transaction(async (repositories) => {
    const found = await repositories.signals.list(actor.municipalityId, filter, listLimit + 1);
    const signals = found.slice(0, listLimit);
    await recordAudit(repositories, deps.clock(), actor, {
      action: 'signal.list',
      entityType: 'signal',
      entityId: null,
      details: { filter: { ...filter }, count: signals.length },
    });
    return { signals, isTruncated: found.length > listLimit };
  });
}
