import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from './audit-chain.js';

/** Where one chain stood when a checkpoint was signed. */
export interface CheckpointHead {
  chain: string;
  seq: number;
  hash: string;
}

/**
 * A signed statement of every chain's head at one moment (issue 20, finding 9). The key lives
 * outside the database (TRYGGVE_AUDIT_CHECKPOINT_KEY), so someone who rewrites the log and
 * recomputes every hash cannot sign a matching checkpoint; a checkpoint kept outside the
 * database (a file, a ticket) survives the log being emptied.
 */
export interface AuditCheckpoint {
  version: 1;
  at: string;
  heads: CheckpointHead[];
  /** The first 16 hex digits of the key's SHA-256: names the key without revealing it. */
  keyId: string;
  /** HMAC-SHA256 over the canonical JSON of everything above, in hex. */
  signature: string;
}

/** Names a key without revealing it, so a checkpoint signed with an older key says so. */
function checkpointKeyId(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16);
}

function signatureOf(checkpoint: Omit<AuditCheckpoint, 'signature'>, key: string): string {
  const body = canonicalJson({
    version: checkpoint.version,
    at: checkpoint.at,
    heads: checkpoint.heads,
    keyId: checkpoint.keyId,
  });
  return createHmac('sha256', key).update(body, 'utf8').digest('hex');
}

export function signCheckpoint(at: string, heads: CheckpointHead[], key: string): AuditCheckpoint {
  const unsigned = { version: 1 as const, at, heads, keyId: checkpointKeyId(key) };
  return { ...unsigned, signature: signatureOf(unsigned, key) };
}

export function isCheckpointSignatureValid(checkpoint: AuditCheckpoint, key: string): boolean {
  const expected = Buffer.from(signatureOf(checkpoint, key), 'hex');
  const given = Buffer.from(checkpoint.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** One checkpoint as one line of text (JSON), the form kept in files outside the database. */
export function checkpointLine(checkpoint: AuditCheckpoint): string {
  return canonicalJson(checkpoint);
}

const hexPattern = /^[0-9a-f]+$/;

/** Reads one line written by `checkpointLine`; null when it is not a checkpoint. */
export function parseCheckpointLine(line: string): AuditCheckpoint | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<AuditCheckpoint>;
  const isValid =
    candidate.version === 1 &&
    typeof candidate.at === 'string' &&
    typeof candidate.keyId === 'string' &&
    typeof candidate.signature === 'string' &&
    hexPattern.test(candidate.signature) &&
    Array.isArray(candidate.heads) &&
    candidate.heads.every(
      (head: unknown) =>
        typeof head === 'object' &&
        head !== null &&
        typeof (head as CheckpointHead).chain === 'string' &&
        Number.isSafeInteger((head as CheckpointHead).seq) &&
        typeof (head as CheckpointHead).hash === 'string',
    );
  return isValid ? (candidate as AuditCheckpoint) : null;
}

/** Checkpoints kept outside the database: a file or folder the operator configured. */
export interface AuditCheckpointArchive {
  /** Where the checkpoints go, for messages. */
  describe(): string;
  append(checkpoint: AuditCheckpoint): Promise<void>;
  /** Every checkpoint; lines that are not checkpoints are reported by number. */
  readAll(): Promise<{ checkpoints: AuditCheckpoint[]; unreadableLines: number[] }>;
}

/** The checkpoint settings; absent or a null key: no checkpoints are signed (dev and demo). */
export interface AuditCheckpointSettings {
  key: string | null;
  archive: AuditCheckpointArchive | null;
}
