import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailServer, type MailServer } from '../test/support/mail-server.js';
import { ApiClient } from './support/api-client.js';
import {
  cspViolations,
  desktopViewport,
  launchBrowser,
  phoneViewport,
  saveScreenshot,
  watchForPageErrors,
  type TestBrowser,
} from './support/browser.js';
import { expectAccessibleAtBothSizes, signIn } from './support/journeys.js';
import { waitForHeading } from './support/page-helpers.js';
import { startServer, type TestServer } from './support/server.js';

const planTitle = 'Strategisk handlingsplan mot organiserad brottslighet i Huddinge';
const owners = [
  {
    email: 'sig.agare.e2e@huddinge.demo',
    password: 'gröna äpplen under ett stilla lindträd 2026',
    displayName: 'Sara Socialsekreterare',
    organisation: 'Socialförvaltningen',
    roles: ['caseworker'],
    measure: 'Sociala insatsgrupper (SIG) för unga i riskzonen',
    delivery: 'Elva nya ungdomar ingick i SIG under perioden; 29 sedan 2015.',
  },
  {
    email: 'upphandling.agare.e2e@huddinge.demo',
    password: 'sju blå fönster mot en tyst gård 2026',
    displayName: 'Ulf Upphandlare',
    organisation: 'Kommunstyrelsens förvaltning',
    roles: ['procurement'],
    measure:
      'Kontroll av leverantörer: kreditvärdighet, obetalda skatter, tillstånd och företagsregistrering',
    delivery: 'Alla vunna upphandlingar kontrollerades mot Skatteverket och Bolagsverket.',
  },
];

interface RoundJson {
  id: string;
  label: string;
  tasks: {
    id: string;
    assigneeUserId: string | null;
    reportedAt: string | null;
    measure: { measure: string } | null;
  }[];
}

describe('action plans and their follow-up', () => {
  let mail: MailServer;
  let server: TestServer;
  let browser: TestBrowser;
  let admin: ApiClient;
  const ownerIds = new Map<string, string>();

  /** The demo plan's overdue round, read through the API. */
  async function overdueRound(): Promise<RoundJson> {
    const plans = await admin.get<{ id: string; title: string }[]>('/api/plans');
    const plan = plans.find((item) => item.title === planTitle);
    const rounds = await admin.get<{ id: string; label: string }[]>(
      `/api/plans/${plan?.id}/follow-up-rounds`,
    );
    const round = rounds.find((item) => item.label === 'Slutuppföljning 2017-04-13');
    return admin.get<RoundJson>(`/api/follow-up-rounds/${round?.id}`);
  }

  /** Run alone, a journey seeds what the ones before it leave: each owner has their task. */
  async function assignOwnersTasks(): Promise<RoundJson> {
    const round = await overdueRound();
    for (const owner of owners) {
      const task = round.tasks.find((item) => item.measure?.measure === owner.measure);
      const ownerId = ownerIds.get(owner.email);
      if (task !== undefined && task.assigneeUserId !== ownerId) {
        await admin.put(`/api/follow-up-tasks/${task.id}/assignee`, { assigneeUserId: ownerId });
      }
    }
    return overdueRound();
  }

  beforeAll(async () => {
    mail = await startMailServer();
    server = await startServer({ environment: { TRYGGVE_SMTP_URL: mail.url } });
    browser = await launchBrowser();
    admin = new ApiClient(server.baseUrl);
    await admin.logIn(server.demoLogin.email, server.demoLogin.password);
    const { organisations } = await admin.get<{ organisations: { id: string; name: string }[] }>(
      '/api/organisations',
    );
    for (const owner of owners) {
      const invited = await admin.post<{ user: { id: string } }>('/api/users', {
        email: owner.email,
        displayName: owner.displayName,
        organisationId: organisations.find((item) => item.name === owner.organisation)?.id,
        roles: owner.roles,
      });
      // With a mail server, the invitation goes by mail: the link is in it.
      ownerIds.set(owner.email, invited.user.id);
      const invitation = await mail.waitForMail(owner.email, /#[A-Za-z0-9_-]+/);
      await new ApiClient(server.baseUrl).post('/api/invitations/accept', {
        token: /#([A-Za-z0-9_-]+)/.exec(invitation.text)?.[1],
        password: owner.password,
      });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await mail?.close();
  });

  it('mails the coordinator at start that the 2015 follow-up is overdue', async () => {
    await mail.waitForMail(server.demoLogin.email);
    const toAdmin = mail.received.filter((item) =>
      item.recipients.includes(server.demoLogin.email),
    );
    expect(toAdmin).toHaveLength(1);
    // The subject is MIME-encoded (as UTF-8); the body says it in full.
    expect(toAdmin[0]?.raw).toMatch(/^Subject: =\?UTF-8\?[QB]\?/im);
    expect(toAdmin[0]?.subject).toMatch(/^Försenad uppföljning/);
    const text = toAdmin[0]?.text ?? '';
    expect(text).toContain('Hej Demo Administratör!');
    expect(text).toContain('skulle ha rapporterats 2017-04-13');
    expect(text).toMatch(new RegExp(`${server.baseUrl}/uppfoljning/[0-9a-f-]{36}`));
  });

  it('leads the start page with the overdue follow-up and the expired plan, and opens the plan', async () => {
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
    const attention = page.getByTestId('attention');
    const overdue = attention.locator('[data-kind="follow_up_overdue"]');
    await overdue.waitFor();
    const overdueText = await overdue.innerText();
    expect(overdueText).toContain('Försenad');
    expect(overdueText).toContain('Slutuppföljning 2017-04-13');
    expect(overdueText).toMatch(
      /skulle ha rapporterats 2017-04-13\. Försenad med [\d\s ]+ dagar \(över \d+ år\)/,
    );
    expect(overdueText).toContain('0 av 8 åtgärder rapporterade.');
    const expired = attention.locator('[data-kind="plan_expired"]');
    expect(await expired.innerText()).toContain('gällde till och med 2016-12-31');
    // The attention list comes before the areas.
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings.indexOf('Behöver uppmärksamhet')).toBeLessThan(headings.indexOf('Områden'));
    await saveScreenshot(page, 'start-attention');
    await expectAccessibleAtBothSizes(page);

    // The plans, then the plan: facts, goals with their values, BRÅ's grid, rounds, gaps.
    await page.goto(`${server.baseUrl}/handlingsplaner`);
    await waitForHeading(page, 'Handlingsplaner');
    const row = page.getByTestId('plans-table').getByRole('row', { name: new RegExp(planTitle) });
    expect(await row.innerText()).toMatch(
      /Strategisk handlingsplan\s+Har löpt ut\s+Kommunfullmäktige\s+2015-04-13\s+KS-2015\/100\s+2016-12-31/i,
    );
    await page.getByTestId('efforts-table').getByText('Sociala insatsgrupper (SIG)').waitFor();
    await expectAccessibleAtBothSizes(page);
    await row.getByRole('link', { name: planTitle }).click();
    await waitForHeading(page, planTitle);
    expect(await page.getByTestId('plan-facts').innerText()).toContain('Vart 2:e år (24 månader)');
    const sig = page.getByTestId('indicator').filter({ hasText: 'social insatsgrupp' });
    expect(await sig.getByRole('table').innerText()).toMatch(
      /2020-05-05\s+29 personer\s+Inmatat för hand/,
    );
    const grid = page.getByTestId('measures-table');
    const sigRow = grid.getByRole('row', {
      name: new RegExp(owners[0]?.measure.slice(0, 20) ?? ''),
    });
    expect(await sigRow.innerText()).toContain('Grön – enligt plan');
    expect(await sigRow.innerText()).toContain('Lokalpolisområde Huddinge');
    await page
      .getByTestId('gaps')
      .getByText('Organiserad brottslighet i välfärden och skattesystemet')
      .waitFor();
    const round = page.getByTestId('rounds').getByTestId('round');
    expect(await round.innerText()).toContain('Försenad med');
    await saveScreenshot(page, 'plan-page');
    await expectAccessibleAtBothSizes(page);

    // The round: a task per measure; the coordinator gives two of them to their owners.
    await round.getByRole('link', { name: 'Slutuppföljning 2017-04-13' }).click();
    await waitForHeading(page, 'Slutuppföljning 2017-04-13');
    expect(page.url()).toBe(`${server.baseUrl}/uppfoljning/${(await overdueRound()).id}`);
    expect(await page.getByTestId('round-tasks').getByTestId('round-task').count()).toBe(8);
    for (const owner of owners) {
      const select = page.getByLabel(`Vem rapporterar "${owner.measure}"`);
      await Promise.all([
        page.waitForResponse((response) => response.url().includes('/assignee')),
        select.selectOption({ label: `${owner.displayName} (${owner.organisation})` }),
      ]);
    }
    await expectAccessibleAtBothSizes(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('lets each owner report their task, on a phone', async () => {
    await assignOwnersTasks();
    for (const owner of owners) {
      await browser.context.clearCookies();
      const page = await browser.context.newPage();
      const pageErrors = watchForPageErrors(page);
      await page.setViewportSize(phoneViewport);
      await signIn(page, server.baseUrl, owner.email, owner.password);
      const note = page.getByTestId('my-tasks-note');
      expect(await note.innerText()).toContain('Du har 1 uppgift att rapportera.');
      await note.getByRole('link', { name: 'Mina uppgifter' }).click();
      await waitForHeading(page, 'Mina uppgifter');
      const task = page.getByRole('article', { name: owner.measure });
      expect(await task.innerText()).toContain('Ska rapporteras senast 2017-04-13 – Försenad');
      await expectAccessibleAtBothSizes(page, phoneViewport);
      // Saving without a status says what is missing.
      await task.getByRole('button', { name: 'Spara rapporten' }).click();
      await task.getByText('Välj en status.').waitFor();
      await task.getByLabel('Grön – enligt plan').check();
      await task.getByLabel('Genomförd', { exact: true }).check();
      await task.getByLabel('Leverans').fill(owner.delivery);
      await task.getByLabel('Process').fill('Samverkan med polisen fungerade väl.');
      await task.getByLabel('Effekt').fill('Bedöms ha minskat risken för rekrytering.');
      await task.getByLabel('Nedlagd tid (timmar)').fill('120');
      await task.getByRole('button', { name: 'Spara rapporten' }).click();
      const reported = page
        .getByRole('region', { name: 'Rapporterade' })
        .getByRole('article', { name: owner.measure });
      await reported.getByText(/^· Rapporterad /).waitFor();
      await expectAccessibleAtBothSizes(page, phoneViewport);
      expect(await cspViolations(page)).toEqual([]);
      expect(pageErrors()).toEqual([]);
      await page.close();
    }
  });

  it('writes the follow-up report, downloads it as DOCX and PDF, and makes it final', async () => {
    // Run alone, the owners report their tasks here, as the journey before this one does.
    const round = await assignOwnersTasks();
    for (const owner of owners) {
      const task = round.tasks.find((item) => item.measure?.measure === owner.measure);
      if (task === undefined || task.reportedAt !== null) continue;
      const asOwner = new ApiClient(server.baseUrl);
      await asOwner.logIn(owner.email, owner.password);
      await asOwner.put(`/api/follow-up-tasks/${task.id}/report`, {
        colour: 'green',
        deliveryState: 'done',
        delivery: owner.delivery,
        process: 'Samverkan med polisen fungerade väl.',
        effect: 'Bedöms ha minskat risken för rekrytering.',
        hoursSpent: 120,
      });
    }
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
    await page.goto(`${server.baseUrl}/uppfoljning/${round.id}`);
    await waitForHeading(page, 'Slutuppföljning 2017-04-13');
    expect(await page.getByTestId('round-progress').innerText()).toContain(
      '2 av 8 åtgärder rapporterade. 2 gröna, 0 gula, 0 röda',
    );
    await page.getByRole('button', { name: 'Skriv rapporten' }).click();
    await waitForHeading(page, 'Uppföljningsrapport');
    const form = page.getByTestId('report-form');
    await form.getByLabel('Diarienummer').fill('KS-2017/581.173');
    await form
      .getByLabel('Förslag till beslut')
      .fill('Trygghets- och delaktighetsberedningen noterar informationen till protokollet.');
    await form
      .getByLabel('Sammanfattning')
      .fill('Planen gällde till 2016-12-31 och följs nu upp för sista gången.');
    await form
      .getByLabel('Beslutet delges')
      .fill('Kommunstyrelsens förvaltning\nSocialförvaltningen');
    await page.getByText('Det finns ändringar som inte är sparade.').waitFor();
    await form.getByRole('button', { name: 'Spara utkastet' }).click();
    await page.getByText(/^Utkastet sparades /).waitFor();
    await saveScreenshot(page, 'follow-up-report');
    await expectAccessibleAtBothSizes(page);

    const downloads = page.getByTestId('report-downloads');
    for (const [format, magic] of [
      ['DOCX', 'PK'],
      ['PDF', '%PDF'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        downloads.getByRole('button', { name: `Ladda ner ${format}` }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(
        `uppfoljning-KS-2017-581.173-2017-04-13.${format.toLowerCase()}`,
      );
      const file = readFileSync((await download.path()) ?? '');
      expect(file.subarray(0, magic.length).toString('latin1')).toBe(magic);
      await downloads.getByText(`${download.suggestedFilename()} är nedladdad.`).waitFor();
    }
    const reportId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const types = await page.evaluate(async (id) => {
      const answers = await Promise.all(
        ['docx', 'pdf'].map((format) => fetch(`/api/follow-up-reports/${id}/report.${format}`)),
      );
      return answers.map((answer) => answer.headers.get('content-type'));
    }, reportId);
    expect(types).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/pdf',
    ]);

    // Final: after a confirmation, the report is frozen and read-only.
    await page.getByRole('button', { name: 'Markera som slutlig' }).click();
    const dialog = page.getByRole('dialog', { name: 'Markera som slutlig' });
    await dialog.getByText(/fryses och kan inte ändras/).waitFor();
    await expectAccessibleAtBothSizes(page);
    await dialog.getByRole('button', { name: 'Markera som slutlig' }).click();
    await page
      .getByTestId('report-state')
      .getByText(/^Slutlig sedan /)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Spara utkastet' }).count()).toBe(0);
    expect(await form.getByLabel('Förslag till beslut').getAttribute('readonly')).not.toBeNull();
    await expectAccessibleAtBothSizes(page, desktopViewport);

    // The start page no longer says the round is overdue.
    await page.goto(`${server.baseUrl}/`);
    await page.getByTestId('attention').locator('[data-kind="plan_expired"]').waitFor();
    expect(
      await page.getByTestId('attention').locator('[data-kind="follow_up_overdue"]').count(),
    ).toBe(0);
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('drafts a plan and adopts it, with the diarienummer checked by the server', async () => {
    await browser.context.clearCookies();
    const page: Page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page, { expectedStatuses: [400] });
    await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
    await page.goto(`${server.baseUrl}/handlingsplaner`);
    await waitForHeading(page, 'Handlingsplaner');
    await page.getByRole('button', { name: 'Ny handlingsplan' }).click();
    const form = page.getByTestId('plan-form');
    await form.getByLabel('Titel').fill('Åtgärdsplan mot brott och otrygghet 2027–2030');
    await form.getByLabel('Typ').selectOption({ label: 'Åtgärdsplan' });
    await form.getByLabel('Ägare').fill('Kommunstyrelsens förvaltning, trygghetssamordnare');
    await form.getByLabel('Giltig från').fill('2027-01-01');
    await form.getByLabel('Giltig till och med').fill('2030-12-31');
    await expectAccessibleAtBothSizes(page);
    await form.getByRole('button', { name: 'Skapa utkastet' }).click();
    await waitForHeading(page, 'Åtgärdsplan mot brott och otrygghet 2027–2030');
    expect(await page.getByTestId('plan-status').textContent()).toBe('Utkast');

    await page.getByRole('button', { name: 'Anta planen' }).click();
    const adopt = page.getByTestId('adopt-form');
    await adopt.getByLabel('Beslutsdatum').fill('2026-11-20');
    await adopt.getByLabel('Diarienummer').fill('dnr 17');
    await adopt.getByRole('button', { name: 'Registrera beslutet' }).click();
    const problem = adopt.getByTestId('plan-error');
    await problem.getByText(/^Diarienummer: har inte kommunens form/).waitFor();
    await expectAccessibleAtBothSizes(page);
    await adopt.getByLabel('Diarienummer').fill('KS-2026/412');
    await adopt.getByRole('button', { name: 'Registrera beslutet' }).click();
    await page.getByTestId('plan-facts').getByText('KS-2026/412').waitFor();
    expect(await page.getByTestId('plan-status').textContent()).toBe('Antagen');
    await page.getByRole('button', { name: 'Revidera' }).waitFor();
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });
});
