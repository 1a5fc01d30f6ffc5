// A cookie-keeping client for `npm run attack`: sends the CSRF header as the web app does,
// takes a raw body (hostile bodies are not JSON) and gives up after a time limit.
const csrfCookieName = 'tryggve_csrf';
const csrfHeaderName = 'x-csrf-token';

export class AttackClient {
  #cookies = new Map();

  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * One request; `body` is an object (sent as JSON) or a string (sent as it is, as JSON).
   * Resolves with the status, the error code when there is one, and the milliseconds; a request
   * that did not finish in `timeoutMs` resolves with status 0 and `isTimedOut`.
   */
  async request(method, path, body, { timeoutMs = 60_000 } = {}) {
    const csrf = this.#cookies.get(csrfCookieName);
    const headers = {
      cookie: [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(method !== 'GET' && csrf ? { [csrfHeaderName]: csrf } : {}),
    };
    const start = performance.now();
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        signal: AbortSignal.timeout(timeoutMs),
        ...(body === undefined
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      const buffer = Buffer.from(await response.arrayBuffer());
      // A proxy may join several Set-Cookie headers into one (Prism does): split them again.
      const setCookies = response.headers
        .getSetCookie()
        .flatMap((header) => header.split(/,(?=\s*[\w-]+=)/));
      for (const cookie of setCookies) {
        const [pair = '', ...attributes] = cookie.split(';');
        const separator = pair.indexOf('=');
        const name = pair.slice(0, separator).trim();
        const value = pair.slice(separator + 1).trim();
        const isExpired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
        if (value === '' || isExpired) this.#cookies.delete(name);
        else this.#cookies.set(name, value);
      }
      const isJson = (response.headers.get('content-type') ?? '').includes('json');
      let json = null;
      if (isJson) {
        try {
          json = JSON.parse(buffer.toString('utf8'));
        } catch {
          json = null;
        }
      }
      return {
        status: response.status,
        code: json && typeof json === 'object' && 'code' in json ? json.code : null,
        json,
        headers: response.headers,
        bytes: buffer.length,
        milliseconds: Math.round(performance.now() - start),
      };
    } catch (error) {
      const isTimedOut = error?.name === 'TimeoutError' || error?.name === 'AbortError';
      return {
        status: 0,
        code: isTimedOut ? 'CLIENT_TIMED_OUT' : `NETWORK: ${error?.cause?.code ?? error?.message}`,
        json: null,
        isTimedOut,
        milliseconds: Math.round(performance.now() - start),
      };
    }
  }

  async json(method, path, body) {
    const response = await this.request(method, path, body);
    if (response.status < 200 || response.status > 299) {
      throw new Error(`${method} ${path} answered ${response.status} ${response.code ?? ''}`);
    }
    return response.json;
  }

  /** Signs in as a person does: GET the session for the CSRF cookie, then POST the password. */
  async signIn({ email, password }) {
    await this.request('GET', '/api/session');
    const response = await this.request('POST', '/api/session', { email, password });
    if (response.status !== 200) throw new Error(`Sign-in failed: ${response.status}`);
    return this;
  }
}
