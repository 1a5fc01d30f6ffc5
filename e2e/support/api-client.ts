/**
 * The API from the test process itself, with its own cookie jar: for setting up people and
 * data, and for checking what the browser did, without going through the interface.
 */
export class ApiClient {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  private remember(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const separator = pair.indexOf('=');
      if (separator > 0) this.cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
  }

  async request<T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    if (method !== 'GET' && !this.cookies.has('tryggve_csrf')) {
      this.remember(await fetch(`${this.baseUrl}/api/session`));
    }
    const headers: Record<string, string> = {
      accept: 'application/json',
      cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const csrf = this.cookies.get('tryggve_csrf');
    if (method !== 'GET' && csrf !== undefined) headers['x-csrf-token'] = decodeURIComponent(csrf);
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    this.remember(response);
    const text = await response.text();
    return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
  }

  async get<T>(path: string): Promise<T> {
    const { status, body } = await this.request<T>('GET', path);
    if (status !== 200) throw new Error(`GET ${path} answered ${status}: ${JSON.stringify(body)}`);
    return body;
  }

  async post<T>(path: string, body: unknown, expectedStatus = [200, 201]): Promise<T> {
    const answer = await this.request<T>('POST', path, body);
    if (!expectedStatus.includes(answer.status)) {
      throw new Error(`POST ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    return answer.body;
  }

  async put<T>(path: string, body: unknown): Promise<T> {
    const answer = await this.request<T>('PUT', path, body);
    if (answer.status !== 200) {
      throw new Error(`PUT ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    return answer.body;
  }

  async logIn(email: string, password: string): Promise<void> {
    await this.post('/api/session', { email, password });
  }
}
