import type { Page } from 'playwright-core';
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
  email: 'klara.koordinator.e2e@huddinge.demo',
  displayName: 'Klara Koordinator',
  password: 'en lång promenad längs Orlången i november 2026',
  roles: ['coordinator'],
};
const planTitle = 'Åtgärdsplan för trygghet i Skogås 2027–2028';
const goalTitle = 'Minskad öppen narkotikahandel i Skogås';
const indicatorName = 'Signaler om öppen narkotikahandel i Skogås';
const measureText = 'Trygghetsvandringar med polis och fastighetsägare varje månad';
const effortName = 'Grannsamverkan Skogås';

/** Opens a dialog by its button, checks it with axe at both sizes and returns its form. */
async function openDialog(page: Page, button: string, formTestId: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const form = page.getByTestId(formTestId);
  await form.waitFor();
  await expectAccessibleAtBothSizes(page);
  return form;
}

/** Saves a dialog's form and waits until the dialog has closed. */
async function save(page: Page, formTestId: string, button = 'Spara') {
  const form = page.getByTestId(formTestId);
  await form.getByRole('button', { name: button, exact: true }).click();
  await form.waitFor({ state: 'detached' });
}

describe('modelling a plan in the browser', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let coordinatorId = '';

  beforeAll(async () => {
    // Generous: in a shared checkout the server may rebuild sources changed since the setup.
    server = await startServer({ timeoutMs: 300_000 });
    browser = await launchBrowser();
    const admin = new ApiClient(server.baseUrl);
    await admin.logIn(server.demoLogin.email, server.demoLogin.password);
    // A coordinator without the admin role: the contact list must not need the admin's.
    coordinatorId = (await addAccount(admin, server.baseUrl, coordinator)).id;
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets a coordinator model a draft: problem, goal, indicator, values, measure, effort, snapshot', async () => {
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page, { expectedStatuses: [400] });
    await signIn(page, server.baseUrl, coordinator.email, coordinator.password);
    await page.goto(`${server.baseUrl}/handlingsplaner`);
    await waitForHeading(page, 'Handlingsplaner');
    await page.getByRole('button', { name: 'Ny handlingsplan' }).click();
    const planForm = page.getByTestId('plan-form');
    await planForm.getByLabel('Titel').fill(planTitle);
    await planForm.getByLabel('Ägare').fill('Kommunstyrelsens förvaltning, trygghetssamordnare');
    await planForm.getByRole('button', { name: 'Skapa utkastet' }).click();
    await waitForHeading(page, planTitle);

    // A problem linked to the situation picture.
    let form = await openDialog(page, 'Lägg till problem', 'problem-form');
    await form.getByLabel(/^Problem/).fill('Öppen narkotikahandel vid Skogås centrum');
    await form.getByTestId('problem-categories').getByLabel('Öppen narkotikahandel').check();
    await form.getByTestId('problem-districts').getByLabel('Skogås').first().check();
    await save(page, 'problem-form');
    expect(await page.getByTestId('problems').innerText()).toMatch(
      /Öppen narkotikahandel vid Skogås centrum\s+Prioriterat[\s\S]*Lägesbilden: Öppen narkotikahandel i Skogås/,
    );

    // A goal with an indicator computed from the picture.
    form = await openDialog(page, 'Lägg till mål', 'goal-form');
    await form.getByLabel(/^Mål/).fill(goalTitle);
    await save(page, 'goal-form');
    form = await openDialog(page, `Lägg till indikator för ${goalTitle}`, 'indicator-form');
    await form.getByLabel(/^Indikator/).fill(indicatorName);
    await form.getByLabel('Enhet').fill('händelser');
    await form.getByLabel('Utgångsvärde', { exact: true }).fill('40');
    await form.getByLabel('Utgångsvärdets datum').fill('2025-12-31');
    await form.getByLabel('Målvärde').fill('20');
    await form.getByLabel('Måldatum').fill('2028-12-31');
    await form.getByLabel('Beräkna värden ur lägesbilden').check();
    await form.getByRole('button', { name: 'Spara', exact: true }).click();
    await form.getByText('Välj minst en kategori.').waitFor();
    await form.getByTestId('indicator-categories').getByLabel('Öppen narkotikahandel').check();
    await form.getByTestId('indicator-districts').getByLabel('Skogås').first().check();
    await expectAccessibleAtBothSizes(page);
    await save(page, 'indicator-form');
    const indicator = page.getByTestId('indicator').filter({ hasText: indicatorName });
    expect(await indicator.innerText()).toContain('Utgångsvärde: 40 händelser (2025-12-31)');

    // A value by hand, and one computed from the picture: the source beside each.
    form = await openDialog(page, `Mata in värde för ${indicatorName}`, 'value-form');
    await form.getByLabel(/^Värde/).fill('37');
    await form.getByLabel('Datum').fill('2026-06-30');
    await form.getByLabel('Kommentar').fill('Polisens räkning vid torget');
    await save(page, 'value-form');
    form = await openDialog(page, `Beräkna ur lägesbilden för ${indicatorName}`, 'compute-form');
    expect(await form.innerText()).toContain('Räknar händelser i Öppen narkotikahandel (Skogås)');
    await form.getByLabel('Period').fill('2025');
    await save(page, 'compute-form', 'Beräkna ur lägesbilden');
    const values = indicator.getByRole('table');
    await values.getByText('Beräknat ur lägesbilden (2025)').waitFor();
    expect(await values.innerText()).toMatch(/2026-06-30\s+37 händelser\s+Inmatat för hand/);

    // Values from a CSV file: every bad row is named, in Swedish, and nothing is saved.
    form = await openDialog(page, 'Importera värden från CSV', 'csv-form');
    const csv = (rows: string[]) => ({
      name: 'varden.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['indikator;datum;värde', ...rows].join('\n'), 'utf8'),
    });
    await form
      .getByTestId('csv-file')
      .setInputFiles(csv([`${indicatorName};2026-09-30;35`, `${indicatorName};2026-13-01;tre`]));
    await form.getByRole('button', { name: 'Importera' }).click();
    const rejected = form.getByTestId('plan-error');
    await rejected.getByText('Rad 3: Datum: är inget giltigt datum').waitFor();
    await rejected.getByText('Rad 3: Värde: är inget tal').waitFor();
    await expectAccessibleAtBothSizes(page);
    await form.getByTestId('csv-file').setInputFiles(csv([`${indicatorName};2026-09-30;35`]));
    await form.getByRole('button', { name: 'Importera' }).click();
    await form.getByText('1 värde importerades.').waitFor();
    await form.getByRole('button', { name: 'Avbryt' }).click();
    await values.getByText('Importerat från fil (varden.csv:2)').waitFor();

    // A measure in BRÅ's grid with a contact picked among the users, then its status.
    form = await openDialog(page, 'Lägg till åtgärd', 'measure-form');
    await form
      .getByLabel('Problem som åtgärden möter')
      .selectOption({ label: 'Öppen narkotikahandel vid Skogås centrum' });
    await form.getByLabel(/^Åtgärd/).fill(measureText);
    await form.getByLabel('Operativa mål').fill('Tolv vandringar om året med minst tre parter');
    await form.getByLabel('Start', { exact: true }).fill('2027-01-01');
    await form.getByLabel('Slut', { exact: true }).fill('2028-12-31');
    await form.getByLabel('Ansvarig organisation eller enhet').fill('Kommunstyrelsens förvaltning');
    await form.getByLabel('Välj kontaktperson bland användarna').selectOption(coordinatorId);
    expect(await form.getByLabel('Kontaktperson', { exact: true }).inputValue()).toBe(
      coordinator.displayName,
    );
    await form.getByLabel('Samverkanspartner').fill('Lokalpolisområde Huddinge\nHuddingehem');
    await form.getByLabel('Resurser: timmar').fill('96');
    await form.getByLabel('Resurser: kostnad (kr)').fill('25000');
    await form.getByTestId('measure-goals').getByLabel(goalTitle).check();
    await expectAccessibleAtBothSizes(page);
    await save(page, 'measure-form');
    const row = page
      .getByTestId('measures-table')
      .getByRole('row', { name: new RegExp(measureText) });
    expect(await row.innerText()).toMatch(/Klara Koordinator[\s\S]*Huddingehem[\s\S]*96 timmar/);
    form = await openDialog(page, `Sätt status för ${measureText}`, 'measure-status-form');
    await form.getByLabel('Gul – delvis').check();
    await form.getByLabel('Kommentar').fill('Fastighetsägarna har inte anslutit än.');
    await save(page, 'measure-status-form');
    await row.getByText('Fastighetsägarna har inte anslutit än.').waitFor();
    expect(await row.innerText()).toContain('Gul – delvis');

    // An effort of the register, linked to the plan's goal and problem.
    form = await openDialog(page, 'Lägg till insats', 'effort-form');
    await form.getByLabel(/^Insats/).fill(effortName);
    await form.getByLabel('Ansvarig').fill('Lokalpolisområde Huddinge');
    await form.getByLabel('Målgrupp').fill('Boende i Skogås');
    await form
      .getByLabel('Kunskapsunderlag')
      .fill('Grannsamverkan enligt Polisens och SSF:s modell');
    await form
      .getByLabel('Utvärdering', { exact: true })
      .selectOption({ label: 'Utvärdering planerad' });
    await form.getByTestId('effort-goals').getByLabel(goalTitle).check();
    await form
      .getByTestId('effort-problems')
      .getByLabel('Öppen narkotikahandel vid Skogås centrum')
      .check();
    await save(page, 'effort-form');
    const effort = page
      .getByTestId('efforts-table')
      .getByRole('row', { name: new RegExp(effortName) });
    expect(await effort.innerText()).toMatch(
      /Lokal\s+Lokalpolisområde Huddinge\s+Boende i Skogås\s+Utvärdering planerad\s+1 mål, 1 problem/,
    );

    // The situation picture the plan rests on.
    form = await openDialog(page, 'Spara lägesbilden på planen', 'snapshot-form');
    await form.getByLabel('Periodtyp').selectOption('year');
    await form.getByLabel(/^Period(?!typ)/).selectOption('2025');
    await save(page, 'snapshot-form');
    expect(await page.getByTestId('plan-snapshot').innerText()).toMatch(
      /^Lägesbilden för 2025, sparad /,
    );

    // Changing and removing: the goal renamed, the effort removed after a question.
    form = await openDialog(page, `Ändra ${goalTitle}`, 'goal-form');
    await form.getByLabel(/^Mål/).fill(`${goalTitle} och Vårby`);
    await save(page, 'goal-form');
    await page.getByRole('heading', { name: `${goalTitle} och Vårby` }).waitFor();
    await page.getByRole('button', { name: `Ta bort ${effortName}` }).click();
    const question = page.getByRole('dialog', { name: 'Ta bort' });
    await question.getByText(`Ta bort "${effortName}"? Det går inte att ångra.`).waitFor();
    await question.getByRole('button', { name: 'Ta bort' }).click();
    await effort.waitFor({ state: 'detached' });

    await saveScreenshot(page, 'plan-modelling');
    await expectAccessibleAtBothSizes(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  }, 180_000);
});
