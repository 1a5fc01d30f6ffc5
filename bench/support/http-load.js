// Load over loopback with autocannon, as signed-in users: a reporter account made for the
// benchmark, and the demo's admin. Every run is bounded in time; the client runs in this
// process, beside the server, for the measured route and its reference alike.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { hashPassword } from '../../dist/server/domain/accounts/password.js';
import { csrfCookieName, csrfHeaderName } from '../../dist/server/http/session-plugin.js';

/** A reporter of the housing company, made straight through the store, with a password. */
export async function makeReporter(deps, huddinge) {
  const password = 'ett långt lösenord för lasttestet';
  const user = {
    id: randomUUID(),
    municipalityId: huddinge.municipalityId,
    organisationId: huddinge.organisationId,
    email: `rapportor-${randomUUID().slice(0, 8)}@bench.test`,
    displayName: 'Lasttest Rapportör',
    locale: 'sv',
    roles: ['reporter'],
    passwordHash: await hashPassword(password),
    passwordChangedAt: new Date().toISOString(),
    disabledAt: null,
    lastLoginAt: null,
    createdAt: new Date().toISOString(),
  };
  await deps.store.users.create(user);
  return { email: user.email, password };
}

/** Signs in over HTTP as a browser does and returns what it then sends: cookies, CSRF token. */
export async function signedInHeaders(baseUrl, { email, password }) {
  const cookies = new Map();
  const keep = (response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const separator = pair.indexOf('=');
      cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
    }
  };
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  keep(await fetch(`${baseUrl}/api/session`));
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: {
      cookie: cookieHeader(),
      'content-type': 'application/json',
      [csrfHeaderName]: cookies.get(csrfCookieName) ?? '',
    },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`Sign-in failed: ${response.status}`);
  keep(response);
  return { cookie: cookieHeader(), [csrfHeaderName]: cookies.get(csrfCookieName) };
}

/**
 * Runs autocannon for `seconds` against one route. `nextPath` and `nextBody` (optional) vary
 * each request. Returns requests per second, latency and every kind of failure.
 */
export async function load({ url, method = 'GET', headers, seconds, connections, nextPath, body }) {
  const result = await autocannon({
    url,
    method,
    connections,
    duration: seconds,
    headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
    ...(nextPath
      ? { requests: [{ method, setupRequest: (request) => ({ ...request, path: nextPath() }) }] }
      : {}),
  });
  return {
    seconds,
    connections,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    latencyMilliseconds: {
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
