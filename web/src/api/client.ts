import type {
  ApiPath,
  Method as ApiMethod,
  PathOf,
  RequestArguments,
  ResponseOf,
} from './contract';

/**
 * The one way the web shell talks to the API: same-origin cookies, JSON both ways, the CSRF
 * header on every request that changes something, and failures as {@link ApiError}. Paths,
 * bodies and answers are typed by the generated API document (./contract.ts).
 */

/** Over https the server binds the cookie to this origin with the `__Host-` prefix. */
const csrfCookieNames = ['__Host-tryggve_csrf', 'tryggve_csrf'];
const csrfHeaderName = 'x-csrf-token';

/** An error answer from the API (or a failure to reach it: status 0, code NETWORK_ERROR). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | number | boolean | undefined | null>;

/** Reads the CSRF cookie now: the server replaces it at login, so it must never be cached. */
export function readCsrfToken(): string | null {
  return csrfTokenOf(document.cookie);
}

/** The CSRF token in a cookie header, the `__Host-` one first (an old plain one may linger). */
export function csrfTokenOf(cookieHeader: string): string | null {
  const cookies = new Map<string, string>();
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1) continue;
    cookies.set(part.slice(0, separator).trim(), part.slice(separator + 1).trim());
  }
  for (const name of csrfCookieNames) {
    const value = cookies.get(name);
    if (value !== undefined) return decodeURIComponent(value);
  }
  return null;
}

/** The parts of a request besides method and path, as a typed call passes them. */
interface RequestParts {
  path?: Record<string, string | number>;
  query?: object;
  body?: unknown;
}

/**
 * The URL of a document path (`/api/meetings/{id}`) with its path parameters filled in
 * (encoded) and its query appended.
 */
export function urlOf(path: ApiPath, parts: RequestParts = {}): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = parts.path?.[name];
    if (value === undefined) throw new Error(`The path ${path} needs the parameter ${name}.`);
    return encodeURIComponent(String(value));
  });
  return buildUrl(filled.replace(/^\/api/, ''), parts.query as Query | undefined);
}

/** A link to a GET operation (a PDF the browser opens itself), typed as a request is. */
export function hrefOf<P extends PathOf<'get'>>(path: P, ...[parts]: RequestArguments<P, 'get'>) {
  return urlOf(path, (parts ?? {}) as RequestParts);
}

export function buildUrl(path: string, query?: Query): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const queryString = search.toString();
  return queryString === '' ? `/api${path}` : `/api${path}?${queryString}`;
}

async function send(method: Method, url: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const token = readCsrfToken();
    if (token !== null) headers[csrfHeaderName] = token;
  }
  try {
    return await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, 'NETWORK_ERROR', error instanceof Error ? error.message : String(error));
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    // Not JSON (a proxy's error page, say): fall through to a code chosen from the status.
  }
  if (isErrorBody(payload)) {
    return new ApiError(response.status, payload.code, payload.message, payload.details);
  }
  const code = response.status >= 500 ? 'INTERNAL_ERROR' : `HTTP_${response.status}`;
  return new ApiError(response.status, code, response.statusText);
}

function isErrorBody(
  value: unknown,
): value is { code: string; message: string; details?: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/**
 * Makes one API request and returns the parsed JSON (undefined for 204).
 * Before a state-changing request without a CSRF cookie, and once after a CSRF rejection, it
 * asks GET /api/session for a fresh cookie, so a long-open tab does not fail on a stale token.
 */
async function apiRequest<T>(method: Method, url: string, body: unknown): Promise<T> {
  if (method !== 'GET' && readCsrfToken() === null) await refreshCsrfCookie();
  let response = await send(method, url, body);
  if (method !== 'GET' && response.status === 403) {
    const error = await toApiError(response.clone());
    if (error.code === 'CSRF_TOKEN_INVALID') {
      await refreshCsrfCookie();
      response = await send(method, url, body);
    }
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

async function refreshCsrfCookie(): Promise<void> {
  const response = await send('GET', buildUrl('/session'), undefined);
  if (!response.ok) throw await toApiError(response);
}

/** How far an upload has come: bytes sent of the body's total. */
export interface UploadProgress {
  sent: number;
  total: number;
}

function sendWithProgress(
  method: 'POST' | 'PUT',
  url: string,
  body: string,
  onProgress: (progress: UploadProgress) => void,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    // fetch() cannot report upload progress; XMLHttpRequest can.
    const request = new XMLHttpRequest();
    request.open(method, url);
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('content-type', 'application/json');
    const token = readCsrfToken();
    if (token !== null) request.setRequestHeader(csrfHeaderName, token);
    request.withCredentials = true;
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ sent: event.loaded, total: event.total });
    };
    request.onload = () => resolve({ status: request.status, text: request.responseText });
    request.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', 'The upload failed.'));
    request.onabort = () => reject(new ApiError(0, 'NETWORK_ERROR', 'The upload was aborted.'));
    request.send(body);
  });
}

function errorFromText(status: number, text: string): ApiError {
  let payload: unknown = null;
  try {
    payload = JSON.parse(text);
  } catch {
    // Not JSON: a code chosen from the status below.
  }
  if (isErrorBody(payload))
    return new ApiError(status, payload.code, payload.message, payload.details);
  return new ApiError(status, status >= 500 ? 'INTERNAL_ERROR' : `HTTP_${status}`, '');
}

/**
 * POSTs (or PUTs) a large JSON body (an import file, a layer of districts) and reports the
 * upload's progress. Same CSRF rules as {@link apiRequest}.
 */
export async function apiUpload<M extends 'post' | 'put', P extends PathOf<M>>(
  method: M,
  path: P,
  parts: RequestArguments<P, M>[0] & RequestParts,
  onProgress: (progress: UploadProgress) => void,
): Promise<ResponseOf<P, M>> {
  const url = urlOf(path, parts);
  const text = JSON.stringify(parts.body);
  if (readCsrfToken() === null) await refreshCsrfCookie();
  const verb = method === 'put' ? 'PUT' : 'POST';
  let response = await sendWithProgress(verb, url, text, onProgress);
  if (response.status === 403 && errorFromText(403, response.text).code === 'CSRF_TOKEN_INVALID') {
    await refreshCsrfCookie();
    response = await sendWithProgress(verb, url, text, onProgress);
  }
  if (response.status < 200 || response.status >= 300) {
    throw errorFromText(response.status, response.text);
  }
  return (response.text === '' ? undefined : JSON.parse(response.text)) as ResponseOf<P, M>;
}

/** A file the API sent, read whole, with what its headers say. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
  headers: Headers;
}

/** The file name of a content-disposition header, if it names one. */
export function fileNameOf(disposition: string | null): string | null {
  if (disposition === null) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded !== undefined) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed encoding: fall back to the plain name below.
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1]?.trim() ?? null;
}

/**
 * GETs a file (an export) with the session cookie and reports the bytes received so far; the
 * total is the content-length, or null when the server streams without one.
 */
export async function apiDownload<P extends PathOf<'get'>>(
  path: P,
  parts: RequestArguments<P, 'get'>[0] & RequestParts,
  onProgress: (received: number, total: number | null) => void,
): Promise<DownloadedFile> {
  const response = await send('GET', urlOf(path, parts), undefined);
  if (!response.ok) throw await toApiError(response);
  const length = Number(response.headers.get('content-length') ?? '');
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  if (reader === undefined) {
    chunks.push(new Uint8Array(await response.arrayBuffer()));
  } else {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress(received, total);
    }
  }
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  return {
    blob: new Blob(chunks as BlobPart[], { type }),
    fileName: fileNameOf(response.headers.get('content-disposition')),
    headers: response.headers,
  };
}

/** A typed request of one method: the path as the API document writes it, then its parts. */
function requestOf<M extends ApiMethod>(method: M) {
  const verb = method.toUpperCase() as Method;
  return <P extends PathOf<M>>(
    path: P,
    ...[parts]: RequestArguments<P, M>
  ): Promise<ResponseOf<P, M>> => {
    const given = (parts ?? {}) as RequestParts;
    // A POST without a body still sends {} (JSON), as every state-changing route expects JSON.
    const body = given.body === undefined && method === 'post' ? {} : given.body;
    return apiRequest<ResponseOf<P, M>>(verb, urlOf(path, given), body);
  };
}

/** `api.get('/api/meetings/{id}', { path: { id } })`: typed by the generated API document. */
export const api = {
  get: requestOf('get'),
  post: requestOf('post'),
  patch: requestOf('patch'),
  put: requestOf('put'),
  delete: requestOf('delete'),
};
