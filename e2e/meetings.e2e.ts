import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailServer, type MailServer } from '../test/support/mail-server.js';
import { ApiClient } from './support/api-client.js';
import {
  cspViolations,
  launchBrowser,
  phoneViewport,
  saveScreenshot,
  watchForPageErrors,
  type TestBrowser,
} from './support/browser.js';
import { expectAccessibleAtBothSizes, signIn } from './support/journeys.js';
import { waitForHeading } from './support/page-helpers.js';
import { startServer, type TestServer } from './support/server.js';

import { actions, day, fire, housing, osgDemo, police } from './support/osg-demo.js';

describe('the weekly OSG meeting', () => {
  let mail: MailServer;
  let server: TestServer;
  let browser: TestBrowser;
  let admin: ApiClient;
  const userIds = new Map<string, string>();

  const { comingMeetingUrl, ensureMembers, ensureClosedMeetingWithActions } = osgDemo({
    admin: () => admin,
    server: () => server,
    userIds,
  });

  beforeAll(async () => {
    mail = await startMailServer();
    // While others edit the tree, `serve` may rebuild first: give it time.
    server = await startServer({
      timeoutMs: 280_000,
      environment: { TRYGGVE_SMTP_URL: mail.url },
    });
    browser = await launchBrowser();
    admin = new ApiClient(server.baseUrl);
    await admin.logIn(server.demoLogin.email, server.demoLogin.password);
    const session = await admin.get<{ user: { id: string } }>('/api/session');
    userIds.set(server.demoLogin.email, session.user.id);
    const { organisations } = await admin.get<{ organisations: { id: string; name: string }[] }>(
      '/api/organisations',
    );
    for (const account of [police, fire, housing]) {
      const invited = await admin.post<{ user: { id: string } }>('/api/users', {
        email: account.email,
        displayName: account.displayName,
        organisationId: organisations.find((item) => item.name === account.organisation)?.id,
        roles: ['reporter'],
      });
      userIds.set(account.email, invited.user.id);
      const invitation = await mail.waitForMail(account.email, /#[A-Za-z0-9_-]+/);
      await new ApiClient(server.baseUrl).post('/api/invitations/accept', {
        token: /#([A-Za-z0-9_-]+)/.exec(invitation.text)?.[1],
        password: account.password,
      });
    }
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await mail?.close();
  });

  async function coordinatorPage(): Promise<{ page: Page; errors: () => string[] }> {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const errors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
    return { page, errors };
  }

  it("opens the demo's OSG series and its coming meeting with the agenda the picture built", async () => {
    const { page, errors } = await coordinatorPage();
    await page.goto(`${server.baseUrl}/samverkan`);
    await waitForHeading(page, 'Samverkan');
    // The demo's OSG met last Thursday and left a night walk with the police open.
    await page.getByTestId('recent').getByRole('link', { name: 'OSG Huddinge' }).first().waitFor();
    await page
      .getByTestId('open-actions')
      .getByRole('article', { name: 'Gemensam kvällsvandring i Skogås centrum' })
      .waitFor();
    await page.getByRole('link', { name: 'Till överenskommelser och medborgarlöften' }).waitFor();
    await expectAccessibleAtBothSizes(page);

    // The coordinator names the people who get the minutes: the series' coming meetings follow.
    await page.getByRole('button', { name: 'Ändra OSG Huddinge' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra mötesserien' });
    expect(await dialog.getByLabel('Veckodag').inputValue()).toBe('4');
    expect(await dialog.getByLabel('Klockslag').inputValue()).toBe('09:00');
    const people = dialog.getByTestId('member-users');
    for (const account of [police, fire])
      await people.getByLabel(`${account.displayName} (${account.organisation})`).check();
    await people.getByLabel(/^Demo Administratör/).check();
    await expectAccessibleAtBothSizes(page);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('series-list').getByText('3 organisationer, 3 personer').waitFor();

    const upcoming = page.getByTestId('upcoming').getByTestId('meeting-item');
    await upcoming.first().waitFor();
    expect(await upcoming.count()).toBeGreaterThanOrEqual(2);
    expect(await upcoming.first().innerText()).toMatch(/tors .* 09:00–10:30/);
    await saveScreenshot(page, 'partnership-page');
    await upcoming.first().getByRole('link', { name: 'OSG Huddinge' }).click();
    await waitForHeading(page, 'OSG Huddinge');
    expect(page.url()).toBe(await comingMeetingUrl());
    const agenda = page.getByTestId('agenda');
    await agenda.getByText(/^Byggd ur lägesbilden /).waitFor();
    expect(await agenda.getByTestId('agenda-item').count()).toBeGreaterThan(1);
    expect(await agenda.getByText('Från lägesbilden').count()).toBeGreaterThan(1);
    // Last week's open action is on this week's agenda and among the carried actions.
    await agenda
      .getByRole('heading', { name: /Gemensam insats: Gemensam kvällsvandring i Skogås centrum/ })
      .waitFor();
    await page
      .getByTestId('carried-actions')
      .getByRole('article', { name: 'Gemensam kvällsvandring i Skogås centrum' })
      .waitFor();
    expect(await page.getByTestId('meeting-facts').innerText()).toContain(police.displayName);
    await expectAccessibleAtBothSizes(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors()).toEqual([]);
    await page.close();
  });

  it('edits the agenda, flags an incident for it, and regenerates without losing the edits', async () => {
    const meetingUrl = await comingMeetingUrl();
    const { page, errors } = await coordinatorPage();
    await page.goto(meetingUrl);
    const agenda = page.getByTestId('agenda');
    const first = agenda.getByTestId('agenda-item').first();
    await first.getByLabel('Anteckningar').fill('Polisen redogjorde för läget i Vårby.');
    await first.getByRole('button', { name: 'Spara punkten' }).click();
    await first.getByText('Ändringar som inte är sparade').waitFor({ state: 'hidden' });
    const add = agenda.getByTestId('add-agenda-item');
    await add.getByLabel('Rubrik').fill('Övriga frågor');
    await add.getByRole('button', { name: 'Lägg till punkten' }).click();
    const custom = agenda.getByTestId('agenda-item').filter({ hasText: 'Övriga frågor' });
    await custom.waitFor();
    const count = await agenda.getByTestId('agenda-item').count();
    expect(await custom.getByRole('heading').innerText()).toBe(`Punkt ${count}: Övriga frågor`);
    await custom.getByRole('button', { name: 'Flytta upp Övriga frågor' }).click();
    await agenda.getByRole('heading', { name: `Punkt ${count - 1}: Övriga frågor` }).waitFor();

    // A coordinator flags an incident on its page; it becomes an item when the agenda updates.
    await page.goto(`${server.baseUrl}/lagesbild/handelser`);
    await page.locator('main a[href^="/lagesbild/handelser/"]').first().click();
    const flag = page.getByTestId('flag-for-meeting');
    await flag.getByLabel('Möte', { exact: true }).waitFor();
    expect(
      await flag.getByLabel('Möte', { exact: true }).locator('option').first().innerText(),
    ).toMatch(/^OSG/);
    await flag.getByLabel('Kommentar till mötet (valfri)').fill('Återkommande, polisen följer upp');
    await flag.getByRole('button', { name: 'Flagga inför mötet' }).click();
    await flag.getByText(/^Händelsen är flaggad inför OSG Huddinge\.$/).waitFor();
    await expectAccessibleAtBothSizes(page);

    await page.goto(meetingUrl);
    await agenda.getByRole('button', { name: 'Uppdatera från lägesbilden' }).click();
    await agenda.getByText(/^Dagordningen har \d+ punkter\. Dina ändringar är kvar\.$/).waitFor();
    await agenda.getByText('Händelse inför mötet', { exact: true }).waitFor();
    await page.getByTestId('flags').getByText('Återkommande, polisen följer upp').waitFor();
    expect(
      await agenda.getByTestId('agenda-item').first().getByLabel('Anteckningar').inputValue(),
    ).toBe('Polisen redogjorde för läget i Vårby.');
    expect(await agenda.getByText('Övriga frågor').count()).toBeGreaterThan(0);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors()).toEqual([]);
    await page.close();
  });

  it('records two joint actions, closes the meeting and mails the minutes to the members', async () => {
    await ensureMembers();
    const { page, errors } = await coordinatorPage();
    await page.goto(await comingMeetingUrl());
    await waitForHeading(page, 'OSG Huddinge');
    for (const action of actions) {
      await page.getByRole('button', { name: 'Ny gemensam insats' }).click();
      const dialog = page.getByRole('dialog', { name: 'Ny gemensam insats' });
      await dialog.getByLabel('Vad ska göras').fill(action.title);
      await dialog.getByTestId('action-districts').getByLabel(action.district).first().check();
      await dialog.getByTestId('action-organisations').getByLabel(action.who.organisation).check();
      await dialog
        .getByTestId('action-people')
        .getByLabel(`${action.who.displayName} (${action.who.organisation})`)
        .check();
      await dialog.getByLabel('Klar senast').fill(action.dueOn);
      await dialog.getByLabel('Förväntat resultat').fill('Färre rapporter om otrygghet.');
      if (action === actions[0]) await expectAccessibleAtBothSizes(page);
      await dialog.getByRole('button', { name: 'Skapa' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const card = page.getByTestId('actions').getByRole('article', { name: action.title });
      expect(await card.innerText()).toContain(action.who.organisation);
      expect(await card.getByTestId('action-due').innerText()).toBe(
        action === actions[0]
          ? `Klar senast ${action.dueOn}`
          : `Försenad: skulle vara klar ${action.dueOn}, 7 dagar sedan`,
      );
    }
    await page
      .getByLabel(`Närvaro för ${police.displayName}`)
      .selectOption({ label: 'Närvarande' });
    await page.getByRole('button', { name: 'Spara närvaron' }).click();
    await page.getByText('Sparat.').first().waitFor();
    await saveScreenshot(page, 'meeting-page');
    await expectAccessibleAtBothSizes(page);

    await page.getByTestId('close-meeting').getByRole('button', { name: 'Avsluta mötet' }).click();
    const confirm = page.getByRole('dialog', { name: 'Avsluta mötet' });
    await confirm.getByText(/Minnesanteckningarna låses/).waitFor();
    await expectAccessibleAtBothSizes(page);
    await confirm.getByRole('button', { name: 'Avsluta mötet' }).click();
    await page.getByTestId('closed-note').waitFor();
    expect(await page.getByTestId('mailings').innerText()).toContain('Skickat till 3 av 3.');
    expect(await page.getByRole('button', { name: 'Spara punkten' }).count()).toBe(0);
    await expectAccessibleAtBothSizes(page);

    for (const account of [police, fire]) {
      const minutes = await mail.waitForMail(account.email, /OSG Huddinge/);
      for (const action of actions) expect(minutes.text).toContain(action.title);
      expect(minutes.raw).toContain(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
    }
    const downloads = page.getByTestId('minutes-downloads');
    for (const [format, magic] of [
      ['DOCX', 'PK'],
      ['PDF', '%PDF'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        downloads.getByRole('button', { name: `Ladda ner ${format}` }).click(),
      ]);
      const file = readFileSync((await download.path()) ?? '');
      expect(file.subarray(0, magic.length).toString('latin1')).toBe(magic);
      await downloads.getByText(`${download.suggestedFilename()} är nedladdad.`).waitFor();
    }
    expect(await cspViolations(page)).toEqual([]);
    expect(errors()).toEqual([]);
    await page.close();
  });

  it('carries the open actions to the next meeting, overdue or not', async () => {
    await ensureClosedMeetingWithActions();
    const { page, errors } = await coordinatorPage();
    await page.goto(`${server.baseUrl}/samverkan`);
    const open = page.getByTestId('open-actions');
    for (const action of actions) await open.getByRole('article', { name: action.title }).waitFor();
    // Overdue first, in words that say how long.
    expect(await open.getByTestId('action-due').first().innerText()).toMatch(
      /^Försenad: .*7 dagar sedan$/,
    );
    const upcoming = page.getByTestId('upcoming').getByTestId('meeting-item');
    await upcoming.nth(1).getByRole('link', { name: 'OSG Huddinge' }).click();
    await waitForHeading(page, 'OSG Huddinge');
    const carried = page.getByTestId('carried-actions');
    for (const action of actions)
      await carried.getByRole('article', { name: action.title }).waitFor();
    const agenda = page.getByTestId('agenda');
    for (const action of actions)
      await agenda
        .getByRole('heading', { name: new RegExp(`Gemensam insats: ${action.title}`) })
        .waitFor();
    // The overdue action is followed up at the next meeting: under way, half of it done.
    const overdue = carried.getByRole('article', { name: actions[1]?.title ?? '' });
    await overdue.getByRole('button', { name: `Ändra ${actions[1]?.title ?? ''}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra den gemensamma insatsen' });
    await dialog.getByLabel('Status').selectOption({ label: 'Pågår' });
    await dialog.getByLabel('Utfall').fill('Hälften av förråden är kontrollerade.');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await overdue.getByText('Hälften av förråden är kontrollerade.').waitFor();
    expect(await overdue.innerText()).toMatch(/Pågår/i);
    await expectAccessibleAtBothSizes(page);
    expect(errors()).toEqual([]);
    await page.close();
  });

  it('gives the coordinator an iCalendar address that serves the meetings', async () => {
    const { page, errors } = await coordinatorPage();
    await page.goto(`${server.baseUrl}/konto`);
    await waitForHeading(page, 'Mitt konto');
    const section = page.getByTestId('calendar-subscription');
    await section.getByText('Du har ingen prenumerationsadress.').waitFor();
    await section.getByRole('button', { name: 'Skapa prenumerationsadress' }).click();
    const url = await section.getByLabel('Din prenumerationsadress').inputValue();
    expect(url).toMatch(new RegExp(`^${server.baseUrl}/api/calendar/[A-Za-z0-9_-]+\\.ics$`));
    await section.getByText('Så lägger du in den i Outlook').waitFor();
    await expectAccessibleAtBothSizes(page);

    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    const meetings = events.filter((event) => event.summary === 'OSG Huddinge');
    expect(meetings.length).toBeGreaterThanOrEqual(2);
    expect(meetings[0]?.startDate.toJSDate().toISOString()).toMatch(/T08:00:00\.000Z$/);

    // A new address replaces the old one; revoking ends the new one too.
    await section.getByRole('button', { name: 'Skapa en ny adress' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Skapa en ny adress' }).click();
    await expect
      .poll(() => section.getByLabel('Din prenumerationsadress').inputValue())
      .not.toBe(url);
    const rotated = await section.getByLabel('Din prenumerationsadress').inputValue();
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(rotated)).status).toBe(200);
    await section.getByRole('button', { name: 'Återkalla adressen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Återkalla adressen' }).click();
    await section.getByText('Adressen är återkallad.').waitFor();
    expect((await fetch(rotated)).status).toBe(404);
    await expectAccessibleAtBothSizes(page);
    expect(errors()).toEqual([]);
    await page.close();
  });

  it('shows the meeting to a police member on a phone, and not to a housing company', async () => {
    const meetingUrl = await ensureClosedMeetingWithActions();
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const errors = watchForPageErrors(page, { expectedStatuses: [404] });
    await page.setViewportSize(phoneViewport);
    await signIn(page, server.baseUrl, police.email, police.password);
    await page.goto(`${server.baseUrl}/samverkan`);
    await waitForHeading(page, 'Samverkan');
    await page
      .getByTestId('upcoming')
      .getByRole('link', { name: 'OSG Huddinge' })
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: 'Ny mötesserie' }).count()).toBe(0);
    await expectAccessibleAtBothSizes(page, phoneViewport);
    await page.goto(meetingUrl);
    await waitForHeading(page, 'OSG Huddinge');
    await page.getByTestId('closed-note').waitFor();
    for (const action of actions)
      await page.getByTestId('actions').getByRole('article', { name: action.title }).waitFor();
    expect(await page.getByRole('button', { name: 'Avsluta mötet' }).count()).toBe(0);
    await expectAccessibleAtBothSizes(page, phoneViewport);

    await browser.context.clearCookies();
    await signIn(page, server.baseUrl, housing.email, housing.password);
    await page.goto(`${server.baseUrl}/samverkan`);
    await page.getByText('Inga kommande möten som du är med i.').waitFor();
    await page.getByText('Inga öppna gemensamma insatser.').waitFor();
    await page.goto(meetingUrl);
    await page.getByTestId('meeting-not-found').waitFor();
    await expectAccessibleAtBothSizes(page, phoneViewport);
    expect(errors()).toEqual([]);
    await page.close();
  });
  it('creates a one-off meeting and removes an agenda item after asking', async () => {
    const { page, errors } = await coordinatorPage();
    await page.goto(`${server.baseUrl}/samverkan`);
    await page.getByRole('button', { name: 'Nytt enstaka möte' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nytt enstaka möte' });
    await dialog.getByRole('button', { name: 'Skapa' }).click();
    await dialog.getByText('Fyll i det här fältet.').waitFor();
    await dialog.getByLabel('Namn').fill('Samverkan inför nyår');
    await dialog.getByLabel('Börjar').fill(`${day(30)}T13:00`);
    await dialog.getByTestId('member-organisations').getByLabel(housing.organisation).check();
    await expectAccessibleAtBothSizes(page);
    await dialog.getByRole('button', { name: 'Skapa' }).click();
    await waitForHeading(page, 'Samverkan inför nyår');
    expect(await page.getByTestId('meeting-facts').innerText()).toMatch(/13:00–14:00/);
    const agenda = page.getByTestId('agenda');
    const add = agenda.getByTestId('add-agenda-item');
    await add.getByLabel('Rubrik').fill('Fyrverkerier på nyårsafton');
    await add.getByRole('button', { name: 'Lägg till punkten' }).click();
    const item = agenda.getByTestId('agenda-item').filter({ hasText: 'Fyrverkerier' });
    await item.getByRole('button', { name: 'Ta bort Fyrverkerier på nyårsafton' }).click();
    const confirm = page.getByRole('dialog', { name: 'Ta bort' });
    await confirm.getByText(/kommer inte tillbaka/).waitFor();
    await confirm.getByRole('button', { name: 'Ta bort' }).click();
    await item.waitFor({ state: 'detached' });
    await expectAccessibleAtBothSizes(page);
    expect(errors()).toEqual([]);
    await page.close();
  });
});
