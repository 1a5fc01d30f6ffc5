import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const version = 'v1';

/**
 * Encrypts a secret kept in the database (a provider's client secret, a TOTP seed) with
 * AES-256-GCM under the installation's key from configuration (TRYGGVE_SECRETS_KEY), so a
 * copy of the database alone does not give them away. `context` (e.g. the municipality's
 * id) is bound as associated data: a value moved to another row does not decrypt.
 */
export function sealSecret(key: Uint8Array, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [
    version,
    iv.toString('base64url'),
    body.toString('base64url'),
    tag.toString('base64url'),
  ].join('.');
}

/** The secret {@link sealSecret} sealed; throws when the key, context or value do not match. */
export function openSecret(key: Uint8Array, sealed: string, context: string): string {
  const [prefix, iv, body, tag] = sealed.split('.');
  if (prefix !== version || !iv || body === undefined || !tag) {
    throw new Error('A sealed secret has an unknown form.');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(body, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}
