import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from './support/api-client.js';
import { findAccessibilityViolations } from './support/axe.js';
import {
  cspViolations,
  launchBrowser,
  watchForPageErrors,
  type TestBrowser,
} from './support/browser.js';
import { addAccount, expectAccessibleAtBothSizes, signIn } from './support/journeys.js';
import { waitForHeading } from './support/page-helpers.js';
import { startServer, type TestServer } from './support/server.js';

const partner = {
  email: 'polis.partner.e2e@huddinge.demo',
  displayName: 'Paula Polis',
  password: 'en blå bil vid en tyst korsning 2026',
};
const reporter = {
  email: 'rita.rapportor.e2e@huddinge.demo',
  displayName: 'Rita Rapportör',
  password: 'ett grönt staket kring en liten trädgård',
  roles: ['reporter'],
};
const procurement = {
  email: 'ulla.upphandlare.e2e@huddinge.demo',
  displayName: 'Ulla Upphandlare',
  password: 'fyra vita moln över ett brett fält 2026',
  roles: ['procurement'],
};
const police = 'Lokalpolisområde Huddinge';

/** Every heading of the main area, in order. */
const headingsOf = (page: Page) => page.locator('main h2').allInnerTexts();

describe('roles people understand and start pages that lead', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let admin: ApiClient;
  let invitationLink = '';

  beforeAll(async () => {
    server = await startServer({ timeoutMs: 280_000 });
    browser = await launchBrowser();
    admin = new ApiClient(server.baseUrl);
    await admin.logIn(server.demoLogin.email, server.demoLogin.password);
    await addAccount(admin, server.baseUrl, reporter);
    await addAccount(admin, server.baseUrl, procurement);
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedIn(email: string, password: string) {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const errors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, email, password);
    return { page, errors };
  }

  it("lets an admin read each role's description, invite a police partner and change a user's roles and organisation, all in the audit log in Swedish with names", async () => {
    const { page, errors } = await signedIn(server.demoLogin.email, server.demoLogin.password);
    await page.goto(`${server.baseUrl}/administration/anvandare`);
    const inviteForm = page.getByRole('region', { name: 'Bjud in en användare' });
    await inviteForm.waitFor();

    // Each role tells what it may do, from the server's own permission table.
    const descriptions = inviteForm.getByRole('region', { name: 'Vad rollerna får göra' });
    for (const [role, label, phrase] of [
      ['partner', 'Samverkanspartner', 'rapportera händelser'],
      ['coordinator', 'Trygghetssamordnare', 'ta ställning till larm från tidig varning'],
      ['procurement', 'Upphandlare', 'granska leverantörer och besluta om dem'],
      ['admin', 'Administratör', 'läsa granskningsloggen'],
    ] as const) {
      const description = descriptions.locator(`details[data-role="${role}"]`);
      await description.getByText(label, { exact: true }).click();
      await description.getByText(phrase).waitFor();
    }
    const partnerText = await descriptions.locator('details[data-role="partner"]').innerText();
    expect(partnerText).toContain('polis, räddningstjänst och bostadsbolag');
    expect(partnerText).not.toContain('åtgärdsplaner');
    await expectAccessibleAtBothSizes(page);

    await inviteForm.getByLabel('E-postadress').fill(partner.email);
    await inviteForm.getByLabel('Namn').fill(partner.displayName);
    await inviteForm.getByLabel('Organisation').selectOption({ label: police });
    await inviteForm.getByRole('checkbox', { name: 'Samverkanspartner' }).check();
    await inviteForm.getByRole('button', { name: 'Skicka inbjudan' }).click();
    const linkField = inviteForm.getByTestId('issued-link');
    await linkField.waitFor();
    invitationLink = await linkField.inputValue();
    expect(invitationLink).toContain('/inbjudan#');

    // Rita reports for the municipality; she moves to the police as a partner.
    const users = page.getByRole('table');
    await users.getByRole('button', { name: `Ändra: ${reporter.displayName}` }).click();
    const dialog = page.getByRole('dialog', { name: `Ändra ${reporter.displayName}` });
    await dialog.getByLabel('Organisation').selectOption({ label: police });
    await dialog.getByRole('checkbox', { name: 'Rapportör' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Samverkanspartner' }).check();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Spara ändringarna' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = users.getByRole('row').filter({ hasText: reporter.email });
    await row.getByText('samverkanspartner').waitFor();
    expect(await row.innerText()).toContain(police);
    // An invited person's new link is an invitation; it stays until dismissed.
    const invitedRow = users.getByRole('row').filter({ hasText: partner.email });
    await invitedRow
      .getByRole('button', { name: `Ny inbjudningslänk: ${partner.displayName}` })
      .click();
    const reissued = page
      .getByRole('status')
      .filter({ hasText: `Inbjudningslänk till ${partner.displayName}` });
    // The newest invitation is the one that works.
    invitationLink = await reissued.getByTestId('issued-link').inputValue();
    await row.getByRole('button', { name: `Ny lösenordslänk: ${reporter.displayName}` }).click();
    await page.getByText(`Lösenordslänk till ${reporter.displayName}`).waitFor();
    await page.getByText(`Inbjudningslänk till ${partner.displayName}`).waitFor();

    await page.getByRole('tab', { name: 'Granskningslogg' }).click();
    const audit = page.getByTestId('audit-table');
    const change = audit.getByRole('row').filter({ hasText: 'Användare ändrad' }).first();
    await change.waitFor();
    const changeText = await change.innerText();
    expect(changeText).toContain(reporter.displayName);
    expect(changeText).toContain('Roller innan: rapportör');
    expect(changeText).toContain(`Organisation: ${police}`);
    expect(changeText).not.toMatch(/user\.update|[0-9a-f]{8}-[0-9a-f]{4}/);
    await expectAccessibleAtBothSizes(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors()).toEqual([]);
    await page.close();
  });

  it('lets the police partner accept the invitation and take part without meeting one forbidden page or 403', async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const errors = watchForPageErrors(page);
    await page.goto(invitationLink);
    await waitForHeading(page, 'Välkommen till Tryggve');
    await page.getByLabel(/^Nytt lösenord/).fill(partner.password);
    await page.getByLabel('Upprepa det nya lösenordet').fill(partner.password);
    await page.getByRole('button', { name: 'Skapa kontot och logga in' }).click();
    await page.waitForURL(`${server.baseUrl}/`);
    // Now an active account, the partner becomes a member of the OSG's coming meeting.
    const partnerUser = (
      await admin.get<{ users: { id: string; email: string }[] }>('/api/users')
    ).users.find((user) => user.email === partner.email);
    const meetings =
      await admin.get<{ id: string; startsAt: string; memberUserIds: string[] }[]>('/api/meetings');
    const coming = meetings
      .filter((meeting) => Date.parse(meeting.startsAt) > Date.now())
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
    expect(coming).toBeDefined();
    const answer = await admin.request('PATCH', `/api/meetings/${coming?.id}`, {
      memberUserIds: [...(coming?.memberUserIds ?? []), partnerUser?.id],
    });
    expect(answer.status, JSON.stringify(answer)).toBe(200);

    await page.reload();

    // The start page leads with the partner's own meetings and actions.
    const work = page.getByTestId('role-work');
    await work.getByTestId('my-meetings').getByRole('link').first().waitFor();
    expect((await headingsOf(page))[0]).toBe('Att göra nu');
    expect(await page.getByText('Behöver uppmärksamhet').count()).toBe(0);
    await expectAccessibleAtBothSizes(page);

    // Every menu item opens a page the partner may use.
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    const items = await menu.getByRole('link').allInnerTexts();
    // Individual interventions in aggregate only: programmes and suppressed counts (issue 14).
    expect(items).toEqual(['Start', 'Lägesbild', 'Samverkan', 'Individinsatser']);
    for (const path of [
      '/lagesbild',
      '/rapportera',
      '/lagesbild/handelser',
      '/samverkan',
      '/individinsatser',
    ]) {
      await page.goto(`${server.baseUrl}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getByText('Du har inte behörighet').count()).toBe(0);
    }
    await page.goto(`${server.baseUrl}/samverkan/moten/${coming?.id}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessibleAtBothSizes(page);
    expect(await cspViolations(page)).toEqual([]);
    // No 403 in the console on any of these pages.
    expect(errors()).toEqual([]);
    await page.close();
  });

  it("leads each role's start page with its own work", async () => {
    const coordinator = await signedIn(server.demoLogin.email, server.demoLogin.password);
    await coordinator.page.getByTestId('work-next-meeting').waitFor();
    const headings = await headingsOf(coordinator.page);
    expect(headings[0]).toBe('Att göra nu');
    expect(headings.indexOf('Att göra nu')).toBeLessThan(headings.indexOf('Områden'));
    await expectAccessibleAtBothSizes(coordinator.page);
    expect(coordinator.errors()).toEqual([]);
    await coordinator.page.close();

    const officer = await signedIn(procurement.email, procurement.password);
    await officer.page.getByRole('heading', { name: 'Områden' }).waitFor();
    await officer.page.waitForLoadState('networkidle');
    // The checks due are the procurement officer's; the plans' alerts are not.
    expect(await officer.page.getByText('Behöver uppmärksamhet').count()).toBe(0);
    expect(await officer.page.getByTestId('role-work').count()).toBe(0);
    expect(officer.errors()).toEqual([]);
    await officer.page.close();
  });
});
