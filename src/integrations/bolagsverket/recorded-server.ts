import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { packageRoot } from '../../package-root.js';

/**
 * A stand-in for Bolagsverket's API on 127.0.0.1: answers the token endpoint, `/organisationer`,
 * `/dokumentlista` and `/dokument/{id}` from recorded responses in the documented format
 * (test/fixtures/bolagsverket), and fails on demand, so the client is tested against real
 * HTTP and the browser journeys and the demo have a registry without a network.
 */

type FailureMode =
  /** 500 with an RFC 7807 body. */
  | 'server_error'
  /** Accepts the request and never answers. */
  | 'hang'
  /** 429 with Retry-After. */
  | 'rate_limited'
  /** The token endpoint refuses the client's credentials (401). */
  | 'bad_credentials'
  /** The API says the token has expired (401), whatever token is sent. */
  | 'token_expired'
  /** 200 with a body that is not JSON. */
  | 'malformed_json';

/** Organisation numbers that always fail, for journeys that show the user a failure. */
const failingOrganisationNumbers: Record<string, FailureMode> = {
  '5599000501': 'server_error',
  '5599000428': 'hang',
  '5599000295': 'rate_limited',
  '5599000113': 'malformed_json',
};

interface RecordedServerOptions {
  port?: number;
  clientId?: string;
  clientSecret?: string;
  tokenLifetimeSeconds?: number;
  retryAfterSeconds?: number;
  fixturesFolder?: string;
}

export interface RecordedServer {
  /** e.g. http://127.0.0.1:40123 */
  url: string;
  /** TRYGGVE_BOLAGSVERKET_BASE_URL */
  baseUrl: string;
  /** TRYGGVE_BOLAGSVERKET_TOKEN_URL */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** The next `count` requests fail so (token requests only for 'bad_credentials'). */
  failNext(mode: FailureMode, count?: number): void;
  /** The last 1,000 requests received: method and path. */
  requests: { method: string; path: string }[];
  /** How many tokens were issued. */
  tokensIssued(): number;
  close(): Promise<void>;
}

const apiPrefix = '/vardefulla-datamangder/v1';

/** Requests remembered in `requests`: a long-running demo server must not grow without end. */
const requestsKept = 1_000;

function problem(response: ServerResponse, status: number, title: string, detail: string) {
  const type =
    status === 401
      ? 'urn:bolagsverket:error:auth'
      : status === 400
        ? 'urn:bolagsverket:error:validation'
        : 'about:blank';
  response.writeHead(status, { 'content-type': 'application/problem+json' });
  response.end(
    JSON.stringify({
      type,
      instance: status === 401 ? 'auth.token_expired' : `http.${status}`,
      status,
      timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      requestId: randomBytes(8).toString('hex'),
      title,
      detail,
    }),
  );
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the recorded server; port 0 (the default) picks a free one. */
export async function startRecordedBolagsverketServer(
  options: RecordedServerOptions = {},
): Promise<RecordedServer> {
  const folder = options.fixturesFolder ?? join(packageRoot(), 'test', 'fixtures', 'bolagsverket');
  const clientId = options.clientId ?? 'tryggve-demo';
  const clientSecret = options.clientSecret ?? 'tryggve-demo-secret';
  const retryAfter = options.retryAfterSeconds ?? 1;
  const queue: FailureMode[] = [];
  const tokens = new Set<string>();
  const requests: { method: string; path: string }[] = [];
  const sockets = new Set<Socket>();

  function takeFailure(isTokenRequest: boolean): FailureMode | null {
    const next = queue[0];
    if (!next || (next === 'bad_credentials') !== isTokenRequest) return null;
    queue.shift();
    return next;
  }

  function fail(mode: FailureMode, response: ServerResponse) {
    if (mode === 'hang') return;
    if (mode === 'server_error')
      return problem(response, 500, 'Internal Server Error', 'Tekniskt fel');
    if (mode === 'rate_limited') {
      response.setHeader('retry-after', String(retryAfter));
      return problem(response, 429, 'Too Many Requests', 'För många anrop');
    }
    if (mode === 'malformed_json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end('{"organisationer": [{"organisationsidentitet": ');
    }
    return problem(response, 401, 'Unauthorized', 'Access token has expired');
  }

  function issueToken(request: IncomingMessage, body: string, response: ServerResponse) {
    const form = new URLSearchParams(body);
    const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const [id, secret] = basic
      ? Buffer.from(basic, 'base64').toString('utf8').split(':')
      : [form.get('client_id'), form.get('client_secret')];
    const failure = takeFailure(true);
    if (failure || id !== clientId || secret !== clientSecret) {
      response.writeHead(401, { 'content-type': 'application/json' });
      return response.end(
        JSON.stringify({
          error: 'invalid_client',
          error_description: 'Client authentication failed',
        }),
      );
    }
    if (form.get('grant_type') !== 'client_credentials') {
      response.writeHead(400, { 'content-type': 'application/json' });
      return response.end(JSON.stringify({ error: 'unsupported_grant_type' }));
    }
    const token = randomBytes(16).toString('hex');
    tokens.add(token);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        access_token: token,
        scope: 'vardefulla-datamangder:read vardefulla-datamangder:ping',
        token_type: 'Bearer',
        expires_in: options.tokenLifetimeSeconds ?? 3600,
      }),
    );
  }

  function sendFixture(response: ServerResponse, path: string, contentType: string): boolean {
    if (!existsSync(path)) return false;
    response.writeHead(200, { 'content-type': contentType });
    response.end(readFileSync(path));
    return true;
  }

  function answerApi(method: string, path: string, body: string, response: ServerResponse) {
    if (method === 'GET' && path === '/isalive') return void response.end('OK');
    const documentMatch = /^\/dokument\/([A-Za-z0-9_.-]+)$/.exec(path);
    if (method === 'GET' && documentMatch) {
      const file = join(folder, 'dokument', `${documentMatch[1]}.zip`);
      if (!sendFixture(response, file, 'application/zip')) {
        problem(response, 404, 'Not Found', 'Dokumentet finns inte');
      }
      return;
    }
    if (method !== 'POST' || (path !== '/organisationer' && path !== '/dokumentlista')) {
      return problem(response, 404, 'Not Found', `${method} ${path}`);
    }
    let number: unknown;
    try {
      number = (JSON.parse(body) as { identitetsbeteckning?: unknown }).identitetsbeteckning;
    } catch {
      return problem(response, 400, 'Bad Request', 'JSON parse error');
    }
    if (typeof number !== 'string' || !/^\d{10}(\d{2})?$/.test(number)) {
      return problem(response, 400, 'Bad Request', 'Ogiltig identitetsbeteckning');
    }
    const scripted = failingOrganisationNumbers[number];
    if (scripted) return fail(scripted, response);
    const kind = path.slice(1);
    if (sendFixture(response, join(folder, kind, `${number}.json`), 'application/json')) return;
    const fallback = kind === 'organisationer' ? 'finns-ej.json' : 'tom.json';
    sendFixture(response, join(folder, kind, fallback), 'application/json');
  }

  const server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const method = request.method ?? 'GET';
      requests.push({ method, path });
      if (requests.length > requestsKept) requests.splice(0, requests.length - requestsKept);
      const body = await readBody(request);
      if (method === 'POST' && path === '/oauth2/token') return issueToken(request, body, response);
      if (!path.startsWith(apiPrefix)) return problem(response, 404, 'Not Found', path);
      const failure = takeFailure(false);
      if (failure) return fail(failure, response);
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (!token || !tokens.has(token))
        return problem(response, 401, 'Unauthorized', 'Invalid token');
      answerApi(method, path.slice(apiPrefix.length), body, response);
    })().catch(() => {
      // Once the status line has gone out, no other answer can be given: cut the connection.
      if (response.headersSent) response.destroy();
      else problem(response, 500, 'Internal Server Error', 'Recorded server error');
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    baseUrl: `${url}${apiPrefix}`,
    tokenUrl: `${url}/oauth2/token`,
    clientId,
    clientSecret,
    requests,
    failNext(mode, count = 1) {
      for (let index = 0; index < count; index += 1) queue.push(mode);
    },
    tokensIssued: () => tokens.size,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
