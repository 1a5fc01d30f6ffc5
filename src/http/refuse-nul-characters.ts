import type { FastifyInstance } from 'fastify';
import { DomainError } from '../domain/errors.js';

/** Where in `value` a NUL character first stands (a key or a string), or null. */
function nulPath(value: unknown, path: string[], depth = 0): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  // A body kept as bytes (raw-json-body.ts) is checked where it is parsed, in a worker thread.
  if (ArrayBuffer.isView(value)) return null;
  if (depth > 64 || value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) return path;
    const found = nulPath(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * No text Tryggve stores may hold a NUL character: PostgreSQL refuses it outright, and on
 * SQLite it would be stored where PostgreSQL could never take it. So a request holding one
 * anywhere — path, query or body — is refused with VALIDATION_FAILED at that field before a
 * use case sees it, the same on both databases.
 */
export function refuseNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const path =
      nulPath(request.params, ['params']) ??
      nulPath(request.query, ['querystring']) ??
      nulPath(request.body, ['body']);
    if (path) {
      throw new DomainError('VALIDATION_FAILED', 'A text holds a NUL character (U+0000).', {
        issues: [{ path, message: 'text without the NUL character (U+0000)' }],
      });
    }
  });
}
