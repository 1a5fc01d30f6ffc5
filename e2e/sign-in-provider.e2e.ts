import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestOidcProvider, type TestOidcProvider } from '../test/support/oidc-provider.js';
import { totpCode } from '../src/domain/sign-in/second-factor.js';
import { ApiClient } from './support/api-client.js';
import { launchBrowser, watchForPageErrors, type TestBrowser } from './support/browser.js';
import { addAccount, expectAccessibleAtBothSizes, signIn } from './support/journeys.js';
import { currentSessionUser, waitForHeading } from './support/page-helpers.js';
import { startServer, type TestServer } from './support/server.js';

/**
 * Issue 17: the admin connects the municipality's OpenID provider (a real oidc-provider on
 * 127.0.0.1), a mapped person signs in through it, an unmapped one is refused with whom to
 * ask, the admin enrols a second factor and cannot sign in without it, and passwords are
 * switched off for everyone but the break-glass admin.
 */
describe('signing in through the municipality’s own provider', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let provider: TestOidcProvider;
  let totpSecret = '';
  const coordinator = {
    email: 'kim.kod@huddinge.demo',
    displayName: 'Kim Kod',
    password: 'en lång lösenfras för samordnaren 2026',
    roles: ['coordinator'],
  };

  beforeAll(async () => {
    server = await startServer({
      environment: { TRYGGVE_SECRETS_KEY: randomBytes(32).toString('hex') },
    });
    provider = await startTestOidcProvider({
      redirectUri: `${server.baseUrl}/api/oidc/callback`,
      postLogoutRedirectUri: `${server.baseUrl}/logga-in`,
      users: {
        sara: { email: 'sara@huddinge.test', groups: ['tryggve-samordnare'] },
        olle: { email: 'olle@huddinge.test', groups: ['ekonomi'] },
      },
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await provider?.close();
    await server?.stop();
  });

  async function signOut(page: Page) {
    await page.context().clearCookies();
  }

  async function signInAtProvider(page: Page, email: string, login: string) {
    await page.goto(`${server.baseUrl}/logga-in`);
    await waitForHeading(page, 'Logga in');
    await page.getByLabel('E-postadress').fill(email);
    await page.getByRole('link', { name: 'Logga in med Huddinges konto' }).click();
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('vad som helst');
    await page.getByRole('button', { name: 'Sign-in' }).click();
  }

  it('lets the admin connect the provider, and signs a mapped person in with the mapped role', async () => {
    const page = await browser.context.newPage();
    watchForPageErrors(page, { expectedStatuses: [401, 403] });
    await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
    await page.goto(`${server.baseUrl}/administration/inloggning`);
    await page.getByRole('heading', { name: /OpenID Connect/ }).waitFor();
    await page.getByLabel('Namn på inloggningsknappen').fill('Huddinges konto');
    await page.getByLabel('Utfärdarens adress (issuer)').fill(provider.issuer);
    await page.getByLabel('Klient-id').fill(provider.clientId);
    await page.getByLabel('Klienthemlighet').fill(provider.clientSecret);
    await page.getByLabel('E-postdomäner (kommaseparerade)').fill('huddinge.test');
    await page.getByLabel(/^Värde/).fill('tryggve-samordnare');
    await page.getByLabel('trygghetssamordnare').check();
    await page.getByLabel('Vem nekade personer ska fråga').fill('IT-servicedesk, 08-535 300 00');
    await page.getByRole('button', { name: 'Spara inloggningstjänsten' }).click();
    await page.getByRole('status').filter({ hasText: 'Sparat.' }).first().waitFor();
    await expectAccessibleAtBothSizes(page);
    expect(await page.locator('main').innerText()).not.toContain(provider.clientSecret);

    await signOut(page);
    await signInAtProvider(page, 'sara@huddinge.test', 'sara');
    await page.waitForURL(`${server.baseUrl}/`);
    const sara = await currentSessionUser(page);
    expect(sara).toMatchObject({ email: 'sara@huddinge.test', roles: ['coordinator'] });
    await page.close();
  });

  it('refuses a person no mapping covers, saying whom to ask', async () => {
    const page = await browser.context.newPage();
    watchForPageErrors(page, { expectedStatuses: [401] });
    await signOut(page);
    await signInAtProvider(page, 'olle@huddinge.test', 'olle');
    await page.waitForURL(/\/logga-in\?signInError=OIDC_NO_ACCESS/);
    const alert = page.getByRole('alert').filter({ hasText: 'Inloggningen gick inte igenom' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Be IT-servicedesk, 08-535 300 00 om åtkomst.');
    await expectAccessibleAtBothSizes(page);
    expect(await currentSessionUser(page)).toBeNull();
    await page.close();
  });

  it('has the admin enrol a second factor, after which a password alone no longer signs in', async () => {
    const admin = new ApiClient(server.baseUrl);
    await admin.logIn(server.demoLogin.email, server.demoLogin.password);
    await addAccount(admin, server.baseUrl, coordinator);
    await admin.put('/api/municipality/sign-in/policy', {
      isPasswordSignInDisabled: false,
      breakGlassUserId: null,
      isSecondFactorRequired: true,
    });

    const page = await browser.context.newPage();
    watchForPageErrors(page, { expectedStatuses: [401, 403] });
    await signOut(page);
    await page.goto(`${server.baseUrl}/logga-in`);
    await page.getByLabel('E-postadress').fill(server.demoLogin.email);
    await page.getByLabel(/^Lösenord/).fill(server.demoLogin.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${server.baseUrl}/andra-faktor`);
    await waitForHeading(page, 'Andra faktor');
    await page.getByRole('button', { name: 'Visa nyckeln' }).click();
    totpSecret = await page.getByLabel('Nyckel för autentiseringsappen').inputValue();
    await expectAccessibleAtBothSizes(page);
    await page.getByLabel('Engångskod').fill(totpCode(totpSecret, new Date()));
    await page.getByRole('button', { name: 'Aktivera' }).click();
    await waitForHeading(page, 'Dina reservkoder');
    await expectAccessibleAtBothSizes(page);
    await page.getByRole('button', { name: 'Fortsätt till Tryggve' }).click();
    await page.waitForURL(`${server.baseUrl}/`);

    // Next time the password leads only to the code; a wrong code leads nowhere.
    await signOut(page);
    await page.goto(`${server.baseUrl}/logga-in`);
    await page.getByLabel('E-postadress').fill(server.demoLogin.email);
    await page.getByLabel(/^Lösenord/).fill(server.demoLogin.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${server.baseUrl}/andra-faktor`);
    await page.goto(`${server.baseUrl}/administration/anvandare`);
    await page.waitForURL(`${server.baseUrl}/andra-faktor`);
    await page.getByLabel('Engångskod').fill('000000');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('alert').filter({ hasText: 'Koden stämmer inte' }).waitFor();
    await expectAccessibleAtBothSizes(page);
    expect((await currentSessionUser(page))?.pendingStep).toBe('verify_second_factor');
    await page.close();
  });

  it('switches passwords off: only the break-glass admin still uses one', async () => {
    const page = await browser.context.newPage();
    watchForPageErrors(page, { expectedStatuses: [401, 403] });
    await signOut(page);
    await page.goto(`${server.baseUrl}/logga-in`);
    await page.getByLabel('E-postadress').fill(server.demoLogin.email);
    await page.getByLabel(/^Lösenord/).fill(server.demoLogin.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${server.baseUrl}/andra-faktor`);
    // A step later than the enrolment's code: each code is accepted once.
    await page.getByLabel('Engångskod').fill(totpCode(totpSecret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.waitForURL(`${server.baseUrl}/`);

    const me = await currentSessionUser(page);
    await page.goto(`${server.baseUrl}/administration/inloggning`);
    await page.getByLabel('Stäng av lösenord (utom för nödadministratören)').check();
    await page
      .getByLabel('Nödadministratör', { exact: true })
      .selectOption({ label: `${me?.displayName} (${me?.email})` });
    await page.getByRole('button', { name: 'Spara reglerna' }).click();
    await page.getByRole('status').filter({ hasText: 'Sparat.' }).first().waitFor();

    await signOut(page);
    await page.goto(`${server.baseUrl}/logga-in`);
    await page.getByLabel('E-postadress').fill(coordinator.email);
    await page.getByLabel(/^Lösenord/).fill(coordinator.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Lösenord är avstängda i din kommun' })
      .waitFor();
    expect(await currentSessionUser(page)).toBeNull();

    await page.getByLabel('E-postadress').fill(server.demoLogin.email);
    await page.getByLabel(/^Lösenord/).fill(server.demoLogin.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${server.baseUrl}/andra-faktor`);
    await page.close();
  });
});
