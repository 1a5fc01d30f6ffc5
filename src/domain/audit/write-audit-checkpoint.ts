import type { Deps } from '../deps.js';
import { signCheckpoint, type AuditCheckpoint, type CheckpointHead } from './audit-checkpoint.js';

/**
 * Signs where every chain stands now and keeps the checkpoint in the database and in the
 * archive outside it (issue 20, finding 9). The server does this daily; the operator on
 * demand with `tryggve audit checkpoint`. Without a key nothing is signed and null is returned, for the caller to say so.
 */
export async function writeAuditCheckpoint(deps: Deps): Promise<AuditCheckpoint | null> {
  const key = deps.auditCheckpoints?.key ?? null;
  if (key === null) return null;
  const heads: CheckpointHead[] = [];
  for (const chain of await deps.store.audit.listChains()) {
    const head = await deps.store.audit.readHead(chain);
    if (head && head.lastSeq > 0) heads.push({ chain, seq: head.lastSeq, hash: head.lastHash });
  }
  const checkpoint = signCheckpoint(deps.clock().toISOString(), heads, key);
  // Outside the database first: that copy is the one a rewrite of the database cannot reach.
  await deps.auditCheckpoints?.archive?.append(checkpoint);
  await deps.store.audit.saveCheckpoint(checkpoint);
  return checkpoint;
}
