import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  genesisHash,
  hashAuditEntry,
  verifyAuditChain,
  type AuditEntry,
} from './audit-chain.js';

/** A well-formed chain of `length` entries, built the way the repository builds it. */
function chain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let seq = 1; seq <= length; seq += 1) {
    const unhashed = {
      chain: 'municipality-1',
      at: new Date(Date.UTC(2026, 10, 27, 9, seq)).toISOString(),
      municipalityId: 'municipality-1',
      actorUserId: `user-${seq % 3}`,
      actorOrganisationId: 'organisation-1',
      action: seq % 2 ? 'user.create' : 'auth.login',
      entityType: 'user',
      entityId: `user-${seq}`,
      outcome: 'success' as const,
      details: { roles: ['reporter'], seq },
      previousHash: entries.at(-1)?.hash ?? genesisHash,
    };
    entries.push({ ...unhashed, seq, hash: hashAuditEntry(unhashed) });
  }
  return entries;
}

const headOf = (entries: AuditEntry[]) => ({
  lastSeq: entries.at(-1)?.seq ?? 0,
  lastHash: entries.at(-1)?.hash ?? genesisHash,
});

describe('canonicalJson', () => {
  it('writes the same text whatever order the keys were given in', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { e: 3, f: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});

describe('verifyAuditChain', () => {
  it('finds nothing wrong with an untouched chain', () => {
    const entries = chain(10);
    expect(verifyAuditChain(entries, headOf(entries))).toEqual([]);
  });

  it('catches a changed entry', () => {
    const entries = chain(10);
    const head = headOf(entries);
    const tampered = entries.map((entry) =>
      entry.seq === 4 ? { ...entry, details: { roles: ['admin'], seq: 4 } } : entry,
    );
    expect(verifyAuditChain(tampered, head)).toEqual([
      expect.objectContaining({ seq: 4, kind: 'changed' }),
    ]);
  });

  it('catches a changed time, actor or outcome', () => {
    for (const change of [
      { at: '2020-01-01T00:00:00.000Z' },
      { actorUserId: 'someone-else' },
      { outcome: 'denied' as const },
    ]) {
      const entries = chain(5);
      const tampered = entries.map((entry) => (entry.seq === 2 ? { ...entry, ...change } : entry));
      expect(verifyAuditChain(tampered, headOf(entries)).map((problem) => problem.kind)).toContain(
        'changed',
      );
    }
  });

  it('catches a removed entry in the middle', () => {
    const entries = chain(10);
    const problems = verifyAuditChain(
      entries.filter((entry) => entry.seq !== 6),
      headOf(entries),
    );
    expect(problems).toEqual([expect.objectContaining({ seq: 7, kind: 'removed' })]);
  });

  it('catches a removed entry whose successors were renumbered to hide the gap', () => {
    const entries = chain(10);
    const renumbered = entries
      .filter((entry) => entry.seq !== 6)
      .map((entry) => (entry.seq > 6 ? { ...entry, seq: entry.seq - 1 } : entry));
    const problems = verifyAuditChain(renumbered, headOf(entries));
    expect(problems.map((problem) => problem.kind)).toContain('removed');
    expect(problems[0]).toMatchObject({ seq: 6, kind: 'removed' });
  });

  it('catches entries removed from the end of the chain', () => {
    const entries = chain(10);
    expect(verifyAuditChain(entries.slice(0, 8), headOf(entries))).toEqual([
      expect.objectContaining({ seq: 9, kind: 'removed' }),
    ]);
  });

  it('catches two entries that swapped places', () => {
    const entries = chain(10);
    const [fourth, fifth] = [entries[3], entries[4]];
    if (!fourth || !fifth) throw new Error('chain too short');
    const swapped = entries.map((entry) => {
      if (entry.seq === 4) return { ...fifth, seq: 4 };
      if (entry.seq === 5) return { ...fourth, seq: 5 };
      return entry;
    });
    const problems = verifyAuditChain(swapped, headOf(entries));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.kind === 'reordered')).toBe(true);
    expect(problems.map((problem) => problem.seq)).toContain(4);
  });

  it('catches entries appended behind the recorded head', () => {
    const entries = chain(6);
    expect(verifyAuditChain(entries, headOf(entries.slice(0, 5)))).toEqual([
      expect.objectContaining({ seq: 6, kind: 'changed' }),
    ]);
  });
});
