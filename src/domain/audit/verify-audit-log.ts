import type { Actor } from '../access/actor.js';
import type { Deps, Repositories } from '../deps.js';
import { verifyAuditChain, type AuditChainProblem, type AuditEntry } from './audit-chain.js';
import { authorize, recordAudit } from './record-audit.js';

export interface ChainVerification {
  chain: string;
  isIntact: boolean;
  checkedEntries: number;
  lastHash: string | null;
  problems: AuditChainProblem[];
}

const pageSize = 5_000;

/** Reads one chain in pages and checks every link. */
export async function verifyChain(
  repositories: Repositories,
  chain: string,
): Promise<ChainVerification> {
  const entries: AuditEntry[] = [];
  for (let afterSeq = 0; ;) {
    const page = await repositories.audit.readChain(chain, afterSeq, pageSize);
    entries.push(...page);
    const last = page.at(-1);
    if (!last || page.length < pageSize) break;
    afterSeq = last.seq;
  }
  const head = await repositories.audit.readHead(chain);
  const problems = verifyAuditChain(entries, head);
  return {
    chain,
    isIntact: problems.length === 0,
    checkedEntries: entries.length,
    lastHash: entries.at(-1)?.hash ?? null,
    problems,
  };
}

/** An admin checks the municipality's chain from the web; the check itself is logged. */
export async function verifyAuditLog(deps: Deps, actor: Actor): Promise<ChainVerification> {
  await authorize(deps, actor, 'audit.read', 'audit.verify');
  const verification = await verifyChain(deps.store, actor.municipalityId);
  await deps.store.transaction((repositories) =>
    recordAudit(repositories, deps.clock(), actor, {
      action: 'audit.verify',
      entityType: 'audit_log',
      entityId: null,
      outcome: verification.isIntact ? 'success' : 'failure',
      details: {
        checkedEntries: verification.checkedEntries,
        problemCount: verification.problems.length,
      },
    }),
  );
  return verification;
}

/** The operator checks every chain from the command line (`tryggve audit verify`). */
export async function verifyAllAuditChains(deps: Deps): Promise<ChainVerification[]> {
  const chains = await deps.store.audit.listChains();
  return Promise.all(chains.map((chain) => verifyChain(deps.store, chain)));
}
