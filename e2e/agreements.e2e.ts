import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from './support/api-client.js';
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

const listHeading = 'Överenskommelser och medborgarlöften';
const title = 'Medborgarlöfte Skogås 2027';
const commitmentText = 'Polisen gör trafikkontroller i Skogås centrum varje vecka.';
const measure = 'Trafikkontroller och tillsyn i de berörda områdena';
/** A small but whole PDF: the server checks the first bytes, the browser hands it over as is. */
const signedPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const police = {
  email: 'polis.e2e@huddinge.demo',
  displayName: 'Per Polis',
  password: 'en lugn kväll vid Orlången 2026',
  roles: ['reporter'],
  organisationKind: 'police',
};
const housing = {
  email: 'huge.e2e@huddinge.demo',
  displayName: 'Hanna Huge',
  password: 'tre röda hus vid Trångsundsvägen',
  roles: ['reporter'],
  organisationKind: 'housing_company',
};

describe('partnership agreements and citizen promises', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let admin: ApiClient;

  /**
   * The address of the promise the first journey records. Run alone, a journey records it here
   * through the API as the first one does: parties, the commitment, its yellow follow-up, the PDF.
   */
  async function promiseUrl(): Promise<string> {
    const agreements = await admin.get<{ id: string; title: string }[]>('/api/agreements');
    const found = agreements.find((agreement) => agreement.title === title);
    if (found !== undefined) return `${server.baseUrl}/samverkan/overenskommelser/${found.id}`;
    const { organisations } = await admin.get<{ organisations: { id: string; name: string }[] }>(
      '/api/organisations',
    );
    const organisationId = (name: string) =>
      organisations.find((organisation) => organisation.name === name)?.id;
    const agreement = await admin.post<{ id: string }>('/api/agreements', {
      kind: 'citizen_promise',
      title,
      validFrom: '2027-01-01',
      validUntil: '2027-12-31',
      signedOn: '2026-12-15',
      parties: [
        {
          organisationId: organisationId('Lokalpolisområde Huddinge'),
          signatoryTitle: 'Lokalpolisområdeschef',
        },
        { organisationId: organisationId('Kommunstyrelsens förvaltning') },
      ],
    });
    const measures = await admin.get<{ id: string; measure: string }[]>(
      '/api/agreements/linkable-measures',
    );
    const commitment = await admin.post<{ id: string }>(
      `/api/agreements/${agreement.id}/commitments`,
      {
        text: commitmentText,
        responsibleOrganisationId: organisationId('Lokalpolisområde Huddinge'),
        measureIds: measures
          .filter((item) => item.measure.startsWith(measure))
          .slice(0, 1)
          .map((item) => item.id),
      },
    );
    await admin.post(`/api/agreements/commitments/${commitment.id}/follow-ups`, {
      status: 'yellow',
      comment: 'Två av fyra veckor i januari.',
      followedUpOn: '2027-02-01',
    });
    await admin.post(`/api/agreements/${agreement.id}/document`, {
      fileName: 'Medborgarlöfte Skogås 2027.pdf',
      contentBase64: signedPdf.toString('base64'),
    });
    return `${server.baseUrl}/samverkan/overenskommelser/${agreement.id}`;
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    admin = new ApiClient(server.baseUrl);
    await admin.logIn(server.demoLogin.email, server.demoLogin.password);
    await addAccount(admin, server.baseUrl, police);
    await addAccount(admin, server.baseUrl, housing);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets a coordinator record a promise, a commitment, its follow-up and the signed PDF', async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
    await page.goto(`${server.baseUrl}/samverkan/overenskommelser`);
    await waitForHeading(page, listHeading);
    const table = page.getByTestId('agreements-table');
    expect(await table.innerText()).toContain('Samverkansavtal mellan Huddinge kommun');
    await expectAccessibleAtBothSizes(page);

    await page.getByRole('button', { name: 'Ny överenskommelse' }).click();
    const form = page.getByTestId('agreement-form');
    await form.getByLabel('Slag').selectOption({ label: 'Medborgarlöfte' });
    await form.getByLabel(/^Titel/).fill(title);
    await form.getByLabel('Gäller från').fill('2027-01-01');
    await form.getByLabel('Gäller till och med').fill('2027-12-31');
    await form.getByLabel('Undertecknad').fill('2026-12-15');
    for (const [index, name] of [
      'Lokalpolisområde Huddinge',
      'Kommunstyrelsens förvaltning',
    ].entries()) {
      await form.getByRole('button', { name: 'Lägg till part' }).click();
      await form.getByLabel(`Part ${index + 1}`, { exact: true }).selectOption({ label: name });
    }
    await form.getByLabel('Undertecknarens titel').first().fill('Lokalpolisområdeschef');
    await expectAccessibleAtBothSizes(page);
    await form.getByRole('button', { name: 'Skapa' }).click();
    await waitForHeading(page, title);
    expect(await page.getByTestId('agreement-status').innerText()).toBe('Börjar gälla');
    expect(await page.getByTestId('agreement-parties').innerText()).toContain(
      'Lokalpolisområde Huddinge: Lokalpolisområdeschef',
    );

    await page.getByRole('button', { name: 'Nytt åtagande' }).click();
    const commitmentForm = page.getByTestId('commitment-form');
    await commitmentForm.getByLabel(/^Åtagande/).fill(commitmentText);
    await commitmentForm
      .getByLabel('Ansvarig part')
      .selectOption({ label: 'Lokalpolisområde Huddinge' });
    await commitmentForm.getByLabel(new RegExp(`^${measure}`)).check();
    await commitmentForm.getByRole('button', { name: 'Spara' }).click();
    const card = page.getByRole('article', { name: commitmentText });
    await card.getByText(measure, { exact: false }).waitFor();
    expect(await card.getByTestId('follow-up-status').innerText()).toBe('Inte uppföljd');

    await card.getByRole('button', { name: 'Följ upp' }).click();
    const followUpForm = page.getByTestId('follow-up-form');
    await followUpForm.getByLabel('Gul: delvis, eller försenad').check();
    await followUpForm.getByLabel('Kommentar').fill('Två av fyra veckor i januari.');
    await followUpForm.getByLabel('Uppföljd').fill('2027-02-01');
    await expectAccessibleAtBothSizes(page);
    await followUpForm.getByRole('button', { name: 'Spara' }).click();
    await followUpForm.waitFor({ state: 'detached' });
    expect(await card.getByTestId('follow-up-status').first().innerText()).toBe(
      'Gul: delvis, eller försenad',
    );

    await page.getByTestId('document-file').setInputFiles({
      name: 'Medborgarlöfte Skogås 2027.pdf',
      mimeType: 'application/pdf',
      buffer: signedPdf,
    });
    await page.getByRole('button', { name: 'Bifoga PDF' }).click();
    await page.getByText('Dokumentet är bifogat.').waitFor();
    expect(await page.getByTestId('document-details').innerText()).toContain(
      'Medborgarlöfte Skogås 2027.pdf',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Medborgarlöfte Skogås 2027.pdf');
    expect(readFileSync((await download.path()) ?? '').equals(signedPdf)).toBe(true);
    await saveScreenshot(page, 'agreement-page');
    await expectAccessibleAtBothSizes(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    expect(await promiseUrl()).toBe(page.url());
    await page.close();
  });

  it('shows the promise to the police, who are party to it, on a phone', async () => {
    await promiseUrl();
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await page.setViewportSize(phoneViewport);
    await signIn(page, server.baseUrl, police.email, police.password);
    await page.goto(`${server.baseUrl}/samverkan/overenskommelser`);
    await waitForHeading(page, listHeading);
    await page.getByRole('link', { name: title }).click();
    await waitForHeading(page, title);
    const card = page.getByRole('article', { name: commitmentText });
    expect(await card.innerText()).toContain('Gul: delvis, eller försenad');
    expect(await page.getByRole('button', { name: 'Nytt åtagande' }).count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner PDF' }).click(),
    ]);
    expect(readFileSync((await download.path()) ?? '').equals(signedPdf)).toBe(true);
    await expectAccessibleAtBothSizes(page, phoneViewport);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('hides it from a housing company that is no party, even by its address', async () => {
    const agreementUrl = await promiseUrl();
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    await signIn(page, server.baseUrl, housing.email, housing.password);
    await page.goto(`${server.baseUrl}/samverkan/overenskommelser`);
    await waitForHeading(page, listHeading);
    await page.getByText('Det finns inga överenskommelser att visa.').waitFor();
    await expectAccessibleAtBothSizes(page);
    await page.goto(agreementUrl);
    await page.getByTestId('agreement-not-found').waitFor();
    expect(await page.getByText(title).count()).toBe(0);
    await page.close();
  });
});
