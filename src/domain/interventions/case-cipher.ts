import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Seals a case's identity and free text with AES-256-GCM under the current key, and opens
 * what any configured key sealed: each sealed value names its key id, so keys can be rotated
 * (README: "Case records: keys and rotation"). The search hash is an HMAC-SHA-256 under a
 * separate key, so a personnummer is found without ever being stored in clear.
 */
export interface CaseCipher {
  seal(plainText: string): string;
  open(sealed: string): string;
  searchHash(identityNumber: string): string;
  /** The id of the key new values are sealed with. */
  currentKeyId: string;
}

export interface CaseKeys {
  /** Key id → 32-byte key; the first entry seals, all of them open. */
  sealing: ReadonlyArray<{ id: string; key: Uint8Array }>;
  /** The HMAC key of the search hash (at least 32 bytes). */
  search: Uint8Array;
}

const keyIdPattern = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * Reads `TRYGGVE_CASE_KEYS` ("id:base64key,id2:base64key2", newest first, 32-byte keys) and
 * `TRYGGVE_CASE_SEARCH_KEY` (base64, at least 32 bytes). Returns the problem in words when
 * either is malformed; never repeats a key.
 */
export function parseCaseKeys(
  sealingText: string,
  searchText: string,
): { keys: CaseKeys } | { problem: string } {
  const sealing: Array<{ id: string; key: Uint8Array }> = [];
  for (const part of sealingText.split(',')) {
    const [id = '', encoded = ''] = part.trim().split(':');
    const key = Buffer.from(encoded, 'base64');
    if (!keyIdPattern.test(id) || key.length !== 32) {
      return { problem: 'each key as id:base64 of 32 bytes (openssl rand -base64 32)' };
    }
    if (sealing.some((existing) => existing.id === id)) return { problem: 'key ids must differ' };
    sealing.push({ id, key });
  }
  const search = Buffer.from(searchText, 'base64');
  if (search.length < 32) return { problem: 'a search key of at least 32 bytes, base64' };
  return { keys: { sealing, search } };
}

export function createCaseCipher(keys: CaseKeys): CaseCipher {
  const current = keys.sealing[0];
  if (!current) throw new Error('At least one case key is needed.');
  const byId = new Map(keys.sealing.map((entry) => [entry.id, entry.key]));
  return {
    currentKeyId: current.id,
    seal(plainText) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current.key, iv);
      cipher.setAAD(Buffer.from(current.id));
      const data = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [current.id, iv, tag, data]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },
    open(sealed) {
      const [id = '', iv = '', tag = '', data = ''] = sealed.split('.');
      const key = byId.get(id);
      if (!key) throw new Error(`No case key with id ${id} is configured.`);
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(id));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(data, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    },
    searchHash(identityNumber) {
      return createHmac('sha256', keys.search).update(identityNumber).digest('hex');
    },
  };
}

/** The key id a sealed value was sealed with: what a rotation re-seals. */
export function keyIdOf(sealed: string): string {
  return sealed.split('.')[0] ?? '';
}
