import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import type { Evidence } from './check.js';

/** One piece of evidence with its bytes. Every download is recorded in the audit log. */
export async function downloadEvidence(
  deps: Deps,
  actor: Actor,
  evidenceId: string,
): Promise<{ evidence: Evidence; content: Uint8Array }> {
  await authorize(deps, actor, 'supplier.read', 'supplier.evidence.read');
  return deps.store.transaction(async (repositories) => {
    const evidence = await repositories.supplierChecks.findEvidence(
      actor.municipalityId,
      evidenceId,
    );
    const content = evidence
      ? await repositories.supplierChecks.readEvidenceContent(actor.municipalityId, evidenceId)
      : null;
    if (!evidence || !content) throw notFound('evidence');
    await recordAudit(repositories, deps.clock(), actor, {
      action: 'supplier.evidence.read',
      entityType: 'supplier',
      entityId: evidence.supplierId,
      details: { evidenceId, sha256: evidence.sha256 },
    });
    return { evidence, content };
  });
}
