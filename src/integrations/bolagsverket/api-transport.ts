import { randomUUID } from 'node:crypto';

/** Where and how to reach Bolagsverket's API; from configuration (TRYGGVE_BOLAGSVERKET_*). */
export interface BolagsverketSettings {
  /** e.g. https://gw.api.bolagsverket.se/vardefulla-datamangder/v1 */
  baseUrl: string;
  /** e.g. https://portal.api.bolagsverket.se/oauth2/token */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** One request's limit. */
  timeoutMs: number;
  /** Attempts per call, the first included (default 4). */
  maxAttempts?: number;
  /** The first backoff; doubled per retry, with jitter (default 500 ms). */
  baseDelayMs?: number;
  /** No call takes longer than this, waits included (default 30 s). */
  maxTotalMs?: number;
  /** The most bytes one answer may have; a longer one is a bad response (default 20 MB). */
  maxResponseBytes?: number;
}

/** The port's stable reasons (src/domain/suppliers/company-registry.ts). */
export type FailureReason =
  | 'REGISTRY_UNAVAILABLE'
  | 'REGISTRY_RATE_LIMITED'
  | 'REGISTRY_TIMEOUT'
  | 'REGISTRY_UNAUTHORISED'
  | 'REGISTRY_BAD_RESPONSE';

type TransportResult =
  | { outcome: 'ok'; status: number; contentType: string; bytes: Uint8Array }
  | { outcome: 'not_found' }
  | { outcome: 'failed'; reason: FailureReason; retryAfterSeconds: number | null };

type Attempt =
  | TransportResult
  | {
      outcome: 'retry';
      reason: FailureReason;
      waitMs: number | null;
      retryAfterSeconds: number | null;
    }
  | { outcome: 'token_rejected' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retry-After as seconds: a number of seconds or an HTTP date. */
function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Drops an answer's body unread; a body that already failed is no error of ours. */
export async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/**
 * Reads an answer's body, at most `limit` bytes: null when it is longer (the rest is not read).
 * @throws when the connection fails while reading.
 */
async function readBodyUpTo(response: Response, limit: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await discardBody(response);
    return null;
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

/**
 * OAuth2 client credentials and resilient requests: the token is cached until shortly before
 * it expires and fetched again once when the API answers 401; 5xx, timeouts and network
 * errors are retried with exponential backoff and jitter (half fixed, half random); 429 waits
 * as long as Retry-After says, if that fits within the call's total time; everything else
 * becomes one of the port's stable reasons. Nothing here throws.
 */
export function createBolagsverketTransport(settings: BolagsverketSettings) {
  const maxAttempts = settings.maxAttempts ?? 4;
  const baseDelayMs = settings.baseDelayMs ?? 500;
  const maxTotalMs = settings.maxTotalMs ?? 30_000;
  const maxResponseBytes = settings.maxResponseBytes ?? 20 * 1024 * 1024;
  let token: { value: string; expiresAt: number } | null = null;

  async function fetchToken(deadline: number): Promise<Attempt | string> {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      scope: 'vardefulla-datamangder:read vardefulla-datamangder:ping',
    });
    const basic = Buffer.from(`${settings.clientId}:${settings.clientSecret}`).toString('base64');
    let response: Response;
    try {
      response = await fetch(settings.tokenUrl, {
        method: 'POST',
        headers: {
          authorization: `Basic ${basic}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body,
        signal: AbortSignal.timeout(
          Math.max(1, Math.min(settings.timeoutMs, deadline - Date.now())),
        ),
      });
    } catch (error) {
      return failureToRetry(error);
    }
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      await discardBody(response);
      return { outcome: 'failed', reason: 'REGISTRY_UNAUTHORISED', retryAfterSeconds: null };
    }
    if (!response.ok) return classifyStatus(response);
    try {
      const json = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
      if (typeof json.access_token !== 'string') throw new Error('no access_token');
      const lifetime = typeof json.expires_in === 'number' ? json.expires_in : 300;
      // Renew a little early, so a token never expires on its way to the API; a short-lived
      // token is still kept for half its life rather than fetched again for every call.
      token = {
        value: json.access_token,
        expiresAt: Date.now() + Math.max(lifetime / 2, lifetime - 30) * 1000,
      };
      return json.access_token;
    } catch {
      return { outcome: 'failed', reason: 'REGISTRY_BAD_RESPONSE', retryAfterSeconds: null };
    }
  }

  function failureToRetry(error: unknown): Attempt {
    return isTimeout(error)
      ? { outcome: 'retry', reason: 'REGISTRY_TIMEOUT', waitMs: null, retryAfterSeconds: null }
      : { outcome: 'retry', reason: 'REGISTRY_UNAVAILABLE', waitMs: null, retryAfterSeconds: null };
  }

  async function classifyStatus(response: Response): Promise<Attempt> {
    await discardBody(response);
    if (response.status === 429) {
      const seconds = retryAfterSeconds(response.headers.get('retry-after'));
      return {
        outcome: 'retry',
        reason: 'REGISTRY_RATE_LIMITED',
        waitMs: seconds === null ? null : seconds * 1000,
        retryAfterSeconds: seconds,
      };
    }
    if (response.status >= 500) {
      return {
        outcome: 'retry',
        reason: 'REGISTRY_UNAVAILABLE',
        waitMs: null,
        retryAfterSeconds: null,
      };
    }
    if (response.status === 401) return { outcome: 'token_rejected' };
    if (response.status === 403) {
      return { outcome: 'failed', reason: 'REGISTRY_UNAUTHORISED', retryAfterSeconds: null };
    }
    if (response.status === 404) return { outcome: 'not_found' };
    return { outcome: 'failed', reason: 'REGISTRY_BAD_RESPONSE', retryAfterSeconds: null };
  }

  async function attempt(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    deadline: number,
  ): Promise<Attempt> {
    const current =
      token && token.expiresAt > Date.now() ? token.value : await fetchToken(deadline);
    if (typeof current !== 'string') return current;
    let response: Response;
    try {
      response = await fetch(`${settings.baseUrl.replace(/\/+$/, '')}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${current}`,
          accept: method === 'GET' ? '*/*' : 'application/json',
          'x-request-id': randomUUID(),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(
          Math.max(1, Math.min(settings.timeoutMs, deadline - Date.now())),
        ),
      });
    } catch (error) {
      return failureToRetry(error);
    }
    if (!response.ok) return classifyStatus(response);
    try {
      const bytes = await readBodyUpTo(response, maxResponseBytes);
      if (!bytes) {
        return { outcome: 'failed', reason: 'REGISTRY_BAD_RESPONSE', retryAfterSeconds: null };
      }
      const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
      return { outcome: 'ok', status: response.status, contentType, bytes };
    } catch (error) {
      return failureToRetry(error);
    }
  }

  /** One call to the API, retried as described above. */
  async function request(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<TransportResult> {
    const deadline = Date.now() + maxTotalMs;
    let hasRefreshedToken = false;
    let last: Extract<Attempt, { outcome: 'retry' }> | null = null;
    for (let attemptNumber = 1; attemptNumber <= maxAttempts; attemptNumber += 1) {
      const result = await attempt(method, path, body, deadline);
      if (result.outcome === 'token_rejected') {
        token = null;
        if (hasRefreshedToken) {
          return { outcome: 'failed', reason: 'REGISTRY_UNAUTHORISED', retryAfterSeconds: null };
        }
        // A token the API no longer accepts is fetched again, once, without counting as a try.
        hasRefreshedToken = true;
        attemptNumber -= 1;
        continue;
      }
      if (result.outcome !== 'retry') return result;
      last = result;
      const backoff = Math.min(8_000, baseDelayMs * 2 ** (attemptNumber - 1));
      const waitMs = result.waitMs ?? Math.round(backoff / 2 + Math.random() * (backoff / 2));
      if (attemptNumber === maxAttempts || Date.now() + waitMs >= deadline) break;
      await sleep(waitMs);
    }
    return {
      outcome: 'failed',
      reason: last?.reason ?? 'REGISTRY_UNAVAILABLE',
      retryAfterSeconds: last?.retryAfterSeconds ?? null,
    };
  }

  return { request };
}
