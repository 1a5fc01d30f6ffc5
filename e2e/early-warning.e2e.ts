import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekKey } from '../src/shared/time/calendar.js';
import { stockholmLocalParts } from '../src/shared/time/stockholm-time.js';
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

interface AlarmJson {
  key: string;
  districtId: string | null;
  categoryCode: string;
  sentence: string;
  decision: { decision: string; comment: string } | null;
}

interface SignalJson {
  id: string;
  categoryCode: string;
  description: string;
  source: string;
  credibility: string | null;
  status: string;
}

/** The ISO week (2026-W48) of today in Sweden, as the picture opens on it. */
const currentIsoWeek = (now = new Date()): string => isoWeekKey(stockholmLocalParts(now));

describe('early warning: alarms, hot spots and the signal register', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let admin: ApiClient;
  const week = currentIsoWeek();
  let skogasAlarm: AlarmJson;
  const comment = 'Tas upp på veckomötet med polisen på torsdag.';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    admin = new ApiClient(server.baseUrl);
    await admin.logIn(server.demoLogin.email, server.demoLogin.password);
    // The demo seeds a rise in Skogås this week; without an alarm for it there is nothing to show.
    const { alarms } = await admin.get<{ alarms: AlarmJson[] }>(`/api/alarms?key=${week}&lang=sv`);
    const found = alarms.find((alarm) => alarm.sentence.includes('Skogås'));
    if (found === undefined) {
      throw new Error(
        `The demo data gave no alarm in Skogås in ${week}: ${JSON.stringify(alarms)}`,
      );
    }
    skogasAlarm = found;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets a coordinator acknowledge an alarm with a comment, and keeps it after a reload', async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
    await page.goto(`${server.baseUrl}/lagesbild`);
    await waitForHeading(page, 'Lägesbild');
    const alarms = page.getByTestId('alarms');
    await alarms.getByRole('heading', { name: 'Larm', exact: true }).waitFor();
    await alarms.getByText(/serier \(område × kategori\) testades den här veckan/).waitFor();
    expect(await alarms.innerText()).toContain('kontroll av falska upptäckter');
    const alarm = alarms.getByRole('article', { name: skogasAlarm.sentence });
    await alarm.waitFor();
    expect(await alarm.getByTestId('alarm-decision').innerText()).toMatch(/inte hanterat än/i);
    await page.getByTestId('signal-counts').waitFor();
    await saveScreenshot(page, 'alarms-desktop');
    await expectAccessibleAtBothSizes(page);

    await alarm.getByRole('button', { name: 'Kvittera' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kvittera larmet' });
    await dialog.getByText(skogasAlarm.sentence).waitFor();
    // The comment is required.
    await dialog.getByRole('button', { name: 'Kvittera' }).click();
    await dialog.getByText('Skriv en kommentar.').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await dialog.getByLabel('Kommentar').fill(comment);
    await dialog.getByRole('button', { name: 'Kvittera' }).click();
    await page.getByTestId('alarms-announcement').getByText('Larmet är kvitterat.').waitFor();
    await dialog.waitFor({ state: 'detached' });

    await page.reload();
    await waitForHeading(page, 'Lägesbild');
    const reloaded = page
      .getByTestId('alarms')
      .getByRole('article', { name: skogasAlarm.sentence });
    await reloaded.getByText(/^Kvitterat /).waitFor();
    // Handled: its buttons are gone, and its method and figures are one click away.
    expect(await reloaded.getByRole('button', { name: /Kvittera|Avfärda/ }).count()).toBe(0);
    await reloaded.getByText('Så räknades larmet').click();
    await reloaded.getByText(/^Metod: /).waitFor();
    expect(await reloaded.getByTestId('alarm-decision').innerText()).toContain(comment);
    const { alarms: after } = await admin.get<{ alarms: AlarmJson[] }>(
      `/api/alarms?key=${week}&lang=sv`,
    );
    expect(after.find((item) => item.key === skogasAlarm.key)?.decision).toMatchObject({
      decision: 'acknowledged',
      comment,
    });

    // Hot spots and the heat map: switches above the map, a legend that says how they were found.
    await page.getByRole('checkbox', { name: 'Täta platser' }).check();
    const hotSpotLegend = page.getByTestId('hot-spot-legend');
    await hotSpotLegend.waitFor();
    // In words first; the method one click away.
    expect(await hotSpotLegend.innerText()).toContain('Ovanligt många händelser tätt samlade här');
    await hotSpotLegend.getByText('Så räknades de täta platserna').click();
    expect(await hotSpotLegend.innerText()).toMatch(/Getis-Ord Gi\*.*högst 5 %/);
    await page.getByRole('checkbox', { name: 'Värmekarta' }).check();
    await page.getByTestId('heat-legend').waitFor();
    expect(await page.getByTestId('heat-legend').innerText()).toContain('per km²');
    await saveScreenshot(page, 'hot-spots-desktop');
    await expectAccessibleAtBothSizes(page);

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('lets a coordinator on a phone register a signal and follow it up', async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await page.setViewportSize(phoneViewport);
    await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
    await page.goto(`${server.baseUrl}/lagesbild`);
    await waitForHeading(page, 'Lägesbild');
    await page
      .getByRole('navigation', { name: 'Lägesbild' })
      .getByRole('link', { name: 'Signaler', exact: true })
      .click();
    await waitForHeading(page, 'Signaler');
    await page.getByTestId('signal-count').getByText('Inga signaler matchar filtret.').waitFor();

    await page.getByRole('button', { name: 'Registrera en signal' }).click();
    const form = page.getByTestId('signal-form');
    await form.waitFor();
    // Organized-crime categories come first.
    const firstGroup = form.locator('select').first().locator('optgroup').first();
    expect(await firstGroup.getAttribute('label')).toBe('Organiserad brottslighet');
    // Without a category and a description, nothing is sent.
    await form.getByRole('button', { name: 'Registrera signalen' }).click();
    await form.getByText('Välj en kategori.').first().waitFor();
    await form.getByLabel('Kategori').selectOption({ label: 'Rekrytering av unga' });
    await form.getByLabel('Område (frivilligt)').selectOption({ label: 'Skogås' });
    await form
      .getByLabel('Beskrivning')
      .fill(
        'Fritidsgården berättar om yngre barn som springer ärenden vid torget, ring 070-123 45 67.',
      );
    await form.getByTestId('personal-data-warning').waitFor();
    await form.getByRole('radio', { name: 'Samverkanspart' }).check();
    await form.getByLabel('Trovärdighet (frivilligt)').selectOption({ label: 'Sannolik' });
    await form.getByLabel('Allvar (frivilligt)').selectOption({ label: 'Hög' });
    await saveScreenshot(page, 'signal-form-phone');
    await expectAccessibleAtBothSizes(page, phoneViewport);

    await form.getByRole('button', { name: 'Registrera signalen' }).click();
    const outcome = page.getByTestId('signal-outcome');
    await outcome.waitFor();
    expect(await outcome.innerText()).toContain('Signalen är registrerad.');
    expect(await outcome.innerText()).toContain('telefonnummer');
    const list = page.getByTestId('signal-list');
    await list.getByText('Rekrytering av unga').waitFor();
    expect(await list.innerText()).toContain('Samverkanspart');
    const signals = await admin.get<SignalJson[]>('/api/signals');
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({
      categoryCode: 'youth_recruitment',
      source: 'partner',
      credibility: 'probable',
      // Registered with an assessment, it counts as assessed.
      status: 'assessed',
    });
    expect(signals[0]?.description).toContain('[telefonnummer]');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    // The signal's own page: assess and follow up.
    await list.getByRole('link', { name: /^Rekrytering av unga, / }).click();
    await waitForHeading(page, 'Signal: Rekrytering av unga');
    await page.getByLabel('Status').selectOption({ label: 'Följs upp' });
    await page
      .getByRole('textbox', { name: 'Uppföljning' })
      .fill('Fältgruppen är på torget fredag och lördag kväll.');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByTestId('signal-saved').waitFor();
    await expectAccessibleAtBothSizes(page, phoneViewport);
    const saved = await admin.get<SignalJson & { followUp: string }>(
      `/api/signals/${signals[0]?.id}`,
    );
    expect(saved.status).toBe('following_up');

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('lets a coordinator change the early warning settings', async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
    await page.goto(`${server.baseUrl}/lagesbild/tidig-varning`);
    await waitForHeading(page, 'Tidig varning');
    await page.getByLabel('Minsta antal händelser för ett larm').waitFor();
    await expectAccessibleAtBothSizes(page);
    await page.getByLabel('Värmekartans utjämning (meter)').fill('600');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.getByTestId('settings-saved').waitFor();
    const settings = await admin.get<{ heatBandwidthMeters: number }>(
      '/api/early-warning/settings',
    );
    expect(settings.heatBandwidthMeters).toBe(600);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('shows a viewer the alarms read-only and the signals as counts', async () => {
    // Run alone, this journey seeds what the ones before it leave: the decision and a signal.
    const { alarms } = await admin.get<{ alarms: AlarmJson[] }>(`/api/alarms?key=${week}&lang=sv`);
    if (alarms.find((alarm) => alarm.key === skogasAlarm.key)?.decision === null) {
      await admin.post('/api/alarms/decisions', {
        periodKey: week,
        districtId: skogasAlarm.districtId,
        categoryCode: skogasAlarm.categoryCode,
        decision: 'acknowledged',
        comment,
      });
    }
    if ((await admin.get<SignalJson[]>('/api/signals')).length === 0) {
      await admin.post('/api/signals', {
        categoryCode: 'youth_recruitment',
        observedAt: new Date().toISOString(),
        description: 'Fritidsgården berättar om yngre barn som springer ärenden vid torget.',
        source: 'partner',
      });
    }
    const viewer = {
      email: 'ledamot.larm.e2e@huddinge.demo',
      password: 'fyra röda båtar vid en lugn brygga 2026',
    };
    await addAccount(admin, server.baseUrl, {
      ...viewer,
      displayName: 'Valle Ledamot',
      roles: ['viewer'],
    });
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, viewer.email, viewer.password);
    await page.goto(`${server.baseUrl}/lagesbild`);
    await waitForHeading(page, 'Lägesbild');
    const alarm = page.getByTestId('alarms').getByRole('article', { name: skogasAlarm.sentence });
    await alarm.getByText(/^Kvitterat /).waitFor();
    expect(
      await page
        .getByTestId('alarms')
        .getByRole('button', { name: /Kvittera|Avfärda/ })
        .count(),
    ).toBe(0);
    const counts = page.getByTestId('signal-counts');
    // One signal is fewer than 3: a viewer sees that it is hidden, and why (the small-count rule).
    await counts.getByText(/^Du ser sammanställningar: antal under 3/).waitFor();
    expect(await counts.innerText()).toContain('Rekrytering av unga');
    expect(await counts.getByRole('link').count()).toBe(0);
    await expectAccessibleAtBothSizes(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });
});
