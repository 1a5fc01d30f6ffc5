import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekKey } from '../src/shared/time/calendar.js';
import { stockholmLocalParts } from '../src/shared/time/stockholm-time.js';
import { ApiClient } from './support/api-client.js';
import { findAccessibilityViolations } from './support/axe.js';
import {
  cspViolations,
  desktopViewport,
  launchBrowser,
  saveScreenshot,
  watchForPageErrors,
  type TestBrowser,
} from './support/browser.js';
import { addAccount, expectAccessibleAtBothSizes, signIn } from './support/journeys.js';
import { waitForHeading } from './support/page-helpers.js';
import { startServer, type TestServer } from './support/server.js';

/** The phone of issue 15's walkthrough. */
const phone = { width: 375, height: 812 };

/** The few DOM members the in-page checks use (the journeys are typed without the DOM). */
interface Box {
  top: number;
  bottom: number;
  height: number;
}
interface PageDom {
  innerHeight: number;
  document: {
    querySelector(selector: string): {
      getBoundingClientRect(): Box;
      getAttribute(name: string): string | null;
    } | null;
    createRange(): {
      setStart(node: unknown, offset: number): void;
      setEnd(node: unknown, offset: number): void;
      getClientRects(): { length: number };
    };
  };
}

interface DistrictJson {
  id: string;
  properties: { name: string };
  geometry: { coordinates: unknown[] };
}

/** Whether the element lies wholly in the visible area, below the app's fixed header. */
async function isInView(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((element) => {
    const globals = globalThis as unknown as PageDom;
    const header = globals.document.querySelector('header');
    const top = header ? header.getBoundingClientRect().bottom : 0;
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= top - 1 && box.bottom <= globals.innerHeight + 1;
  });
}

/** What the live region says now. */
const liveText = (page: Page) => page.getByTestId('live-region').innerText();

/** Fills the first event of the report form: a category, an area and a description. */
async function fillReport(page: Page, category: string, description: string) {
  const event = page.getByTestId('report-event').first();
  await event.getByRole('radio', { name: category, exact: true }).check();
  await event.getByLabel('Område').selectOption({ label: 'Vårby' });
  await event.getByLabel('Beskrivning').fill(description);
  // The reporter is at the bottom of the form when sending.
  await page
    .getByRole('button', { name: 'Skicka rapporten', exact: true })
    .scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Skicka rapporten', exact: true }).click();
}

/** Cuts this browser off from the server, service worker included, or joins it again. */
async function setConnection(browser: TestBrowser, baseUrl: string, isOnline: boolean) {
  if (isOnline) {
    await browser.context.unroute(`${baseUrl}/**`);
    await browser.context.setOffline(false);
  } else {
    await browser.context.setOffline(true);
    await browser.context.route(`${baseUrl}/**`, (route) => route.abort('internetdisconnected'));
  }
}

describe('reporting from a phone, offline too, and the map on the picture page', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let admin: ApiClient;
  const reporter = {
    email: 'vakt.e2e@huge.demo',
    displayName: 'Vera Väktare',
    password: 'fyra blå cyklar vid en röd grind 2026',
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    admin = new ApiClient(server.baseUrl);
    await admin.logIn(server.demoLogin.email, server.demoLogin.password);
    await addAccount(admin, server.baseUrl, {
      ...reporter,
      roles: ['reporter'],
      organisationKind: 'housing_company',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const reportedCount = async (description: string) => {
    const { incidents } = await admin.get<{ incidents: { description: string }[] }>(
      '/api/incidents?source=manual&limit=100',
    );
    return incidents.filter((incident) => incident.description === description).length;
  };

  it('shows a phone reporter every outcome where she looks, online, offline and after reconnecting', async () => {
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page, {
      ignoredMessages: [/ERR_INTERNET_DISCONNECTED/, /Failed to fetch/],
    });
    await page.setViewportSize(phone);
    await browser.context.clearCookies();
    await signIn(page, server.baseUrl, reporter.email, reporter.password);
    await page.goto(`${server.baseUrl}/rapportera`);
    await waitForHeading(page, 'Rapportera');
    await page
      .getByTestId('report-event')
      .first()
      .getByRole('radio', { name: 'Klotter' })
      .waitFor();

    // Chips never break a word: each word of each label lies on one line.
    const brokenWords = await page.locator('.choice > span:last-child').evaluateAll((labels) =>
      labels.flatMap((label) => {
        const document = (globalThis as unknown as PageDom).document;
        const text = label.firstChild;
        if (text === null) return [];
        const words: string[] = [];
        let start = 0;
        const content = text.textContent ?? '';
        for (const word of content.split(' ')) {
          const range = document.createRange();
          range.setStart(text, start);
          range.setEnd(text, start + word.length);
          if (range.getClientRects().length > 1) words.push(word);
          start += word.length + 1;
        }
        return words;
      }),
    );
    expect(brokenWords).toEqual([]);
    await expectAccessibleAtBothSizes(page, phone);

    // Online: the confirmation is in view after sending, and read out.
    await fillReport(page, 'Klotter', 'Klotter på elskåpet vid stationen.');
    await page.getByTestId('report-outcome').getByText('Rapporten är skickad.').waitFor();
    await expect.poll(() => isInView(page, 'report-outcome')).toBe(true);
    expect(await liveText(page)).toContain('Rapporten är skickad.');

    // Offline: the notice is in view; on reconnecting it goes and the confirmation comes.
    await setConnection(browser, server.baseUrl, false);
    await fillReport(page, 'Nedskräpning', 'Sopor vid busshållplatsen.');
    await page
      .getByTestId('report-outcome')
      .getByText('Ingen anslutning just nu.', { exact: false })
      .waitFor();
    await expect.poll(() => isInView(page, 'report-outcome')).toBe(true);
    expect(await liveText(page)).toContain('Ingen anslutning just nu.');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.evaluate(() =>
      (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 99999),
    );
    await setConnection(browser, server.baseUrl, true);
    const after = page.getByTestId('report-outcome');
    await after.getByText('Anslutningen är tillbaka. Rapporten är skickad.').waitFor();
    expect(await after.innerText()).not.toContain('Ingen anslutning');
    await expect.poll(() => isInView(page, 'report-outcome')).toBe(true);
    expect(await liveText(page)).toContain('Rapporten är skickad.');
    expect(await reportedCount('Sopor vid busshållplatsen.')).toBe(1);

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('opens the reporting page without a connection and sends its outbox when the connection returns', async () => {
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page, {
      ignoredMessages: [/ERR_INTERNET_DISCONNECTED/, /Failed to fetch/, /Failed to load resource/],
    });
    await page.setViewportSize(phone);
    await browser.context.clearCookies();
    await signIn(page, server.baseUrl, reporter.email, reporter.password);
    await page.goto(`${server.baseUrl}/rapportera`);
    await waitForHeading(page, 'Rapportera');
    // Installable: the manifest is linked and the service worker controls the page.
    const manifest = await page.evaluate(async () => {
      const document = (globalThis as unknown as PageDom).document;
      const link = document.querySelector('link[rel="manifest"]')?.getAttribute('href') ?? '';
      return (await fetch(link)).json() as Promise<{ start_url: string; icons: unknown[] }>;
    });
    expect(manifest.start_url).toBe('/rapportera');
    expect(manifest.icons.length).toBeGreaterThanOrEqual(2);
    await page.evaluate(async () => {
      const navigator = (
        globalThis as unknown as { navigator: { serviceWorker: { ready: Promise<unknown> } } }
      ).navigator;
      await navigator.serviceWorker.ready;
    });
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (globalThis as unknown as { navigator: { serviceWorker: { controller: unknown } } })
              .navigator.serviceWorker.controller !== null,
        ),
      )
      .toBe(true);

    // No connection at all, for the page and the worker alike: the page still opens.
    await setConnection(browser, server.baseUrl, false);
    const worker = browser.context.serviceWorkers()[0];
    if (worker !== undefined) {
      expect(
        await worker.evaluate(() =>
          fetch('/readyz').then(
            () => 'online',
            () => 'offline',
          ),
        ),
      ).toBe('offline');
    }
    await page.reload();
    await waitForHeading(page, 'Rapportera');
    await fillReport(page, 'Otrygg eller mörk plats', 'Trasig belysning i gångtunneln.');
    await page
      .getByTestId('report-outcome')
      .getByText('Ingen anslutning just nu.', { exact: false })
      .waitFor();
    await page.getByTestId('outbox').getByText('1 rapport väntar på att skickas.').waitFor();
    expect(await reportedCount('Trasig belysning i gångtunneln.')).toBe(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // The connection returns: the outbox is sent once and the confirmation comes.
    await setConnection(browser, server.baseUrl, true);
    await page
      .getByTestId('report-outcome')
      .getByText('Anslutningen är tillbaka. Rapporten är skickad.')
      .waitFor();
    await page.getByTestId('outbox').waitFor({ state: 'detached' });
    expect(await reportedCount('Trasig belysning i gångtunneln.')).toBe(1);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('puts the map in the first screen of the picture page, with the alarmed district wholly in view', async () => {
    const week = isoWeekKey(stockholmLocalParts(new Date()));
    const { alarms } = await admin.get<{ alarms: { districtId: string | null }[] }>(
      `/api/alarms?key=${week}&lang=sv`,
    );
    const alarmed = alarms.find((alarm) => alarm.districtId !== null)?.districtId;
    const { features } = await admin.get<{ features: DistrictJson[] }>('/api/districts');
    const district = features.find((feature) => feature.id === alarmed);
    if (district === undefined) throw new Error(`The demo gave no district alarm in ${week}.`);

    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await page.setViewportSize(desktopViewport);
    await browser.context.clearCookies();
    await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
    await page.goto(`${server.baseUrl}/lagesbild`);
    await waitForHeading(page, 'Lägesbild');
    const map = page.getByTestId('district-map');
    await map.locator('canvas').waitFor();
    await saveScreenshot(page, 'picture-first-screen-desktop', { isFullPage: false });
    const box = await map.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 9999) + (box?.height ?? 0)).toBeLessThanOrEqual(desktopViewport.height);
    // The district names are written on the map.
    await map.locator('.map-label-district', { hasText: district.properties.name }).waitFor();

    // The map's view holds the alarmed district whole.
    await expect.poll(() => map.getAttribute('data-view-bounds')).not.toBe('');
    const [west = 0, south = 0, east = 0, north = 0] = (
      (await map.getAttribute('data-view-bounds')) ?? ''
    )
      .split(',')
      .map(Number);
    const corners: number[][] = [];
    const visit = (value: unknown): void => {
      if (Array.isArray(value) && typeof value[0] === 'number') corners.push(value as number[]);
      else if (Array.isArray(value)) value.forEach(visit);
    };
    visit(district.geometry.coordinates);
    const outside = corners.filter(
      ([longitude = 0, latitude = 0]) =>
        longitude < west || longitude > east || latitude < south || latitude > north,
    );
    expect(outside).toEqual([]);

    // The tables sort by a column heading.
    const countHeading = page.getByRole('columnheader', { name: /Antal/ }).first();
    expect(await countHeading.getAttribute('aria-sort')).toBe('descending');
    await page
      .getByRole('button', { name: /^Kategori/ })
      .first()
      .click();
    expect(
      await page
        .getByRole('columnheader', { name: /Kategori/ })
        .first()
        .getAttribute('aria-sort'),
    ).toBe('ascending');
    await expectAccessibleAtBothSizes(page);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });
});
