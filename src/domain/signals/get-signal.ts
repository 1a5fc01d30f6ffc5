import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { Signal } from './signal.js';

/** One signal with its text. Reading it is recorded in the audit log: it may concern people. */
export async function getSignal(deps: Deps, actor: Actor, id: string): Promise<Signal> {
  await authorize(deps, actor, 'signal.read', 'signal.read');
  return deps.store.transaction(async (repositories) => {
    const signal = await repositories.signals.find(actor.municipalityId, id);
    if (!signal) throw notFound('signal');
    await recordAudit(repositories, deps.clock(), actor, {
      action: 'signal.read',
      entityType: 'signal',
      entityId: id,
    });
    return signal;
  });
}
