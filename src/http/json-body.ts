import type { FastifyInstance } from 'fastify';
import { DomainError } from '../domain/errors.js';

/**
 * How deeply a JSON body may nest. The deepest body Tryggve takes, a GeoJSON MultiPolygon in
 * a FeatureCollection, nests eight levels; 64 leaves room and keeps every walk over a body
 * (the NUL check, zod) short.
 */
export const maxJsonDepth = 64;

/** The body limit of routes open without signing in: a login, a reset, an invitation. */
export const publicBodyLimit = 16 * 1024;

/**
 * Whether `text` opens more than `maxDepth` arrays or objects inside each other: one pass
 * over the characters, skipping strings, with no parse, so a hostile body costs no more than
 * reading it. A body that is not JSON at all is left for the parser to refuse.
 */
export function isNestedDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let isInString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isInString) {
      if (code === 0x5c) index += 1;
      else if (code === 0x22) isInString = false;
    } else if (code === 0x22) {
      isInString = true;
    } else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (code === 0x5d || code === 0x7d) {
      depth -= 1;
    }
  }
  return false;
}

/**
 * JSON bodies are parsed by Fastify's own parser (with its prototype-poisoning guard) only
 * after a cheap scan has found them no deeper than `maxJsonDepth`; deeper ones are refused
 * with JSON_TOO_DEEP. Routes open to anyone get a small body limit unless they set their own.
 */
export function installJsonBodyLimits(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (isNestedDeeperThan(body as string, maxJsonDepth)) {
      done(
        new DomainError(
          'JSON_TOO_DEEP',
          `The JSON body nests more than ${maxJsonDepth} levels deep.`,
          { maxDepth: maxJsonDepth },
        ),
        undefined,
      );
      return;
    }
    parseJson(request, body as string, done);
  });
  app.addHook('onRoute', (route) => {
    if (route.config?.isPublic === true && route.bodyLimit === undefined) {
      route.bodyLimit = publicBodyLimit;
    }
  });
}
