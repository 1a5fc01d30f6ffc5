import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from './support/api-client.js';
import { findAccessibilityViolations } from './support/axe.js';
import type { BrowserGlobals } from './support/browser-globals.js';
import {
  cspViolations,
  desktopViewport,
  launchBrowser,
  phoneViewport,
  saveScreenshot,
  watchForPageErrors,
  type TestBrowser,
} from './support/browser.js';
import { currentSessionUser, mainHeading, waitForHeading } from './support/page-helpers.js';
import { startServer, type TestServer } from './support/server.js';

describe('the demo admin at work', () => {
  let server: TestServer;
  let browser: TestBrowser;
  /** The link the admin hands over, from the invitation test to the acceptance test. */
  let invitationLink: string | null = null;
  const invitee = {
    email: 'erik.exempel@huddinge.demo',
    displayName: 'Erik Exempel',
    password: 'en lång lösenfras som ingen gissar 2026',
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in, looks around at desktop and phone width, invites a user, reads the audit log and signs out', async () => {
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page, { expectedStatuses: [401] });

    // A signed-out visitor is sent to the sign-in page, in Swedish by default.
    await page.goto(`${server.baseUrl}/`);
    await page.waitForURL(`${server.baseUrl}/logga-in`);
    await waitForHeading(page, 'Logga in');
    expect(await page.title()).toBe('Logga in – Tryggve');
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await saveScreenshot(page, 'login-desktop');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.setViewportSize(phoneViewport);
    await saveScreenshot(page, 'login-phone');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.setViewportSize(desktopViewport);

    // A wrong password is announced in an alert, and the page stays.
    await page.getByLabel('E-postadress').fill(server.demoLogin.email);
    await page.getByLabel(/^Lösenord/).fill('inte det rätta lösenordet');
    await page.getByRole('button', { name: 'Logga in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Inloggningen misslyckades' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('E-postadressen eller lösenordet stämmer inte.');
    expect(page.url()).toBe(`${server.baseUrl}/logga-in`);

    // The right password leads to the start page, which greets the admin by name.
    await page.getByLabel(/^Lösenord/).fill(server.demoLogin.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${server.baseUrl}/`);
    const user = await currentSessionUser(page);
    expect(user?.email).toBe(server.demoLogin.email);
    expect(user?.roles).toContain('admin');
    if (user === null) throw new Error('Signed in, yet the API knows no user.');
    await waitForHeading(page, `Hej, ${user.displayName}!`);
    const main = page.locator('main');
    expect(await main.innerText()).toContain(
      `Du är inloggad för ${user.organisation.name} i ${user.municipality.name}.`,
    );
    expect(await main.innerText()).toContain('administratör');
    expect(await page.getByTestId('header-municipality').innerText()).toBe(user.municipality.name);
    const navigation = page.getByRole('navigation', { name: 'Huvudmeny' });
    for (const area of ['Start', 'Lägesbild', 'Handlingsplaner', 'Samverkan', 'Administration']) {
      expect(await navigation.getByRole('link', { name: area, exact: true }).isVisible()).toBe(
        true,
      );
    }
    await saveScreenshot(page, 'start-desktop');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // The skip link is the first stop for the keyboard, and it moves focus to the content.
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Hoppa till innehållet' });
    expect(
      await skipLink.evaluate(
        (element) => element === (globalThis as unknown as BrowserGlobals).document.activeElement,
      ),
    ).toBe(true);
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(
        () => (globalThis as unknown as BrowserGlobals).document.activeElement?.tagName,
      ),
    ).toBe('MAIN');

    // At phone width the navigation hides behind a burger, and nothing scrolls sideways.
    await page.setViewportSize(phoneViewport);
    const burger = page.getByRole('button', { name: 'Öppna menyn' });
    await burger.waitFor();
    expect(await burger.getAttribute('aria-expanded')).toBe('false');
    expect(await navigation.getByRole('link', { name: 'Lägesbild' }).isVisible()).toBe(false);
    // (Polled: AppShell animates its offsets for a moment after the resize.)
    await expect
      .poll(() =>
        page.evaluate(
          () => (globalThis as unknown as BrowserGlobals).document.documentElement.scrollWidth,
        ),
      )
      .toBeLessThanOrEqual(phoneViewport.width);
    await saveScreenshot(page, 'start-phone');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await burger.click();
    await page.getByRole('button', { name: 'Stäng menyn' }).waitFor();
    await navigation.getByRole('link', { name: 'Lägesbild' }).waitFor({ state: 'visible' });
    await page.waitForTimeout(400); // let the drawer finish sliding in before judging contrast
    await saveScreenshot(page, 'start-phone-menu', { isFullPage: false });
    expect(await findAccessibilityViolations(page)).toEqual([]);
    // Following a link closes the menu and shows the partnership page.
    await navigation.getByRole('link', { name: 'Samverkan' }).click();
    await page.waitForURL(`${server.baseUrl}/samverkan`);
    await waitForHeading(page, 'Samverkan');
    expect(await main.innerText()).toContain('Kommande möten');
    await page.getByRole('button', { name: 'Öppna menyn' }).waitFor();
    await page.setViewportSize(desktopViewport);

    // English: the interface switches at once, <html lang> follows, and the account remembers.
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page
      .getByRole('group', { name: 'Språk' })
      .getByRole('button', { name: 'English' })
      .click();
    await waitForHeading(page, `Hello, ${user.displayName}!`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('navigation', { name: 'Main menu' }).isVisible()).toBe(true);
    await expect.poll(async () => (await currentSessionUser(page))?.locale).toBe('en');

    // Administration → Users: invite a person. Without SMTP, the admin gets the link to pass on.
    await page.getByRole('link', { name: 'Administration', exact: true }).click();
    await page.waitForURL(`${server.baseUrl}/administration/organisationer`);
    await page.getByRole('tab', { name: 'Users' }).click();
    await page.waitForURL(`${server.baseUrl}/administration/anvandare`);
    const usersTable = page.getByRole('table');
    await usersTable.getByRole('row').filter({ hasText: server.demoLogin.email }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);

    const inviteForm = page.getByRole('region', { name: 'Invite a user' });
    await inviteForm.getByLabel('Email address').fill(invitee.email);
    await inviteForm.getByLabel('Name').fill(invitee.displayName);
    await inviteForm.getByLabel('Organisation').selectOption({ label: user.organisation.name });
    await inviteForm.getByRole('checkbox', { name: 'Reporter' }).check();
    await inviteForm.getByRole('button', { name: 'Send invitation' }).click();
    const linkField = page.getByTestId('issued-link');
    await linkField.waitFor();
    invitationLink = await linkField.inputValue();
    expect(invitationLink).toMatch(new RegExp(`^${server.baseUrl}/inbjudan#\\S{16,}$`));
    expect(await inviteForm.innerText()).toContain('No email server is configured');
    const inviteeRow = usersTable.getByRole('row').filter({ hasText: invitee.email });
    await inviteeRow.waitFor();
    expect(await inviteeRow.textContent()).toContain('Invited');

    // The audit log shows the invitation, and the chain verifies.
    await page.getByRole('tab', { name: 'Audit log' }).click();
    await page.waitForURL(`${server.baseUrl}/administration/granskningslogg`);
    const auditTable = page.getByTestId('audit-table');
    await auditTable.waitFor();
    // In words, with the invited person's name rather than an event code and an id.
    const createRow = auditTable.getByRole('row').filter({ hasText: 'User invited' }).first();
    await createRow.waitFor();
    expect(await createRow.innerText()).toContain(invitee.displayName);
    expect(await createRow.innerText()).not.toContain('user.create');
    expect(await createRow.innerText()).toContain(user.displayName);
    expect(
      await auditTable.getByRole('row').filter({ hasText: 'Sign-in' }).count(),
    ).toBeGreaterThan(0);
    // Filtering by outcome "Failed" keeps only the failed sign-in (the wrong password above).
    await page.getByLabel('Outcome').selectOption({ label: 'Failed' });
    await expect
      .poll(async () => (await auditTable.textContent())?.includes('User invited'))
      .toBe(false);
    const failedRows = auditTable.locator('tbody tr');
    expect(await failedRows.count()).toBeGreaterThan(0);
    for (const row of await failedRows.all()) {
      expect(await row.textContent()).toContain('Sign-in');
      expect(await row.textContent()).toContain('Failed');
    }
    await page.getByRole('button', { name: 'Clear filter' }).click();
    await createRow.waitFor();
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    const verification = page.getByTestId('audit-verification');
    await verification.waitFor();
    expect(await verification.innerText()).toMatch(
      /^The chain is intact\. \d+ entries were checked\.$/,
    );
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // Signing out ends the session and lands on the sign-in page.
    await page.getByRole('button', { name: `User menu for ${user.displayName}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(`${server.baseUrl}/logga-in`);
    await waitForHeading(page, 'Sign in');
    expect(await currentSessionUser(page)).toBeNull();

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('lets the invited person choose a password from the link and signs them in', async () => {
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    if (invitationLink === null) {
      // Run alone, this journey seeds what the one before leaves: the invitation, and English
      // chosen in this browser.
      const admin = new ApiClient(server.baseUrl);
      await admin.logIn(server.demoLogin.email, server.demoLogin.password);
      const { organisations } = await admin.get<{ organisations: { id: string }[] }>(
        '/api/organisations',
      );
      const invited = await admin.post<{ invitation: { link: string } }>('/api/users', {
        email: invitee.email,
        displayName: invitee.displayName,
        organisationId: organisations[0]?.id,
        roles: ['reporter'],
      });
      invitationLink = invited.invitation.link;
      await page.goto(`${server.baseUrl}/logga-in`);
      await waitForHeading(page, 'Logga in');
      await page.getByRole('button', { name: 'English' }).click();
      await waitForHeading(page, 'Sign in');
    }

    await page.goto(invitationLink);
    await waitForHeading(page, 'Welcome to Tryggve'); // English: chosen earlier in this browser
    // The token leaves the address bar once read.
    expect(new URL(page.url()).hash).toBe('');
    const main = page.locator('main');
    await main.getByText(`${invitee.displayName} (${invitee.email}) is invited`).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // Too short is refused before anything is sent.
    await page.getByLabel(/^New password/).fill('kort');
    await page.getByLabel('Repeat the new password').fill('kort');
    await page.getByRole('button', { name: 'Create the account and sign in' }).click();
    await main.getByText('The password needs at least 15 characters.').waitFor();

    await page.getByLabel(/^New password/).fill(invitee.password);
    await page.getByLabel('Repeat the new password').fill(invitee.password);
    await page.getByRole('button', { name: 'Create the account and sign in' }).click();
    await page.waitForURL(`${server.baseUrl}/`);
    // The new account keeps the language the person used to accept the invitation.
    expect(await mainHeading(page)).toBe(`Hello, ${invitee.displayName}!`);
    await expect.poll(async () => (await currentSessionUser(page))?.locale).toBe('en');
    const user = await currentSessionUser(page);
    expect(user?.email).toBe(invitee.email);
    expect(user?.roles).toEqual(['reporter']);
    // Not an admin: no Administration in the menu.
    const navigation = page.getByRole('navigation', { name: 'Main menu' });
    await navigation.getByRole('link', { name: 'Start', exact: true }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Administration' }).count()).toBe(0);

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('tells a person who is locked out after failed sign-ins how long to wait', async () => {
    await browser.context.clearCookies(); // the previous test left the invitee signed in
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page, { expectedStatuses: [401, 429] });
    await page.goto(`${server.baseUrl}/logga-in`);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await waitForHeading(page, 'Logga in');

    await page.getByLabel('E-postadress').fill('ingen.alls@huddinge.demo');
    await page.getByLabel(/^Lösenord/).fill('fel lösenord varje gång');
    let status = 0;
    for (let attempt = 0; attempt < 15 && status !== 429; attempt += 1) {
      const response = page.waitForResponse(
        (candidate) =>
          candidate.url() === `${server.baseUrl}/api/session` &&
          candidate.request().method() === 'POST',
      );
      await page.getByRole('button', { name: 'Logga in' }).click();
      status = (await response).status();
    }
    expect(status).toBe(429);
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'För många misslyckade inloggningar.' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(
      /Vänta \d+ (minuter|minut|sekunder|sekund) innan du försöker igen\./,
    );

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('has an accessibility check that does find violations (so the empty lists above mean something)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.baseUrl}/logga-in`);
    await page.locator('main h1').waitFor();
    await page.evaluate(() => {
      const { document } = globalThis as unknown as {
        document: {
          createElement: (tag: string) => { src: string };
          querySelector: (selector: string) => { append: (node: unknown) => void } | null;
        };
      };
      const image = document.createElement('img');
      image.src = '/favicon.svg';
      document.querySelector('main')?.append(image);
    });
    const violations = await findAccessibilityViolations(page);
    expect(violations.map((violation) => violation.id)).toContain('image-alt');
    await page.close();
  });
});
