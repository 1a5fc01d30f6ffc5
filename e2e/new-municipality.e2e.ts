import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from './support/axe.js';
import type { BrowserGlobals } from './support/browser-globals.js';
import {
  cspViolations,
  desktopViewport,
  launchBrowser,
  saveScreenshot,
  watchForPageErrors,
  type TestBrowser,
} from './support/browser.js';
import { signIn } from './support/journeys.js';
import { waitForHeading } from './support/page-helpers.js';
import { startServer, type TestServer } from './support/server.js';
import type { Page } from 'playwright-core';

/** The phone of the issue: 375 × 812. */
const phone = { width: 375, height: 812 };

/** axe at 1280×800 and at 375×812, with nothing wider than the window; ends at desktop width. */
async function expectAccessible(page: Page, name: string): Promise<void> {
  for (const [viewport, size] of [
    [desktopViewport, 'desktop'],
    [phone, 'phone'],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(300); // AppShell animates its offsets after a resize
    await saveScreenshot(page, `${name}-${size}`);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(
      await page.evaluate(
        () => (globalThis as unknown as BrowserGlobals).document.documentElement.scrollWidth,
      ),
    ).toBeLessThanOrEqual(viewport.width);
  }
  await page.setViewportSize(desktopViewport);
}

describe('a new municipality on day one', () => {
  let server: TestServer;
  let browser: TestBrowser;
  const firstAdmin = {
    email: 'forsta.admin@botkyrka.example',
    displayName: 'Bodil Botkyrka',
    password: 'fyra distrikt och en lång lösenfras 2026',
  };

  beforeAll(async () => {
    // The demo admin is also the installation's administrator in this journey.
    server = await startServer({
      environment: { TRYGGVE_INSTALLATION_ADMINS: 'admin@huddinge.demo' },
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates Botkyrka as the installation admin, and its first admin finds the checklist and the distrikt named on the map', async () => {
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);

    // The installation admin sets up Botkyrka (0127) by its kommunkod.
    await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
    await page.getByRole('link', { name: /Installationen/ }).click();
    await waitForHeading(page, 'Installationen');
    await expectAccessible(page, 'installation');
    await page.getByLabel(/^Kommunkod/).fill('0127');
    await page.getByLabel(/^Första administratörens e-postadress/).fill(firstAdmin.email);
    await page.getByLabel(/^Första administratörens namn/).fill(firstAdmin.displayName);
    await page.getByRole('button', { name: 'Lägg upp kommunen' }).click();
    const created = page.getByTestId('installation-created');
    await created.waitFor();
    expect(await created.innerText()).toContain('Botkyrka är upplagd.');
    expect(await created.innerText()).toContain('Distrikt: 4');
    expect(await created.innerText()).toContain('Polisens utsatta områden 2023: 4');
    const link = await page.getByTestId('issued-link').inputValue();
    expect(link).toContain('/inbjudan#');
    expect(
      await page.getByTestId('installation-municipalities').getByText('Botkyrka').count(),
    ).toBe(1);
    // Botkyrka's first administrator, in a browser of their own, accepts the invitation.
    await browser.context.clearCookies();
    await page.goto(link);
    await waitForHeading(page, 'Välkommen till Tryggve');
    await page.getByLabel(/^Nytt lösenord/).fill(firstAdmin.password);
    await page.getByLabel('Upprepa det nya lösenordet').fill(firstAdmin.password);
    await page.getByRole('button', { name: 'Skapa kontot och logga in' }).click();
    await page.waitForURL(`${server.baseUrl}/`);
    await waitForHeading(page, `Hej, ${firstAdmin.displayName}!`);
    expect(await page.getByTestId('header-municipality').innerText()).toBe('Botkyrka');
    await page
      .getByRole('link', { name: /Kom igång/ })
      .first()
      .click();
    await waitForHeading(page, 'Kom igång');
    const done = page.getByTestId('onboarding-done');
    expect(await done.innerText()).toContain('Kommungränsen (SCB)');
    expect(await done.innerText()).toContain('Distrikt: 4 områden');
    expect(await done.innerText()).toContain('Polisens utsatta områden 2023: 4 områden');
    expect(await done.innerText()).toMatch(/\d+ ortnamn/);
    expect(await page.getByTestId('onboarding-step-organisations').innerText()).toMatch(
      /Återstår\s+Lägg till organisationerna/i,
    );
    expect(await page.getByTestId('onboarding-step-import').innerText()).toMatch(/Återstår/i);
    await expectAccessible(page, 'onboarding');

    // One click to the distrikt, named on the map and in the list beside it.
    await page.getByRole('link', { name: 'Visa Distrikt på kartan' }).click();
    await waitForHeading(page, 'Indelning: Distrikt');
    await page.getByTestId('layer-map-label').first().waitFor();
    const labels = await page.getByTestId('layer-map-label').allInnerTexts();
    expect(labels.sort()).toEqual(['Botkyrka', 'Grödinge', 'Tullinge', 'Tumba']);
    expect(
      (await page.getByTestId('layer-district-names').getByRole('listitem').allInnerTexts()).map(
        (text) => text.trim(),
      ),
    ).toEqual(['Botkyrka', 'Grödinge', 'Tullinge', 'Tumba']);
    expect(await page.getByTestId('layer-credit').innerText()).toContain('Lantmäteriet');
    await expectAccessible(page, 'layer-distrikt');

    // The credits are also on the About page, open to anyone.
    await page.goto(`${server.baseUrl}/om-tryggve`);
    await waitForHeading(page, 'Om Tryggve');
    expect(await page.getByTestId('about-credits').innerText()).toContain('Lantmäteriet');
    await expectAccessible(page, 'about');

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
  });
});
