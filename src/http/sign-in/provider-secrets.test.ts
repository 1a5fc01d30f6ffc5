import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../../test/support/factories.js';
import { TestClient } from '../../../test/support/http.js';
import {
  startTestOidcProvider,
  type TestOidcProvider,
} from '../../../test/support/oidc-provider.js';
import {
  providerSettings,
  returnFromProvider,
  startProviderSignIn,
  testRedirectUri,
} from '../../../test/support/provider-sign-in.js';
import { responseCheck } from '../../../test/support/response-check.js';
import type { Deps } from '../../domain/deps.js';
import type { Organisation } from '../../domain/organisations/organisation.js';
import { createLogger } from '../../logger.js';
import { buildApp } from '../app.js';

describeEachDialect('the provider’s secrets', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let here: Organisation;
  let provider: TestOidcProvider;
  const logLines: string[] = [];

  beforeAll(async () => {
    deps = testDeps(database());
    here = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    provider = await startTestOidcProvider({
      redirectUri: testRedirectUri,
      users: { anna: { email: 'anna@s-kommun.se', groups: ['tryggve-samordnare'] } },
    });
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    app = await buildApp({
      deps,
      cookies: { isSecure: false, maxAgeSeconds: 3600 },
      rateLimits: { globalPerMinute: 100_000, authPerMinute: 100_000 },
      trustProxy: false,
      isDatabaseReachable: async () => true,
      webRoot: null,
      basemap: null,
      responseCheck,
      logger: createLogger('trace', destination),
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await provider.close();
  });

  it('never appear in logs, API answers or the audit log, and are sealed in the database', async () => {
    const admin = await new TestClient(app).signIn((await makeUser(deps, here, ['admin'])).email);
    const answers: string[] = [];
    const configured = await admin.put(
      '/api/municipality/sign-in/provider',
      providerSettings(provider, { domain: 's-kommun.se', organisationId: here.id }),
    );
    expect(configured.statusCode).toBe(200);
    answers.push(configured.body);
    // Saving again without a secret keeps the one stored.
    const { clientSecret: _, ...withoutSecret } = providerSettings(provider, {
      domain: 's-kommun.se',
      organisationId: here.id,
    });
    const resaved = await admin.put('/api/municipality/sign-in/provider', withoutSecret);
    expect(resaved.json().provider).toMatchObject({ hasClientSecret: true });
    answers.push(resaved.body, (await admin.get('/api/municipality/sign-in')).body);

    const browser = new TestClient(app);
    const callback = await provider.signIn(
      (await startProviderSignIn(browser, here.municipalityId)).href,
      'anna',
    );
    expect(await returnFromProvider(browser, callback)).toBe('/');
    answers.push((await browser.get('/api/session')).body);
    answers.push((await browser.get('/api/session/end-session-url')).body);
    const code = String(callback.searchParams.get('code'));

    const audit = await database()
      .db.selectFrom('audit_log')
      .selectAll()
      .where('municipality_id', '=', here.municipalityId)
      .execute();
    const stored = await database()
      .db.selectFrom('identity_providers')
      .select('client_secret_encrypted')
      .where('municipality_id', '=', here.municipalityId)
      .executeTakeFirstOrThrow();
    expect(audit.length).toBeGreaterThan(3);
    for (const text of [logLines.join('\n'), answers.join('\n'), JSON.stringify(audit)]) {
      expect(text).not.toContain(provider.clientSecret);
      expect(text).not.toContain(code);
    }
    expect(logLines.join('\n')).toContain('/api/oidc/callback');
    expect(stored.client_secret_encrypted).not.toContain(provider.clientSecret);
  });
});
