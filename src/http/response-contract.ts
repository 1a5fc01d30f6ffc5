import type { FastifyInstance } from 'fastify';
import type { ErrorCode } from '../domain/errors.js';

/** An answer a route gave that its entry in the API document does not list. */
export interface UndocumentedResponse {
  route: string;
  status: number;
  code: string | null;
  problem: string;
}

/** Every answer a route gave, as `METHOD /route status code`: the walker checks each documented one occurs. */
export type ObservedResponse = { route: string; status: number; code: string | null };

function errorCodeIn(payload: unknown): string | null {
  if (typeof payload !== 'string') return null;
  try {
    const body = JSON.parse(payload) as { code?: unknown };
    return typeof body.code === 'string' ? body.code : null;
  } catch {
    return null;
  }
}

/**
 * Checks each answer of a documented route against the route's own document: the status
 * must be listed, and an error's code must be one its status lists. Success bodies are
 * already checked by the zod serializer. The test server reports every miss, so a route
 * that answers with something its document does not say fails the test that caused it.
 */
export function checkResponsesAgainstDocument(
  app: FastifyInstance,
  report: (miss: UndocumentedResponse) => void,
  observe?: (response: ObservedResponse) => void,
): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const url = request.routeOptions.url;
    const schema = request.routeOptions.schema as
      { response?: Record<string, unknown>; hide?: boolean } | undefined;
    if (url === undefined || !schema || schema.hide || request.method === 'HEAD') return payload;
    const route = `${request.method} ${url}`;
    const status = reply.statusCode;
    const code = status >= 400 ? errorCodeIn(payload) : null;
    observe?.({ route, status, code });
    const responses = schema.response ?? {};
    if (!(String(status) in responses) && !('default' in responses)) {
      report({ route, status, code, problem: `status ${status} is not documented` });
      return payload;
    }
    const documented: readonly ErrorCode[] | undefined =
      request.routeOptions.config.documentedErrors?.[status];
    if (status >= 400 && documented && !documented.includes(code as ErrorCode)) {
      report({
        route,
        status,
        code,
        problem: `code ${code} is not documented under ${status} (${documented.join(', ')})`,
      });
    }
    return payload;
  });
}
