import { createHash } from 'node:crypto';

export const auditOutcomes = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

/** The chain of the command line and of events with no municipality (a login to no account). */
export const systemChain = 'system';
export const genesisHash = '0'.repeat(64);

/** What a use case records; the repository places it in its municipality's chain. */
export interface AuditRecord {
  municipalityId: string | null;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  outcome: AuditOutcome;
  /** Never personal data: ids, counts, reasons. */
  details: Record<string, unknown> | null;
}

export interface AuditEntry extends AuditRecord {
  chain: string;
  seq: number;
  at: string;
  previousHash: string;
  hash: string;
}

/**
 * JSON with object keys sorted at every depth: one byte sequence for one value, whatever
 * order the properties were written in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/**
 * The SHA-256 of an entry's canonical form, which includes the previous entry's hash. The
 * sequence number is left out on purpose: the order is carried by the links, so a moved
 * entry shows up as "reordered" rather than "changed".
 */
export function hashAuditEntry(entry: Omit<AuditEntry, 'hash' | 'seq'>): string {
  const canonical = canonicalJson({
    chain: entry.chain,
    at: entry.at,
    municipalityId: entry.municipalityId,
    actorUserId: entry.actorUserId,
    actorOrganisationId: entry.actorOrganisationId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    outcome: entry.outcome,
    details: entry.details,
    previousHash: entry.previousHash,
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export interface AuditChainProblem {
  seq: number;
  kind: 'changed' | 'removed' | 'reordered';
  message: string;
}

export interface AuditChainHead {
  lastSeq: number;
  lastHash: string;
}

/**
 * Checks one chain, given in ascending `seq`, against its recorded head.
 * - changed: an entry's content no longer gives its hash;
 * - removed: a gap in the numbering, a link to an entry that is gone, or a chain that ends
 *   before its recorded head;
 * - reordered: an entry links to an entry that exists, but not to the one before it.
 */
export function verifyAuditChain(
  entries: readonly AuditEntry[],
  head: AuditChainHead | null,
): AuditChainProblem[] {
  const problems: AuditChainProblem[] = [];
  const presentHashes = new Set(entries.map((entry) => entry.hash));
  let previous: AuditEntry | null = null;
  for (const entry of entries) {
    if (hashAuditEntry(entry) !== entry.hash) {
      problems.push({
        seq: entry.seq,
        kind: 'changed',
        message: 'The content no longer matches its hash.',
      });
    }
    const expectedSeq = previous ? previous.seq + 1 : 1;
    if (entry.seq !== expectedSeq) {
      problems.push({
        seq: entry.seq,
        kind: 'removed',
        message: `Entries ${expectedSeq}–${entry.seq - 1} are missing.`,
      });
    }
    const expectedPreviousHash = previous ? previous.hash : genesisHash;
    if (entry.previousHash !== expectedPreviousHash && entry.seq === expectedSeq) {
      const isLinkedElsewhere =
        entry.previousHash === genesisHash || presentHashes.has(entry.previousHash);
      problems.push(
        isLinkedElsewhere
          ? {
              seq: entry.seq,
              kind: 'reordered',
              message: 'The entry is out of its recorded order.',
            }
          : { seq: entry.seq, kind: 'removed', message: 'The entry before this one is missing.' },
      );
    }
    previous = entry;
  }
  const lastSeq = previous?.seq ?? 0;
  if (
    head &&
    (head.lastSeq !== lastSeq || (previous !== null && head.lastHash !== previous.hash))
  ) {
    if (head.lastSeq > lastSeq) {
      problems.push({
        seq: lastSeq + 1,
        kind: 'removed',
        message: `Entries ${lastSeq + 1}–${head.lastSeq} at the end of the chain are missing.`,
      });
    } else if (head.lastSeq === lastSeq) {
      problems.push({
        seq: lastSeq,
        kind: 'changed',
        message: 'The last entry is not the one recorded.',
      });
    } else {
      problems.push({
        seq: head.lastSeq + 1,
        kind: 'changed',
        message: `Entries ${head.lastSeq + 1}–${lastSeq} were added outside Tryggve.`,
      });
    }
  }
  return problems;
}
