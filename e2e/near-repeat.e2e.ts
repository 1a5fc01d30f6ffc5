import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cspViolations,
  launchBrowser,
  saveScreenshot,
  watchForPageErrors,
  type TestBrowser,
} from './support/browser.js';
import { expectAccessibleAtBothSizes, signIn } from './support/journeys.js';
import { waitForHeading } from './support/page-helpers.js';
import { startServer, type TestServer } from './support/server.js';

describe('near-repeat analysis', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows a coordinator the near-repeat table for the demo's shootings with its sentence and seed", async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
    await page.goto(`${server.baseUrl}/lagesbild`);
    await waitForHeading(page, 'Lägesbild');
    await page
      .getByRole('navigation', { name: 'Lägesbild' })
      .getByRole('link', { name: 'Nära upprepning', exact: true })
      .click();
    await waitForHeading(page, 'Nära upprepning');
    expect(await page.getByLabel('Kategori').inputValue()).toBe('shooting');
    await page.getByLabel('Slumpfrö').fill('2026');
    await page.getByRole('button', { name: 'Analysera' }).click();
    const sentence = page.getByTestId('near-repeat-sentence');
    await sentence.waitFor();
    expect(await sentence.innerText()).toMatch(
      /^Efter en skjutning är risken för en ny skjutning inom 400 m de följande 14 dagarna \d+,\d gånger den väntade/,
    );
    await page.getByRole('table', { name: /Observerat antal par av skjutning/ }).waitFor();
    expect(await page.getByTestId('near-repeat-seed').innerText()).toContain('Slumpfrö 2026');
    await page.getByText(/händelser med exakt plats ingår/).waitFor();
    await saveScreenshot(page, 'near-repeat-desktop');
    await expectAccessibleAtBothSizes(page);
    expect(pageErrors()).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});
