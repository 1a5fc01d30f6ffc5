import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from './support/api-client.js';
import { launchBrowser, watchForPageErrors, type TestBrowser } from './support/browser.js';
import { addAccount, expectAccessibleAtBothSizes, signIn } from './support/journeys.js';
import { waitForHeading } from './support/page-helpers.js';
import { startServer, type TestServer } from './support/server.js';

const key = () => randomBytes(32).toString('base64');
const caseworker = (name: string, email: string, password: string) => ({
  email,
  displayName: name,
  password: `${password} vid Flottsbro och Lissma`,
  roles: ['caseworker'],
});
const owner = caseworker('Olga Ägare', 'agare.e2e@huddinge.demo', 'blå båtar');
const assigned = caseworker('Anna Handläggare', 'handlaggare.e2e@huddinge.demo', 'gröna ängar');
const colleague = caseworker('Kalle Kollega', 'kollega.e2e@huddinge.demo', 'röda stugor');

/**
 * Issue 14's "done when" in the browser: a SIG case for a synthetic minor with the guardian's
 * consent gets a plan with two interventions and a disclosure the consent covers, and is
 * refused one it does not; a colleague who is not assigned uses nödåtkomst; the programme's
 * counts show "färre än 5".
 */
describe('individual interventions', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let caseId = '';

  beforeAll(async () => {
    server = await startServer({
      environment: { TRYGGVE_CASE_KEYS: `e2e:${key()}`, TRYGGVE_CASE_SEARCH_KEY: key() },
    });
    browser = await launchBrowser();
    const admin = new ApiClient(server.baseUrl);
    await admin.logIn(server.demoLogin.email, server.demoLogin.password);
    const ownerId = (await addAccount(admin, server.baseUrl, owner)).id;
    await addAccount(admin, server.baseUrl, assigned);
    await addAccount(admin, server.baseUrl, colleague);
    const programme = await admin.post<{ id: string }>('/api/intervention-programmes', {
      kind: 'sig',
      name: 'SIG e2e',
      ownerUserId: ownerId,
    });
    const worker = new ApiClient(server.baseUrl);
    await worker.logIn(assigned.email, assigned.password);
    const opened = await worker.post<{ id: string }>('/api/intervention-cases', {
      programmeId: programme.id,
      identity: {
        kind: 'personnummer',
        number: '20100315-2384',
        name: 'Syntetisk Ungdom',
        guardians: [{ name: 'Syntetisk Förälder' }],
      },
      ageGroup: '15_17',
    });
    caseId = opened.id;
    for (const givenBy of ['participant', 'guardian']) {
      await worker.post(`/api/intervention-cases/${caseId}/consents`, {
        agency: 'police',
        givenBy,
        givenOn: '2026-01-01',
      });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets the assigned caseworker write the plan and disclose what the consent covers only', async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page, { expectedStatuses: [409] });
    await signIn(page, server.baseUrl, assigned.email, assigned.password);
    await page.goto(`${server.baseUrl}/individinsatser/arenden/${caseId}`);
    await waitForHeading(page, 'Syntetisk Ungdom');
    for (const text of ['Kontaktperson varje vecka', 'Sommarjobb']) {
      await page.getByLabel('Insats', { exact: false }).first().fill(text);
      await page.getByRole('button', { name: 'Lägg till insats' }).click();
      await page.getByTestId('plan-items').getByText(text).waitFor();
    }
    await page.getByLabel('Vad lämnades').fill('Planens insatser');
    await page.getByRole('button', { name: 'Registrera utlämnande' }).click();
    await page.getByTestId('disclosures').getByText('Polisen: Planens insatser').waitFor();
    await page.getByLabel('Mottagare').selectOption('school');
    await page.getByRole('button', { name: 'Registrera utlämnande' }).click();
    await page.getByText('Samtycket täcker inte den mottagaren').waitFor();
    await expectAccessibleAtBothSizes(page);
    expect(pageErrors()).toEqual([]);
  });

  it('lets a colleague who is not assigned open the case only by nödåtkomst with a reason', async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page, { expectedStatuses: [404] });
    await signIn(page, server.baseUrl, colleague.email, colleague.password);
    await page.goto(`${server.baseUrl}/individinsatser/arenden/${caseId}`);
    await page.getByText('Ärendet finns inte, eller så är du inte tilldelad det').waitFor();
    await expectAccessibleAtBothSizes(page);
    await page.getByLabel('Skäl till nödåtkomst').fill('Anna är på semester, jag ersätter henne.');
    await page.getByRole('button', { name: 'Begär nödåtkomst' }).click();
    await waitForHeading(page, 'Syntetisk Ungdom');
    await page.getByText('Du läser ärendet med nödåtkomst.').waitFor();

    const programmeOwner = new ApiClient(server.baseUrl);
    await programmeOwner.logIn(owner.email, owner.password);
    const reviews = await programmeOwner.get<{ caseId: string; reason: string }[]>(
      '/api/intervention-reviews',
    );
    expect(reviews).toMatchObject([{ caseId, reason: 'Anna är på semester, jag ersätter henne.' }]);
    expect(pageErrors()).toEqual([]);
  });

  it("shows the coordinator the programme's counts with a small one as 'färre än 5'", async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
    await page.goto(`${server.baseUrl}/individinsatser`);
    await waitForHeading(page, 'Individinsatser');
    const row = page.getByTestId('programmes-table').getByRole('row', { name: /SIG e2e/ });
    expect(await row.innerText()).toContain('färre än 5');
    expect(await page.content()).not.toContain('Syntetisk Ungdom');
    await expectAccessibleAtBothSizes(page);
  });
});
