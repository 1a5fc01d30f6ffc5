import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from './support/api-client.js';
import { findAccessibilityViolations } from './support/axe.js';
import {
  cspViolations,
  launchBrowser,
  phoneViewport,
  saveScreenshot,
  watchForPageErrors,
  type TestBrowser,
} from './support/browser.js';
import { addAccount, expectAccessibleAtBothSizes, signIn } from './support/journeys.js';
import { waitForHeading } from './support/page-helpers.js';
import { startServer, type TestServer } from './support/server.js';

import { reporter, type IncidentJson, type QueuedJson } from './support/situation-journey.js';

describe('the situation picture: report, review, read and import', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let admin: ApiClient;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    admin = new ApiClient(server.baseUrl);
    await admin.logIn(server.demoLogin.email, server.demoLogin.password);
    // A reporter of the housing company, invited and accepted through the API.
    reporter.id = (
      await addAccount(admin, server.baseUrl, {
        ...reporter,
        roles: ['reporter'],
        organisationKind: 'housing_company',
      })
    ).id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The reporter's incidents, as the coordinator sees them. */
  async function reportersIncidents(): Promise<IncidentJson[]> {
    const page = await admin.get<{ incidents: IncidentJson[] }>(
      '/api/incidents?source=manual&limit=100',
    );
    return page.incidents.filter((incident) => incident.reporterUserId === reporter.id);
  }

  it('lets a reporter on a phone file two events, then one more without a connection', async () => {
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page, {
      ignoredMessages: [/ERR_INTERNET_DISCONNECTED/],
    });
    await page.setViewportSize(phoneViewport);
    await signIn(page, server.baseUrl, reporter.email, reporter.password);

    // The start page leads to reporting; the form says reports are about places, not people.
    await page.getByRole('link', { name: /^Rapportera/ }).click();
    await page.waitForURL(`${server.baseUrl}/rapportera`);
    await waitForHeading(page, 'Rapportera');
    const main = page.locator('main');
    await main.getByText('Rapporter handlar om platser och händelser, inte om personer.').waitFor();
    const events = page.getByTestId('report-event');
    await events.first().getByRole('radio', { name: 'Klotter' }).waitFor();
    await saveScreenshot(page, 'report-phone');
    await expectAccessibleAtBothSizes(page, phoneViewport);

    // Event 1: a category button and an area from the list.
    const first = events.first();
    await first.getByRole('radio', { name: 'Klotter', exact: true }).check();
    await first.getByLabel('Område').selectOption({ label: 'Skogås' });
    await first.getByLabel('Beskrivning').fill('Nytt klotter på busskuren vid centrum.');

    // Event 2: a tap on the map, and a phone number the form warns about before saving.
    await page.getByRole('button', { name: 'Lägg till en händelse till' }).click();
    const second = events.nth(1);
    await second.getByRole('heading', { name: 'Händelse 2' }).waitFor();
    await second.getByRole('radio', { name: 'Nedskräpning', exact: true }).check();
    await second.getByRole('button', { name: 'Välj på kartan' }).click();
    const canvas = second.locator('canvas.maplibregl-canvas');
    await canvas.waitFor();
    await page.waitForTimeout(500); // let the map lay itself out before the tap
    await canvas.click();
    await second.getByTestId('chosen-point').waitFor();
    expect(await second.getByTestId('chosen-point').innerText()).toMatch(/^Vald plats: 59,\d+° N/);
    await second.getByLabel('Beskrivning').fill('Sopor utspridda, ring 070-123 45 67 om det.');
    const warning = second.getByTestId('personal-data-warning');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('telefonnummer');
    await saveScreenshot(page, 'report-two-events-phone');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Skicka rapporten (2 händelser)' }).click();
    const outcome = page.getByTestId('report-outcome');
    await outcome.waitFor();
    expect(await outcome.innerText()).toContain('Rapporten med 2 händelser är skickad.');
    expect(await outcome.innerText()).toContain('telefonnummer');
    const sent = await reportersIncidents();
    expect(sent.map((incident) => incident.categoryCode).sort()).toEqual(['graffiti', 'littering']);
    const littering = sent.find((incident) => incident.categoryCode === 'littering');
    expect(littering?.location.point).not.toBeNull();
    expect(littering?.description).toBe('Sopor utspridda, ring [telefonnummer] om det.');

    // Offline: the report waits on the device, and says so.
    await browser.context.setOffline(true);
    await first.getByRole('radio', { name: 'Otrygg eller mörk plats', exact: true }).check();
    await first.getByLabel('Område').selectOption({ label: 'Vårby' });
    await first.getByLabel('Beskrivning').fill('Mörk gångtunnel, belysningen trasig.');
    await page.getByRole('button', { name: 'Skicka rapporten', exact: true }).click();
    await page
      .getByTestId('report-outcome')
      .getByText('Ingen anslutning just nu.', { exact: false })
      .waitFor();
    const outbox = page.getByTestId('outbox');
    await outbox.getByText('1 rapport väntar på att skickas.').waitFor();
    await page.getByRole('link', { name: '1 rapport väntar på att skickas' }).waitFor();
    const queued = await page.evaluate(
      (key) =>
        (
          globalThis as unknown as { localStorage: { getItem: (key: string) => string | null } }
        ).localStorage.getItem(key),
      `tryggve.outbox.${reporter.id}`,
    );
    const [waiting] = JSON.parse(queued ?? '[]') as QueuedJson[];
    expect(waiting?.report.events).toHaveLength(1);
    expect((await reportersIncidents()).length).toBe(2);
    await saveScreenshot(page, 'report-offline-phone');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // Back online: it is sent on its own, once, and the list empties.
    await browser.context.setOffline(false);
    await outbox.waitFor({ state: 'detached' });
    expect(await page.getByTestId('outbox-status').count()).toBe(0);
    const unsafe = (await reportersIncidents()).filter(
      (incident) => incident.categoryCode === 'unsafe_place',
    );
    expect(unsafe).toHaveLength(1);

    // A resend of the same report (a lost answer) is recognised and stored once.
    const reporterApi = new ApiClient(server.baseUrl);
    await reporterApi.logIn(reporter.email, reporter.password);
    const repeat = await reporterApi.post<{ isRepeat: boolean }>('/api/reports', waiting?.report);
    expect(repeat.isRepeat).toBe(true);
    expect((await reportersIncidents()).length).toBe(3);

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  /** Run alone, the review journey seeds the three events the reporter's journey files. */
  async function seedReportersEvents(): Promise<void> {
    if ((await reportersIncidents()).length > 0) return;
    const { features } = await admin.get<{
      features: { id: string; properties: { name: string } }[];
    }>('/api/districts');
    const districtId = (name: string) =>
      features.find((district) => district.properties.name === name)?.id;
    const reporterApi = new ApiClient(server.baseUrl);
    await reporterApi.logIn(reporter.email, reporter.password);
    await reporterApi.post('/api/reports', {
      events: [
        {
          categoryCode: 'graffiti',
          districtId: districtId('Skogås'),
          description: 'Nytt klotter på busskuren vid centrum.',
        },
        {
          categoryCode: 'littering',
          districtId: districtId('Skogås'),
          description: 'Sopor utspridda, ring 070-123 45 67 om det.',
        },
      ],
    });
    await reporterApi.post('/api/reports', {
      events: [
        {
          categoryCode: 'unsafe_place',
          districtId: districtId('Vårby'),
          description: 'Mörk gångtunnel, belysningen trasig.',
        },
      ],
    });
  }

  it('lets the coordinator confirm one report and archive another with a reason', async () => {
    await seedReportersEvents();
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
    await page.goto(`${server.baseUrl}/lagesbild/granska`);
    await waitForHeading(page, 'Granska');
    const navigation = page.getByRole('navigation', { name: 'Lägesbild' });
    for (const part of ['Lägesbild', 'Rapportera', 'Granska', 'Händelser', 'Importera']) {
      await navigation.getByRole('link', { name: part, exact: true }).waitFor();
    }
    const queue = page.getByTestId('review-queue');
    const graffiti = queue
      .getByRole('article')
      .filter({ hasText: 'Nytt klotter på busskuren vid centrum.' });
    await graffiti.waitFor();
    await saveScreenshot(page, 'review-desktop', { isFullPage: false });
    await expectAccessibleAtBothSizes(page);

    await graffiti.getByRole('button', { name: 'Bekräfta' }).click();
    await page.getByTestId('review-announcement').getByText('Händelsen är bekräftad.').waitFor();
    await graffiti.waitFor({ state: 'detached' });

    // The duplicate dialog suggests incidents of the same category close in time.
    const littering = queue.getByRole('article').filter({ hasText: 'Sopor utspridda' });
    await littering.getByRole('button', { name: 'Dubblett' }).click();
    const duplicateDialog = page.getByRole('dialog', { name: 'Markera som dubblett' });
    await duplicateDialog
      .getByText('Välj den händelse som den här upprepar.', { exact: false })
      .waitFor();
    await duplicateDialog.locator('input[type=radio]').first().waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await duplicateDialog.getByRole('button', { name: 'Avbryt' }).click();

    const unsafe = queue.getByRole('article').filter({ hasText: 'Mörk gångtunnel' });
    await unsafe.getByRole('button', { name: 'Arkivera' }).click();
    const archiveDialog = page.getByRole('dialog', { name: 'Arkivera händelsen' });
    // A reason is required before anything is sent.
    await archiveDialog.getByRole('button', { name: 'Arkivera' }).click();
    await archiveDialog.getByText('Skriv varför, med minst tre tecken.').waitFor();
    await archiveDialog
      .getByLabel(/^Varför arkiveras händelsen/)
      .fill('Övningsrapport, inte på riktigt.');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await archiveDialog.getByRole('button', { name: 'Arkivera' }).click();
    await page.getByTestId('review-announcement').getByText('Händelsen är arkiverad.').waitFor();

    const statuses = Object.fromEntries(
      (await reportersIncidents()).map((incident) => [incident.categoryCode, incident.status]),
    );
    expect(statuses).toEqual({ graffiti: 'reviewed', littering: 'new', unsafe_place: 'archived' });

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('shows the picture of the week with its counts, a sentence, a map and when in the week', async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
    await page.goto(`${server.baseUrl}/lagesbild`);
    await waitForHeading(page, 'Lägesbild');
    const label = page.getByTestId('period-label');
    await label.waitFor();
    expect(await label.innerText()).toMatch(/^Vecka \d{1,2}, \d{4}/);
    const key = await label.getAttribute('data-period-key');
    const picture = await admin.get<{
      rows: { districtId: string | null; categoryCode: string; count: number }[];
      largestChanges: { sentence: string }[];
    }>(`/api/situation?period=week&key=${key}&lang=sv`);
    const total = picture.rows
      .filter((row) => row.districtId === null)
      .reduce((sum, row) => sum + row.count, 0);
    await page
      .getByTestId('picture-total')
      .getByText(`${total} händelser i hela kommunen.`)
      .waitFor();

    // The largest changes come first, as sentences (the demo has a rise in Skogås).
    const changes = page.getByTestId('largest-changes');
    await changes.waitFor();
    expect(picture.largestChanges.length).toBeGreaterThan(0);
    expect(await changes.innerText()).toContain(picture.largestChanges[0]?.sentence);
    expect(await changes.innerText()).toContain('Misstänkt narkotikahantering i Skogås');

    // The table has the same count as the API for the whole municipality.
    const whole = page.getByRole('table').filter({ hasText: 'Hela kommunen' }).first();
    const drugs = picture.rows.find(
      (row) => row.districtId === null && row.categoryCode === 'suspected_drug_dealing',
    );
    const drugRow = whole.getByRole('row').filter({ hasText: 'Misstänkt narkotikahantering' });
    expect(await drugRow.locator('td').first().innerText()).toBe(String(drugs?.count));
    expect(await drugRow.innerText()).toMatch(/Upp \d+ \(från \d+\)/);
    await page.getByTestId('district-map').locator('canvas').waitFor();
    await page.getByTestId('weekday-hour-table').waitFor();

    // A category for the map and the tables.
    await page.getByLabel('Visa kategori').selectOption({ label: 'Misstänkt narkotikahantering' });
    await page
      .getByText('Antal händelser per område: Misstänkt narkotikahantering.', { exact: false })
      .waitFor();
    await saveScreenshot(page, 'picture-desktop');
    await expectAccessibleAtBothSizes(page);

    // The previous week is one click away; the coordinator can open the incidents behind it.
    await page.getByRole('button', { name: 'Föregående period', exact: true }).click();
    await expect.poll(() => label.getAttribute('data-period-key')).not.toBe(key);
    await page.getByRole('link', { name: 'Visa händelserna i perioden' }).click();
    await waitForHeading(page, 'Händelser');
    await page.getByTestId('incident-table').waitFor();
    expect(new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expectAccessibleAtBothSizes(page);
    await page.getByTestId('incident-table').getByRole('link').first().click();
    await page.getByTestId('incident-status').waitFor();
    await expectAccessibleAtBothSizes(page);

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('imports a police events file, skipping and showing the faulty row', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tryggve-import-'));
    const file = join(folder, 'handelser.json');
    const event = (id: number, day: number, type: string) => ({
      id,
      datetime: `2026-11-${day} 22:10:00 +01:00`,
      name: `${day} november 21.40, ${type}, Huddinge`,
      summary: `${type} vid Skogås centrum.`,
      url: `/aktuellt/handelser/2026/november/${day}/${id}/`,
      type,
      location: { name: 'Huddinge', gps: '59.23633,17.982156' },
    });
    const { datetime: _missing, ...withoutTime } = event(990003, 22, 'Stöld');
    writeFileSync(
      file,
      JSON.stringify([event(990001, 20, 'Skadegörelse'), withoutTime, event(990002, 21, 'Brand')]),
    );
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    try {
      await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
      await page.goto(`${server.baseUrl}/lagesbild/import`);
      await waitForHeading(page, 'Importera');
      await page.getByTestId('import-runs').waitFor(); // the demo's own import
      await expectAccessibleAtBothSizes(page);

      await page.getByTestId('events-file').setInputFiles(file);
      await page.getByLabel('Hoppa över felaktiga rader').check();
      await page.getByRole('button', { name: 'Importera', exact: true }).click();
      const result = page.getByTestId('import-result');
      await result.waitFor();
      expect(await result.innerText()).toContain('Importen är klar.');
      const rejected = page.getByTestId('rejected-rows');
      const row = rejected.getByRole('row').filter({ hasText: '990003' });
      expect(await row.locator('td').first().innerText()).toBe('2');
      expect(await row.innerText()).toContain('datetime');
      expect(await page.getByTestId('import-runs').innerText()).toContain('handelser.json');
      await saveScreenshot(page, 'import-desktop');
      await expectAccessibleAtBothSizes(page);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }

    const imported = await admin.get<{ incidents: { sourceId: string }[] }>(
      '/api/incidents?source=police_events&limit=500',
    );
    expect(
      imported.incidents
        .map((incident) => incident.sourceId)
        .filter((id) => id.startsWith('99000'))
        .sort(),
    ).toEqual(['990001', '990002']);
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('shows a viewer (a politician) the picture only, without incidents or free text', async () => {
    const viewer = {
      email: 'ledamot.e2e@huddinge.demo',
      password: 'sju vita moln över en stilla sjö 2026',
    };
    await addAccount(admin, server.baseUrl, {
      ...viewer,
      displayName: 'Vera Ledamot',
      roles: ['viewer'],
    });
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, viewer.email, viewer.password);
    await page.goto(`${server.baseUrl}/lagesbild`);
    await waitForHeading(page, 'Lägesbild');
    await page.getByTestId('largest-changes').waitFor();
    expect(await page.getByRole('navigation', { name: 'Lägesbild' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Visa händelserna i perioden' }).count()).toBe(0);
    await page.goto(`${server.baseUrl}/lagesbild/handelser`);
    await waitForHeading(page, 'Ingen behörighet');
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });
});
