import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBolagsverketTransport, discardBody } from './api-transport.js';

/**
 * The transport against a plain HTTP server on 127.0.0.1 that misbehaves in ways the recorded
 * server does not: short-lived tokens, answers cut off mid-body, endless bodies.
 */
let server: Server;
let baseUrl: string;
let tokensIssued = 0;
const routes = new Map<string, (response: ServerResponse) => void>();

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    if (request.url === '/oauth2/token') {
      tokensIssued += 1;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ access_token: `token-${tokensIssued}`, expires_in: 20 }));
      return;
    }
    const route = routes.get(request.url ?? '');
    if (route) route(response);
    else response.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const transportFor = (overrides: { maxResponseBytes?: number } = {}) =>
  createBolagsverketTransport({
    baseUrl,
    tokenUrl: `${baseUrl}/oauth2/token`,
    clientId: 'id',
    clientSecret: 'secret',
    timeoutMs: 1_000,
    baseDelayMs: 5,
    maxAttempts: 2,
    maxTotalMs: 5_000,
    ...overrides,
  });

describe('the Bolagsverket transport', () => {
  it('keeps a token that lives 30 seconds or less for half its life', async () => {
    const transport = transportFor();
    const before = tokensIssued;
    for (let call = 0; call < 3; call += 1) {
      expect((await transport.request('GET', '/isalive')).outcome).toBe('ok');
    }
    expect(tokensIssued - before).toBe(1);
  });

  it('refuses an answer longer than the limit, declared or streamed, without reading it all', async () => {
    routes.set('/declared', (response) => {
      response.writeHead(200, { 'content-length': String(5_000) });
      response.end(Buffer.alloc(5_000));
    });
    let chunksWritten = 0;
    routes.set('/endless', (response) => {
      response.writeHead(200, { 'content-type': 'application/zip' });
      const timer = setInterval(() => {
        chunksWritten += 1;
        if (!response.write(Buffer.alloc(1_024)) && chunksWritten > 1_000) clearInterval(timer);
      }, 1);
      response.on('close', () => clearInterval(timer));
    });
    const transport = transportFor({ maxResponseBytes: 4_096 });
    for (const path of ['/declared', '/endless']) {
      expect(await transport.request('GET', path)).toEqual({
        outcome: 'failed',
        reason: 'REGISTRY_BAD_RESPONSE',
        retryAfterSeconds: null,
      });
    }
    expect(chunksWritten).toBeLessThan(1_000);
    expect((await transportFor().request('GET', '/declared')).outcome).toBe('ok');
  });

  it('gives a stable reason, never an exception, when an error answer is cut off mid-body', async () => {
    routes.set('/cut', (response) => {
      response.writeHead(503, { 'content-length': '1000' });
      response.write('{"title": "Service Unavailable", "det');
      setTimeout(() => response.destroy(), 5);
    });
    const transport = transportFor();
    await expect(transport.request('GET', '/cut')).resolves.toMatchObject({
      outcome: 'failed',
      reason: 'REGISTRY_UNAVAILABLE',
    });
  });

  it('discards a body that has already failed without throwing', async () => {
    const failedBody = () =>
      new ReadableStream({
        start(controller) {
          controller.error(new Error('connection reset'));
        },
      });
    // What a bare cancel() does with such a body, and what discardBody does.
    await expect(new Response(failedBody()).body?.cancel()).rejects.toThrow('connection reset');
    await expect(discardBody(new Response(failedBody(), { status: 500 }))).resolves.toBeUndefined();
  });
});
