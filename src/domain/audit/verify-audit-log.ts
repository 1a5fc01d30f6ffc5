import type { Actor } from '../access/actor.js';
import type { Deps, Repositories } from '../deps.js';
import { isCheckpointSignatureValid } from './audit-checkpoint.js';
import { verifyAuditChain, type AuditChainProblem, type AuditEntry } from './audit-chain.js';
import { authorize, recordAudit } from './record-audit.js';

export interface ChainVerification {
  chain: string;
  isIntact: boolean;
  checkedEntries: number;
  lastSeq: number;
  lastHash: string | null;
  problems: AuditChainProblem[];
}

/** An entry known from outside the chain: a signed checkpoint or a head the operator noted. */
export interface ChainAnchor {
  seq: number;
  hash: string;
  /** Where it was recorded, for the message ("the checkpoint of 2026-12-07T03:00:00Z"). */
  source: string;
}

interface ChainExpectations {
  /** The chain must exist from entry 1: it is a municipality's, which begins at its creation. */
  isRequired?: boolean;
  anchors?: readonly ChainAnchor[];
}

const pageSize = 5_000;

/**
 * Reads one chain in pages and checks every link, its head, and that it still holds every
 * anchored entry at its position: an entry that was cut off, or a chain rewritten with
 * recomputed hashes, no longer matches what was recorded outside it.
 */
export async function verifyChain(
  repositories: Repositories,
  chain: string,
  expectations: ChainExpectations = {},
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
  if (head === null && entries.length > 0) {
    problems.push({
      seq: entries.at(-1)?.seq ?? 0,
      kind: 'removed',
      message: "The chain's recorded head is missing.",
    });
  }
  if (expectations.isRequired && entries.length === 0 && (head?.lastSeq ?? 0) === 0) {
    problems.push({
      seq: 1,
      kind: 'removed',
      message: "The municipality's chain is missing: it begins when the municipality is created.",
    });
  }
  const hashBySeq = new Map(entries.map((entry) => [entry.seq, entry.hash]));
  for (const anchor of expectations.anchors ?? []) {
    const hash = hashBySeq.get(anchor.seq);
    if (hash === undefined) {
      problems.push({
        seq: anchor.seq,
        kind: 'removed',
        message: `Entry ${anchor.seq}, recorded in ${anchor.source}, is gone.`,
      });
    } else if (hash !== anchor.hash) {
      problems.push({
        seq: anchor.seq,
        kind: 'changed',
        message: `Entry ${anchor.seq} is not the one recorded in ${anchor.source}: the chain was rewritten.`,
      });
    }
  }
  const last = entries.at(-1);
  return {
    chain,
    isIntact: problems.length === 0,
    checkedEntries: entries.length,
    lastSeq: last?.seq ?? 0,
    lastHash: last?.hash ?? null,
    problems,
  };
}

/**
 * An admin checks the municipality's chain from the web, against the signed checkpoints kept
 * in the database; the check itself is logged.
 */
export async function verifyAuditLog(deps: Deps, actor: Actor): Promise<ChainVerification> {
  await authorize(deps, actor, 'audit.read', 'audit.verify');
  const checkpoints = await deps.store.audit.listCheckpoints();
  const key = deps.auditCheckpoints?.key ?? null;
  const anchors = checkpoints
    .filter((checkpoint) => key !== null && isCheckpointSignatureValid(checkpoint, key))
    .flatMap((checkpoint) =>
      checkpoint.heads
        .filter((head) => head.chain === actor.municipalityId)
        .map((head) => ({
          seq: head.seq,
          hash: head.hash,
          source: `the checkpoint of ${checkpoint.at}`,
        })),
    );
  const verification = await verifyChain(deps.store, actor.municipalityId, {
    isRequired: true,
    anchors,
  });
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
