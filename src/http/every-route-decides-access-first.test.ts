import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../test/support/http.js';

/**
 * Every state-changing route of the API, found in the app's own route list, must decide in
 * onRequest whether the caller may use it (`config: requires(...)`, or its own hook) before
 * the body is read. A signed-in account without any role sends each one a body announced as
 * 200 MB: the answer must be a refusal (403, or 404 where the route does not exist for the
 * caller), never 413, which would mean the body was being read. A new route that forgets
 * `requires` fails here without touching this file.
 */

/** Routes any signed-in user may use on their own account: no role is needed, so none is checked. */
const openToEverySignedInUser = new Set([
  'PATCH /api/account',
  'POST /api/account/password',
  'POST /api/account/second-factor/enrolment',
  'POST /api/account/second-factor/confirmation',
  'POST /api/account/second-factor/verification',
  'DELETE /api/session',
]);

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const someId = '00000000-0000-4000-8000-000000000000';

describeEachDialect('every state-changing route decides access before the body', (database) => {
  let app: FastifyInstance;
  let roleless: TestClient;
  let anonymous: TestClient;

  beforeAll(async () => {
    const deps = testDeps(database());
    const organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    app = await buildTestApp(deps);
    roleless = await new TestClient(app).signIn((await makeUser(deps, organisation, [])).email);
    anonymous = new TestClient(app);
  });
  afterAll(() => app.close());

  const hugeBody = (route: string) => {
    const [method, path] = route.split(' ') as [string, string];
    return {
      method: method as 'POST',
      url: path.replace(/:[A-Za-z]+/g, someId).replace('*', 'x'),
      headers: { 'content-type': 'application/json', 'content-length': String(200 * 1_048_576) },
      payload: '{}',
    };
  };

  it('refuses a signed-in account without roles before reading the body of every route that needs a role', async () => {
    const routes = app.registeredRoutes.filter(
      (route) =>
        stateChanging.has(route.split(' ')[0]!) &&
        route.split(' ')[1]!.startsWith('/api/') &&
        !openToEverySignedInUser.has(route),
    );
    expect(routes.length).toBeGreaterThan(50);
    // The exceptions stay real routes, so the list cannot silently grow stale.
    for (const route of openToEverySignedInUser) expect(app.registeredRoutes).toContain(route);
    const readTheBody: string[] = [];
    for (const route of routes) {
      // A public route (signing in, accepting an invitation) answers the anonymous caller
      // without asking for a session: it has its own small body limit instead.
      const withoutSession = await anonymous.request(hugeBody(route));
      if (withoutSession.statusCode !== 401) continue;
      const response = await roleless.request(hugeBody(route));
      if (![403, 404].includes(response.statusCode)) {
        readTheBody.push(`${route} → ${response.statusCode}`);
      }
    }
    expect(readTheBody).toEqual([]);
  });
});
