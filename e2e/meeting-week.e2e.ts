import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekKey } from '../src/shared/time/calendar.js';
import { formatLocalDate, stockholmLocalParts } from '../src/shared/time/stockholm-time.js';
import { ApiClient } from './support/api-client.js';
import {
  launchBrowser,
  saveScreenshot,
  watchForPageErrors,
  type TestBrowser,
} from './support/browser.js';
import { addAccount, expectAccessibleAtBothSizes, signIn } from './support/journeys.js';
import { waitForHeading } from './support/page-helpers.js';
import { startServer, type TestServer } from './support/server.js';

const officer = {
  email: 'polis.vecka.e2e@huddinge.demo',
  password: 'en blå cykel vid en lång bro 2026',
  displayName: 'Petra Polis',
  roles: ['reporter'],
  organisationKind: 'police',
};
const comment = 'tas upp på OSG torsdag';
const actionTitle = 'Kvällsnärvaro vid Skogås torg';

interface MeetingJson {
  id: string;
  title: string;
  startsAt: string;
}

/** The next julafton (24 December) that has not passed, as YYYY-MM-DD. */
function nextChristmasEve(now = new Date()): string {
  const today = stockholmLocalParts(now);
  const year = today.month === 12 && today.day > 24 ? today.year + 1 : today.year;
  return `${year}-12-24`;
}

describe("Thursday's OSG: the week's alarm, a late flag, the police member, and julafton", () => {
  let server: TestServer;
  let browser: TestBrowser;
  let admin: ApiClient;
  let meetingUrl: string;
  let meetingId: string;
  let alarmSentence: string;

  beforeAll(async () => {
    server = await startServer({ timeoutMs: 280_000 });
    browser = await launchBrowser();
    admin = new ApiClient(server.baseUrl);
    await admin.logIn(server.demoLogin.email, server.demoLogin.password);
    const { id: officerId } = await addAccount(admin, server.baseUrl, officer);

    // The demo's rise in Skogås this week: the coordinator acknowledged it for Thursday.
    const week = isoWeekKey(stockholmLocalParts(new Date()));
    const { alarms } = await admin.get<{
      alarms: { districtId: string | null; categoryCode: string; sentence: string }[];
    }>(`/api/alarms?key=${week}&lang=sv`);
    const skogas = alarms.find((alarm) => alarm.sentence.includes('Skogås'));
    if (skogas === undefined) throw new Error(`No alarm in Skogås in ${week}.`);
    alarmSentence = skogas.sentence;
    await admin.post('/api/alarms/decisions', {
      periodKey: week,
      districtId: skogas.districtId,
      categoryCode: skogas.categoryCode,
      decision: 'acknowledged',
      comment,
    });

    // The OSG's coming meeting, with a joint action the police member is responsible for.
    const series = await admin.get<{ id: string; title: string }[]>('/api/meeting-series');
    const osg = series.find((item) => item.title === 'OSG Huddinge');
    const meetings = await admin.get<MeetingJson[]>(`/api/meetings?seriesId=${osg?.id}`);
    const coming = meetings
      .filter((meeting) => Date.parse(meeting.startsAt) > Date.now())
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
    meetingId = coming?.id ?? '';
    meetingUrl = `${server.baseUrl}/samverkan/moten/${meetingId}`;
    // She is a member by name too, so the coordinator can send her the agenda.
    await admin.request('PATCH', `/api/meetings/${meetingId}`, { memberUserIds: [officerId] });
    await admin.post(`/api/meetings/${coming?.id}/actions`, {
      title: actionTitle,
      responsibleUserIds: [officerId],
      status: 'planned',
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function pageOf(
    email: string,
    password: string,
  ): Promise<{ page: Page; errors: () => string[] }> {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const errors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, email, password);
    return { page, errors };
  }

  it("puts the week's acknowledged alarm with its comment on Thursday's agenda, and a flag made after it was built", async () => {
    const { page, errors } = await pageOf(server.demoLogin.email, server.demoLogin.password);
    await page.goto(meetingUrl);
    await waitForHeading(page, 'OSG Huddinge');
    const agenda = page.getByTestId('agenda');
    await agenda.getByRole('button', { name: 'Uppdatera från lägesbilden' }).click();
    await agenda.getByText(/^Dagordningen har \d+ punkter?\./).waitFor();
    const alarm = agenda.getByRole('heading', { name: /Larm Vecka \d+, \d{4}, hittills/ }).filter({
      hasText: alarmSentence,
    });
    await alarm.waitFor();
    expect(await alarm.innerText()).toContain(`kvitterat: ”${comment}”`);

    // An incident flagged after the agenda was built is on it at once.
    const { incidents } = await admin.get<{ incidents: { id: string; occurredAt: string }[] }>(
      '/api/incidents?limit=1',
    );
    const incident = incidents[0];
    await admin.post(`/api/meetings/${meetingId}/flagged-incidents`, {
      incidentId: incident?.id,
      note: 'Polisen berättar mer',
    });
    await page.reload();
    const day = formatLocalDate(stockholmLocalParts(new Date(incident?.occurredAt ?? '')));
    await agenda
      .getByRole('heading', {
        name: new RegExp(`Händelse inför mötet: .*, ${day} – Polisen berättar mer`),
      })
      .waitFor();
    await page
      .getByTestId('agenda-mail')
      .getByRole('button', { name: 'Skicka dagordningen till medlemmarna' })
      .waitFor();
    await saveScreenshot(page, 'meeting-week-agenda');
    await expectAccessibleAtBothSizes(page);
    expect(errors()).toEqual([]);
  });

  it('lets the police member add an agenda item and follow up her own action', async () => {
    const { page, errors } = await pageOf(officer.email, officer.password);
    await page.goto(meetingUrl);
    await waitForHeading(page, 'OSG Huddinge');
    const agenda = page.getByTestId('agenda');
    await agenda.getByText(/Som medlem kan du lägga till punkter/).waitFor();
    const form = page.getByTestId('add-agenda-item');
    await form.getByLabel('Rubrik').fill('Polisens lägesbild: langning vid torget');
    await form.getByRole('button', { name: 'Lägg till punkten' }).click();
    await agenda
      .getByRole('heading', { name: /Polisens lägesbild: langning vid torget/ })
      .waitFor();

    const action = page.getByTestId('actions').getByRole('article', { name: actionTitle });
    await action.getByRole('button', { name: `Följ upp ${actionTitle}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Följ upp insatsen' });
    await dialog.getByLabel('Status').selectOption({ label: 'Pågår' });
    await dialog.getByLabel('Utfall').fill('Första kvällen genomförd, lugnt vid torget.');
    await expectAccessibleAtBothSizes(page);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await action.getByText('Första kvällen genomförd, lugnt vid torget.').waitFor();
    expect(await action.innerText()).toMatch(/pågår/i);
    // Closing stays with the coordinators.
    expect(await page.getByRole('button', { name: 'Avsluta mötet' }).count()).toBe(0);
    await saveScreenshot(page, 'meeting-week-police');
    await expectAccessibleAtBothSizes(page);
    expect(errors()).toEqual([]);
  });

  it('shows the coordinator that a series skips julafton', async () => {
    const christmasEve = nextChristmasEve();
    const weekday = ((new Date(`${christmasEve}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const weekBefore = formatLocalDate(
      stockholmLocalParts(new Date(Date.parse(`${christmasEve}T12:00:00Z`) - 7 * 86_400_000)),
    );
    await admin.post('/api/meeting-series', {
      title: 'Trygghetsvandringar i jul',
      weekday,
      startTime: '18:00',
      durationMinutes: 60,
      startsOn: weekBefore,
    });
    const { page, errors } = await pageOf(server.demoLogin.email, server.demoLogin.password);
    await page.goto(`${server.baseUrl}/samverkan`);
    await waitForHeading(page, 'Samverkan');
    const series = page
      .getByTestId('series-list')
      .getByRole('listitem')
      .filter({ hasText: 'Trygghetsvandringar i jul' });
    const skipped = series.getByTestId('series-skipped');
    await skipped.waitFor();
    expect(await skipped.innerText()).toMatch(
      /^Inga möten på helgdagar och aftnar: .*\(julafton\)/,
    );
    await expectAccessibleAtBothSizes(page);
    expect(errors()).toEqual([]);
  });
});
