import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import {
  startTestOidcProvider,
  type TestOidcProvider,
} from '../../../test/support/oidc-provider.js';
import {
  providerSettings,
  returnFromProvider,
  signInThroughProvider,
  startProviderSignIn,
  testRedirectUri,
} from '../../../test/support/provider-sign-in.js';
import type { Deps } from '../../domain/deps.js';
import type { Organisation } from '../../domain/organisations/organisation.js';

const refusedFor = (code: string) =>
  expect.stringMatching(new RegExp(`^/logga-in\\?signInError=${code}`));

describeEachDialect('signing in through the municipality’s OpenID provider', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let here: Organisation;
  let elsewhere: Organisation;
  let provider: TestOidcProvider;
  let otherProvider: TestOidcProvider;
  let admin: TestClient;

  beforeAll(async () => {
    deps = testDeps(database());
    here = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    elsewhere = await makeOrganisation(deps, (await makeMunicipality(deps, 'Grannkommun')).id);
    provider = await startTestOidcProvider({
      redirectUri: testRedirectUri,
      users: {
        anna: { email: 'anna@a-kommun.se', groups: ['tryggve-samordnare', 'tryggve-analys'] },
        nils: { email: 'nils@a-kommun.se', groups: ['ekonomi'] },
        annatwin: { email: 'anna@a-kommun.se', groups: ['tryggve-samordnare'] },
        rolf: { email: 'rolf@a-kommun.se', groups: ['tryggve-analys'] },
      },
    });
    otherProvider = await startTestOidcProvider({
      redirectUri: testRedirectUri,
      users: { mallory: { email: 'anna@a-kommun.se', groups: ['tryggve-samordnare'] } },
    });
    app = await buildTestApp(deps);
    admin = await new TestClient(app).signIn((await makeUser(deps, here, ['admin'])).email);
    const configured = await admin.put(
      '/api/municipality/sign-in/provider',
      providerSettings(provider, { domain: 'a-kommun.se', organisationId: here.id }),
    );
    expect(configured.statusCode).toBe(200);
    const neighbour = await new TestClient(app).signIn(
      (await makeUser(deps, elsewhere, ['admin'])).email,
    );
    const configuredThere = await neighbour.put(
      '/api/municipality/sign-in/provider',
      providerSettings(otherProvider, { domain: 'b-kommun.se', organisationId: elsewhere.id }),
    );
    expect(configuredThere.statusCode).toBe(200);
  });
  /** The outcome of the municipality's latest provider sign-in, from its audit log. */
  async function lastRefusal(municipalityId: string): Promise<string | undefined> {
    const [latest] = await deps.store.audit.list(municipalityId, {
      action: 'auth.login',
      limit: 1,
    });
    return latest?.outcome;
  }

  afterAll(async () => {
    await app.close();
    await provider.close();
    await otherProvider.close();
  });

  it('offers the provider on the login page for an address in its domain only', async () => {
    const offered = await new TestClient(app).get('/api/sign-in/provider?email=Vem%40A-Kommun.se');
    expect(offered.json()).toEqual({
      provider: { municipalityId: here.municipalityId, label: 'Testkommunens konto' },
    });
    const none = await new TestClient(app).get('/api/sign-in/provider?email=vem%40annan.se');
    expect(none.json()).toEqual({ provider: null });
  });

  it('creates the account at the first sign-in with the mapped organisation and roles, audited', async () => {
    const browser = new TestClient(app);
    expect(await signInThroughProvider(browser, provider, here.municipalityId, 'anna')).toBe('/');
    const session = (await browser.get('/api/session')).json();
    expect(session.user).toMatchObject({
      email: 'anna@a-kommun.se',
      organisation: { id: here.id },
      municipality: { id: here.municipalityId },
      pendingStep: null,
    });
    expect([...session.user.roles].sort()).toEqual(['analyst', 'coordinator']);
    const created = await deps.store.audit.list(here.municipalityId, {
      action: 'user.create_from_provider',
      limit: 5,
    });
    expect(created.map((entry) => entry.entityId)).toContain(session.user.id);
  });

  it('refuses a person no mapping covers, naming whom to ask', async () => {
    const browser = new TestClient(app);
    const location = await signInThroughProvider(browser, provider, here.municipalityId, 'nils');
    expect(location).toEqual(refusedFor('OIDC_NO_ACCESS'));
    expect(new URL(location, 'http://x').searchParams.get('contact')).toBe(
      'IT-servicedesk, 08-123 456',
    );
    expect((await browser.get('/api/session')).json()).toEqual({ user: null });
    expect(await deps.store.users.findByEmail('nils@a-kommun.se')).toBeNull();
  });

  it('refuses a callback whose state is not the one this browser was given', async () => {
    const starter = new TestClient(app);
    const callback = await provider.signIn(
      (await startProviderSignIn(starter, here.municipalityId)).href,
      'anna',
    );
    const victim = new TestClient(app);
    await startProviderSignIn(victim, here.municipalityId);
    expect(await returnFromProvider(victim, callback)).toEqual(refusedFor('OIDC_SIGN_IN_FAILED'));
    expect((await victim.get('/api/session')).json()).toEqual({ user: null });
  });

  it('refuses a replayed callback: the code and the state are used once', async () => {
    const browser = new TestClient(app);
    const callback = await provider.signIn(
      (await startProviderSignIn(browser, here.municipalityId)).href,
      'anna',
    );
    const stateCookie = browser.cookie('tryggve_oidc_state');
    expect(await returnFromProvider(browser, callback)).toBe('/');
    const replay = new TestClient(app);
    const response = await app.inject({
      method: 'GET',
      url: `${callback.pathname}${callback.search}`,
      cookies: { tryggve_oidc_state: String(stateCookie) },
    });
    expect(response.headers.location).toEqual(refusedFor('OIDC_SIGN_IN_FAILED'));
    expect(response.cookies.map((cookie) => cookie.name)).not.toContain('tryggve_session');
    expect((await replay.get('/api/session')).json()).toEqual({ user: null });
  });

  it('refuses an ID token whose nonce is not the one Tryggve sent', async () => {
    const browser = new TestClient(app);
    const authorization = await startProviderSignIn(browser, here.municipalityId);
    authorization.searchParams.set('nonce', 'en-annan-nonce-som-angriparen-valt');
    const callback = await provider.signIn(authorization.href, 'anna');
    expect(await returnFromProvider(browser, callback)).toEqual(refusedFor('OIDC_SIGN_IN_FAILED'));
  });

  it('refuses a code whose PKCE challenge is not Tryggve’s verifier’s', async () => {
    const browser = new TestClient(app);
    const authorization = await startProviderSignIn(browser, here.municipalityId);
    authorization.searchParams.set('code_challenge', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    const callback = await provider.signIn(authorization.href, 'anna');
    expect(await returnFromProvider(browser, callback)).toEqual(refusedFor('OIDC_SIGN_IN_FAILED'));
  });

  it('refuses a code issued to another client of the same provider', async () => {
    const browser = new TestClient(app);
    const authorization = await startProviderSignIn(browser, here.municipalityId);
    authorization.searchParams.set('client_id', `${provider.clientId}-other`);
    const callback = await provider.signIn(authorization.href, 'anna');
    expect(await returnFromProvider(browser, callback)).toEqual(refusedFor('OIDC_SIGN_IN_FAILED'));
  });

  it('refuses an ID token that has expired by the time it arrives', async () => {
    let offsetMs = 0;
    const lateDeps = { ...deps, clock: () => new Date(Date.now() + offsetMs) };
    const lateApp = await buildTestApp(lateDeps);
    try {
      const browser = new TestClient(lateApp);
      const callback = await provider.signIn(
        (await startProviderSignIn(browser, here.municipalityId)).href,
        'anna',
      );
      // The provider's ID tokens live 60 seconds; the attempt itself lives ten minutes.
      offsetMs = 5 * 60_000;
      expect(await returnFromProvider(browser, callback)).toEqual(
        refusedFor('OIDC_SIGN_IN_FAILED'),
      );
    } finally {
      await lateApp.close();
    }
  });

  it('refuses an ID token whose signature the issuer’s published keys do not verify', async () => {
    // A real provider that signs with its own key but publishes another provider's keys.
    const forger = await startTestOidcProvider({
      redirectUri: testRedirectUri,
      users: { anna: { email: 'anna@c-kommun.se', groups: ['tryggve-samordnare'] } },
      publishKeysOf: provider,
    });
    try {
      const third = await makeOrganisation(deps, (await makeMunicipality(deps, 'Tredje')).id);
      const thirdAdmin = await new TestClient(app).signIn(
        (await makeUser(deps, third, ['admin'])).email,
      );
      const configured = await thirdAdmin.put(
        '/api/municipality/sign-in/provider',
        providerSettings(forger, { domain: 'c-kommun.se', organisationId: third.id }),
      );
      expect(configured.statusCode).toBe(200);
      const browser = new TestClient(app);
      const location = await signInThroughProvider(browser, forger, third.municipalityId, 'anna');
      expect(location).toEqual(refusedFor('OIDC_SIGN_IN_FAILED'));
      expect(await lastRefusal(third.municipalityId)).toBe('failure');
      expect(await deps.store.users.findByEmail('anna@c-kommun.se')).toBeNull();
    } finally {
      await forger.close();
    }
  });

  it('refuses another municipality’s provider: its accounts cannot sign in here', async () => {
    // mallory's provider says anna@a-kommun.se and a group this municipality maps.
    const browser = new TestClient(app);
    const location = await signInThroughProvider(
      browser,
      otherProvider,
      elsewhere.municipalityId,
      'mallory',
    );
    expect(location).toEqual(refusedFor('OIDC_NO_ACCESS'));
    const anna = await deps.store.users.findByEmail('anna@a-kommun.se');
    expect(anna?.municipalityId).toBe(here.municipalityId);

    // Nor can its code finish a sign-in started for this municipality.
    const started = new TestClient(app);
    const ours = await startProviderSignIn(started, here.municipalityId);
    const theirs = new URL(`${otherProvider.issuer}/auth`);
    for (const [name, value] of ours.searchParams) theirs.searchParams.set(name, value);
    theirs.searchParams.set('client_id', otherProvider.clientId);
    const callback = await otherProvider.signIn(theirs.href, 'mallory');
    expect(await returnFromProvider(started, callback)).toEqual(refusedFor('OIDC_SIGN_IN_FAILED'));
    expect((await started.get('/api/session')).json()).toEqual({ user: null });
  });

  it('never lets an e-mail match take over an account linked to another subject', async () => {
    await signInThroughProvider(new TestClient(app), provider, here.municipalityId, 'anna');
    const browser = new TestClient(app);
    const location = await signInThroughProvider(
      browser,
      provider,
      here.municipalityId,
      'annatwin',
    );
    expect(location).toEqual(refusedFor('OIDC_NO_ACCESS'));
    expect((await browser.get('/api/session')).json()).toEqual({ user: null });
  });

  it('follows the claims at every sign-in, and ends the sessions of a person no longer mapped', async () => {
    const first = new TestClient(app);
    await signInThroughProvider(first, provider, here.municipalityId, 'rolf');
    expect((await first.get('/api/session')).json().user.roles).toEqual(['analyst']);

    provider.users.set('rolf', { email: 'rolf@a-kommun.se', groups: ['tryggve-samordnare'] });
    const second = new TestClient(app);
    await signInThroughProvider(second, provider, here.municipalityId, 'rolf');
    expect((await second.get('/api/session')).json().user.roles).toEqual(['coordinator']);

    provider.users.set('rolf', { email: 'rolf@a-kommun.se', groups: [] });
    const third = new TestClient(app);
    const location = await signInThroughProvider(third, provider, here.municipalityId, 'rolf');
    expect(location).toEqual(refusedFor('OIDC_NO_ACCESS'));
    expect((await second.get('/api/session')).json()).toEqual({ user: null });
  });

  it('gives the provider’s end-session URL for RP-initiated logout', async () => {
    const browser = new TestClient(app);
    await signInThroughProvider(browser, provider, here.municipalityId, 'anna');
    const { url } = (await browser.get('/api/session/end-session-url')).json();
    const endSession = new URL(url);
    expect(`${endSession.origin}`).toBe(provider.issuer);
    expect(endSession.searchParams.get('id_token_hint')).toEqual(expect.any(String));
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(
      'http://tryggve.test/logga-in',
    );
    expect((await admin.get('/api/session/end-session-url')).json()).toEqual({ url: null });
  });
});
