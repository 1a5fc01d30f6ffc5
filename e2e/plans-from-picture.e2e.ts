import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from './support/api-client.js';
import {
  cspViolations,
  launchBrowser,
  saveScreenshot,
  watchForPageErrors,
  type TestBrowser,
} from './support/browser.js';
import { addAccount, expectAccessibleAtBothSizes, signIn } from './support/journeys.js';
import { waitForHeading } from './support/page-helpers.js';
import { startServer, type TestServer } from './support/server.js';

const coordinator = {
  email: 'samordnare.lagesbild.e2e@huddinge.demo',
  password: 'en röd cykel vid den gamla bron 2026',
  displayName: 'Stina Samordnare',
  roles: ['coordinator'],
};

describe('plans from the picture, and every badge readable', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const admin = new ApiClient(server.baseUrl);
    await admin.logIn(server.demoLogin.email, server.demoLogin.password);
    await addAccount(admin, server.baseUrl, {
      ...coordinator,
      organisationKind: 'municipal_administration',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("lets a coordinator start a 2027 plan from this week's picture and take in proposed problems", async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, coordinator.email, coordinator.password);
    await page.goto(`${server.baseUrl}/handlingsplaner`);
    await waitForHeading(page, 'Handlingsplaner');
    await page.getByRole('button', { name: 'Ny plan från veckans lägesbild' }).click();
    const form = page.getByTestId('plan-form');
    await form.getByLabel(/^Titel/).fill('Åtgärdsplan 2027');
    await form.getByLabel(/^Typ/).selectOption('action_plan');
    await form.getByLabel(/^Ägare/).fill('Kommunstyrelsens förvaltning');
    await form.getByLabel('Giltig från').fill('2027-01-01');
    await form.getByLabel('Giltig till och med').fill('2027-12-31');
    await form.getByRole('button', { name: /Skapa|Spara/ }).click();
    await waitForHeading(page, 'Åtgärdsplan 2027');

    // The week's picture is on the plan by name, and its alarms and rises are proposed.
    expect(await page.getByTestId('plan-snapshot').innerText()).toMatch(
      /^Lägesbilden för Vecka \d+, \d{4}, sparad /,
    );
    const proposals = page.getByTestId('proposals');
    await proposals.getByText('Skogås', { exact: false }).first().waitFor();
    const boxes = proposals.getByRole('checkbox');
    const count = await boxes.count();
    expect(count).toBeGreaterThan(1);
    await saveScreenshot(page, 'plan-from-picture-proposals');
    await expectAccessibleAtBothSizes(page);

    // The coordinator drops the last proposal and takes in the others.
    const droppedName = (await boxes.nth(count - 1).getAttribute('aria-label')) ?? '';
    await boxes.nth(count - 1).uncheck();
    await proposals.getByRole('button', { name: 'Ta med valda som prioriterade problem' }).click();
    await proposals.waitFor({ state: 'detached' });
    const problems = page.getByTestId('problems');
    expect(await problems.getByText('Prioriterat').count()).toBe(count - 1);
    expect(await problems.innerText()).not.toContain(droppedName.replace(/^Ta med /, ''));
    // Problems with a measure or an effort are no gaps; these have none yet.
    expect(await page.getByTestId('gaps').innerText()).toContain('Skogås');

    // Reloaded, the dropped proposal stays dropped.
    await page.reload();
    await waitForHeading(page, 'Åtgärdsplan 2027');
    await page.getByTestId('problems').waitFor();
    expect(await page.getByTestId('proposals').count()).toBe(0);
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('draws every badge variant readable and whole, at both sizes', async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, coordinator.email, coordinator.password);
    await page.goto(`${server.baseUrl}/markeringar`);
    await waitForHeading(page, 'Markeringar');
    const badges = page.locator('[data-testid="badges"] .mantine-Badge-root');
    expect(await badges.count()).toBeGreaterThan(40);
    await saveScreenshot(page, 'badges');
    await expectAccessibleAtBothSizes(page);
    // No badge cuts its words off ("HAR …").
    const cut = await badges
      .locator('.mantine-Badge-label')
      .evaluateAll(
        (labels: { scrollWidth: number; clientWidth: number; textContent: string | null }[]) =>
          labels
            .filter((label) => label.scrollWidth > label.clientWidth + 1)
            .map((label) => label.textContent),
      );
    expect(cut).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });
});
