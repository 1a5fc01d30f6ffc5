import type { FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { DomainError } from '../domain/errors.js';
import { isNestedDeeperThan, maxJsonDepth } from './json-body.js';

/**
 * Keeps the JSON bodies of the routes registered in `plugin` (an encapsulated one) as the
 * bytes received: no parse, no scan, no validation on the event loop. For routes whose
 * bodies may run to tens of megabytes (a layer file, a police events file) and whose whole
 * work runs in a worker thread, which reads the body with `readJsonBody`. The route's limit
 * (`bodyLimit`) still bounds the bytes, its access is still decided in `onRequest` before
 * any byte is read, and its `schema.body` still describes the body in the OpenAPI document;
 * params and query are validated as everywhere.
 */
export function keepJsonBodiesRaw(plugin: FastifyInstance): void {
  plugin.removeContentTypeParser('application/json');
  plugin.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );
  plugin.setValidatorCompiler((route) =>
    route.httpPart === 'body'
      ? (data: unknown) => ({ value: data })
      : validatorCompiler(route as Parameters<typeof validatorCompiler>[0]),
  );
}

/** The raw body a route of `keepJsonBodiesRaw` received: bytes, or null when none came. */
export function rawBodyOf(body: unknown): Uint8Array | null {
  return body instanceof Uint8Array ? body : null;
}

/**
 * The task options that hand a raw body's memory to the worker thread instead of copying tens
 * of megabytes on the event loop: only when the body owns its whole ArrayBuffer (Fastify
 * joins a body's chunks into a fresh one; a small body in Node's shared pool is copied).
 * The body is empty on this side afterwards.
 */
export function handingOver(body: Uint8Array | null): { transfer: ArrayBuffer[] } {
  const memory = body?.buffer;
  const isWhole =
    memory instanceof ArrayBuffer &&
    body!.byteOffset === 0 &&
    body!.byteLength === memory.byteLength &&
    memory.byteLength > 0;
  return { transfer: isWhole ? [memory] : [] };
}

const malformed = () =>
  new DomainError(
    'MALFORMED_REQUEST',
    'The request could not be read: check that the body is valid JSON.',
  );

/**
 * Where in `value` a text holds a NUL character, or a key would reach an object's prototype
 * (`__proto__`, `constructor.prototype`, which Fastify's own parser refuses). One walk; arrays
 * by index, so a polygon of millions of positions costs little.
 */
function findHostileText(
  value: unknown,
  path: string[],
): { kind: 'nul'; path: string[] } | { kind: 'prototype' } | null {
  if (typeof value === 'string') return value.includes('\u0000') ? { kind: 'nul', path } : null;
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (item === null || typeof item === 'number' || typeof item === 'boolean') continue;
      const found = findHostileText(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    if (key.includes('\u0000')) return { kind: 'nul', path };
    const item = (value as Record<string, unknown>)[key];
    if (key === '__proto__') return { kind: 'prototype' };
    if (key === 'constructor' && item !== null && typeof item === 'object') {
      if (Object.hasOwn(item, 'prototype')) return { kind: 'prototype' };
    }
    const found = findHostileText(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

/**
 * A raw JSON body read as Fastify reads every other body, with the same answers: too deep
 * (JSON_TOO_DEEP), not JSON or reaching for a prototype (MALFORMED_REQUEST), a NUL character
 * (VALIDATION_FAILED at its field), not of `schema` (VALIDATION_FAILED with every issue at its
 * path). Meant for a worker thread: its cost grows with the body.
 */
export function readJsonBody<Schema extends z.ZodType>(
  bytes: Uint8Array | null,
  schema: Schema,
): z.output<Schema> {
  let value: unknown = null;
  if (bytes !== null) {
    let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (isNestedDeeperThan(text, maxJsonDepth)) {
      throw new DomainError(
        'JSON_TOO_DEEP',
        `The JSON body nests more than ${maxJsonDepth} levels deep.`,
        { maxDepth: maxJsonDepth },
      );
    }
    try {
      value = JSON.parse(text);
    } catch {
      throw malformed();
    }
    const hostile = findHostileText(value, ['body']);
    if (hostile?.kind === 'prototype') throw malformed();
    if (hostile?.kind === 'nul') {
      throw new DomainError('VALIDATION_FAILED', 'A text holds a NUL character (U+0000).', {
        issues: [{ path: hostile.path, message: 'text without the NUL character (U+0000)' }],
      });
    }
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new DomainError('VALIDATION_FAILED', 'The request has invalid fields.', {
      issues: result.error.issues.map((issue) => ({
        path: ['body', ...issue.path.map(String).filter(Boolean)],
        message: issue.message,
      })),
    });
  }
  return result.data;
}
