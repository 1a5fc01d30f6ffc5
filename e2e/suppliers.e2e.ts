import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startRecordedBolagsverketServer,
  type RecordedServer,
} from '../src/integrations/bolagsverket/recorded-server.js';
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

import {
  contractTitle,
  extract,
  officer,
  stockholmDay,
  supplierName,
} from './support/supplier-vetting.js';

describe('supplier vetting', () => {
  let registry: RecordedServer;
  let server: TestServer;
  let browser: TestBrowser;
  let officerId = '';

  /** The API as the officer, who does the vetting in these journeys. */
  async function asOfficer(): Promise<ApiClient> {
    const api = new ApiClient(server.baseUrl);
    await api.logIn(officer.email, officer.password);
    return api;
  }

  /**
   * The address of Aeroscan AB's page. Run alone, a journey seeds here through the API what the
   * journeys before it leave, up to `stage`: the supplier, its contract with the programme the
   * second journey sets, the three checks of the third, and the decision of the fourth.
   */
  async function seedSupplier(stage: 'supplier' | 'contract' | 'checks' | 'decision') {
    const api = await asOfficer();
    const suppliers = await api.get<{ id: string; name: string }[]>('/api/suppliers');
    const supplierId =
      suppliers.find((supplier) => supplier.name === supplierName)?.id ??
      (
        await api.post<{ id: string }>('/api/suppliers', {
          organisationNumber: '559412-3456',
          name: supplierName,
          address: {
            careOf: null,
            street: 'Kungsgatan 8',
            postalCode: '111 43',
            city: 'Stockholm',
          },
        })
      ).id;
    const supplierUrl = `${server.baseUrl}/leverantorer/${supplierId}`;
    if (stage === 'supplier') return supplierUrl;
    const contracts = await api.get<{ title: string }[]>(`/api/contracts?supplierId=${supplierId}`);
    if (!contracts.some((contract) => contract.title === contractTitle)) {
      const everyYear = ['company_registration', 'vat', 'employer_registration'];
      const halfYearly = ['f_tax', 'enforcement_debts', 'sanctions_screening'];
      await api.post('/api/contracts', {
        supplierId,
        procurementReference: 'KS-2026/417',
        title: contractTitle,
        startsOn: stockholmDay(),
        endsOn: stockholmDay(2),
        valueSek: 480_000,
        responsibleUnit: 'Fastighetsavdelningen',
        programme: [
          ...everyYear.map((checkKind) => ({ checkKind, intervalMonths: 12 })),
          ...halfYearly.map((checkKind) => ({ checkKind, intervalMonths: 6 })),
          { checkKind: 'credit_rating', intervalMonths: null },
        ].map((item) => ({ ...item, responsibleUserId: officerId })),
      });
    }
    if (stage === 'contract') return supplierUrl;
    const checks = await api.get<{ kind: string }[]>(`/api/suppliers/${supplierId}/checks`);
    const has = (kind: string) => checks.some((check) => check.kind === kind);
    if (!has('company_registration')) {
      await api.post(`/api/suppliers/${supplierId}/checks/registry`, {});
    }
    if (!has('enforcement_debts')) {
      await api.post(`/api/suppliers/${supplierId}/checks`, {
        kind: 'enforcement_debts',
        source: 'kronofogden',
        checkedOn: stockholmDay(),
        result: 'remark',
        summary: 'En skuld på 12 400 kr för obetald fordonsskatt, registrerad 2026-10-02.',
        evidence: { fileName: 'kronofogden-utdrag.pdf', contentBase64: extract.toString('base64') },
      });
    }
    if (!has('sanctions_screening')) {
      await api.post(`/api/suppliers/${supplierId}/checks/sanctions`, {});
    }
    if (stage === 'checks') return supplierUrl;
    const decisions = await api.get<unknown[]>(`/api/suppliers/${supplierId}/decisions`);
    if (decisions.length === 0) {
      await api.post(`/api/suppliers/${supplierId}/decisions`, {
        decision: 'request_information',
        note: 'Leverantören ska visa en plan för att betala skulden hos Kronofogden före start.',
      });
    }
    return supplierUrl;
  }

  /** A new page with the officer signed in. */
  async function officerPage(options?: Parameters<typeof watchForPageErrors>[1]) {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page, options);
    await signIn(page, server.baseUrl, officer.email, officer.password);
    return { page, pageErrors };
  }

  beforeAll(async () => {
    // Bolagsverket's API, recorded, on loopback; a long Retry-After, so a rate limit is not
    // waited out by the client's own retries and reaches the person.
    registry = await startRecordedBolagsverketServer({ retryAfterSeconds: 90 });
    server = await startServer({
      environment: {
        TRYGGVE_BOLAGSVERKET_BASE_URL: registry.baseUrl,
        TRYGGVE_BOLAGSVERKET_TOKEN_URL: registry.tokenUrl,
        TRYGGVE_BOLAGSVERKET_CLIENT_ID: registry.clientId,
        TRYGGVE_BOLAGSVERKET_CLIENT_SECRET: registry.clientSecret,
      },
    });
    browser = await launchBrowser();
    const admin = new ApiClient(server.baseUrl);
    await admin.logIn(server.demoLogin.email, server.demoLogin.password);
    officerId = (await addAccount(admin, server.baseUrl, officer)).id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await registry?.close();
  });

  it('registers a supplier, checking the organisation number as it is typed', async () => {
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, officer.email, officer.password);
    // The start page leads with the supplier checks: the demo's overdue one first, in red.
    const overdue = page.getByTestId('due-checks').locator('[data-status="overdue"]').first();
    expect(await overdue.innerText()).toMatch(
      /Försenad[\s\S]*Skulder hos Kronofogden för Södertörns Bygg & Fasad AB skulle ha gjorts \d{4}-\d{2}-\d{2}\. Försenad med \d+ dagar\./i,
    );
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings[0]).toBe('Leverantörskontroller att göra');
    await expectAccessibleAtBothSizes(page);

    await page.getByRole('navigation').getByRole('link', { name: 'Leverantörskontroll' }).click();
    await waitForHeading(page, 'Leverantörskontroll');
    await page.getByTestId('suppliers-table').getByText('Södertörns Bygg & Fasad AB').waitFor();
    // Away from the link just followed: the navbar's hovered active link is the layout's own
    // business (its hover colour is reported separately), not this page's.
    await page.mouse.move(700, 790);
    await expectAccessibleAtBothSizes(page);

    await page.getByRole('button', { name: 'Registrera leverantör' }).click();
    const form = page.getByTestId('register-supplier-form');
    const number = form.getByLabel('Organisationsnummer');
    await number.fill('559412-3457');
    await form.getByText('Kontrollsiffran stämmer inte.').waitFor();
    await number.fill('559412-3456');
    expect(await form.getByTestId('legal-form').innerText()).toBe('Organisationsform: Aktiebolag');
    await form.getByLabel('Namn').fill(supplierName);
    await form.getByLabel('Gatuadress eller box').fill('Kungsgatan 8');
    await form.getByLabel('Postnummer').fill('111 43');
    await form.getByLabel('Ort').fill('Stockholm');
    await expectAccessibleAtBothSizes(page);
    await form.getByRole('button', { name: 'Registrera' }).click();
    await waitForHeading(page, supplierName);
    expect(page.url()).toBe(await seedSupplier('supplier'));
    expect(await page.getByTestId('supplier-facts').innerText()).toMatch(
      /559412-3456[\s\S]*SE559412345601[\s\S]*Aktiebolag/,
    );
    await expectAccessibleAtBothSizes(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('gives the supplier a contract with a check programme', async () => {
    const supplierUrl = await seedSupplier('supplier');
    const { page, pageErrors } = await officerPage();
    await page.goto(supplierUrl);
    await waitForHeading(page, supplierName);
    await page.getByRole('button', { name: 'Nytt avtal' }).click();
    const form = page.getByTestId('contract-form');
    await form.getByLabel('Avtalets namn').fill(contractTitle);
    await form.getByLabel('Upphandlingens diarienummer').fill('KS-2026/417');
    await form.getByLabel('Gäller från').fill(stockholmDay());
    await form.getByLabel('Gäller till och med').fill(stockholmDay(2));
    await form.getByLabel('Värde (kronor)').fill('480000');
    await form.getByLabel('Ansvarig enhet').fill('Fastighetsavdelningen');
    // The default programme, plus credit rating at award only.
    await form.getByLabel('Kreditvärdighet').check();
    await form.getByLabel('Upprepa var: Kreditvärdighet').fill('');
    await expectAccessibleAtBothSizes(page);
    await form.getByRole('button', { name: 'Spara avtalet' }).click();
    await waitForHeading(page, contractTitle);
    expect(await page.getByTestId('contract-facts').innerText()).toMatch(
      /KS-2026\/417[\s\S]*480\s000\skr[\s\S]*Fastighetsavdelningen/,
    );
    const programme = page.getByTestId('programme-table');
    const registration = programme.locator('tr[data-kind="company_registration"]');
    expect(await registration.innerText()).toMatch(
      /Registrering hos Bolagsverket\s+Vid tilldelning, sedan var 12:e månad\s+Du\s+Aldrig/,
    );
    expect(await programme.locator('tr[data-kind="credit_rating"]').innerText()).toContain(
      'Bara vid tilldelning',
    );
    await expectAccessibleAtBothSizes(page);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('runs the checks: Bolagsverket, a manual extract and a sanctions screening', async () => {
    const supplierUrl = await seedSupplier('contract');
    // The rate limit below is provoked on purpose.
    const { page, pageErrors } = await officerPage({ expectedStatuses: [429] });
    await page.goto(supplierUrl);
    await waitForHeading(page, supplierName);

    // Bolagsverket asks us to wait: the person is told so, and when to try again.
    registry.failNext('rate_limited', 1);
    await page.getByRole('button', { name: 'Kontrollera hos Bolagsverket' }).click();
    const error = page.getByTestId('supplier-error');
    await error.waitFor();
    expect(await error.innerText()).toMatch(
      /Bolagsverket tar emot för många frågor[\s\S]*Försök igen om 90 sekunder\./,
    );
    await expectAccessibleAtBothSizes(page);
    await page.getByRole('button', { name: 'Kontrollera hos Bolagsverket' }).click();
    await page.getByText(/Kontrollen hos Bolagsverket är klar/).waitFor();
    const registrySection = page.getByTestId('registry-section');
    expect(await registrySection.innerText()).toMatch(/Registrerad\s+2024-04-08/);

    // A manual check with an uploaded extract.
    await page.getByRole('button', { name: 'Manuell kontroll' }).click();
    const manual = page.getByTestId('manual-check-form');
    await manual
      .getByLabel('Vad kontrollerades')
      .selectOption({ label: 'Skulder hos Kronofogden' });
    await manual.getByLabel('Källa').selectOption({ label: 'Kronofogden' });
    await manual.getByLabel('Resultat').selectOption({ label: 'Anmärkning' });
    await manual
      .getByLabel('Vad visade kontrollen')
      .fill('En skuld på 12 400 kr för obetald fordonsskatt, registrerad 2026-10-02.');
    await page.getByTestId('evidence-file').setInputFiles({
      name: 'kronofogden-utdrag.pdf',
      mimeType: 'application/pdf',
      buffer: extract,
    });
    await expectAccessibleAtBothSizes(page);
    await manual.getByRole('button', { name: 'Spara kontrollen' }).click();
    await manual.waitFor({ state: 'detached' });
    const history = page.getByTestId('checks-table');
    const debts = history.locator('tr[data-kind="enforcement_debts"]');
    expect(await debts.innerText()).toMatch(
      new RegExp(`${stockholmDay()}\\s+Skulder hos Kronofogden\\s+Kronofogden\\s+Anmärkning`, 'i'),
    );
    expect(await debts.innerText()).toMatch(/kronofogden-utdrag\.pdf\s+Du/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      debts.getByRole('button', { name: 'Ladda ned kronofogden-utdrag.pdf' }).click(),
    ]);
    expect(readFileSync((await download.path()) ?? '').equals(extract)).toBe(true);
    // The registry's answer is kept as the evidence of its checks.
    expect(await history.locator('tr[data-kind="company_registration"]').innerText()).toMatch(
      /Bolagsverkets API\s+Utan anmärkning/i,
    );

    // The sanctions screening finds the planted match, explained feature by feature.
    await page.getByRole('button', { name: 'Screena mot sanktionslistor' }).click();
    await page.getByText(/Screeningen är klar: \d+ träff/).waitFor();
    const match = page
      .getByTestId('sanctions-match')
      .filter({ hasText: 'Limited Liability Company Aeroscan' });
    expect(await match.innerText()).toContain(
      'Aeroscan AB liknar Limited Liability Company Aeroscan',
    );
    expect(await match.getByTestId('match-features').innerText()).toMatch(/namn/i);

    // The red flags, each with its reason.
    const sanctionsFlag = page.locator('[data-testid="red-flag"][data-rule="sanctions_match"]');
    expect(await sanctionsFlag.first().innerText()).toMatch(
      /Möjlig träff på sanktionslista[\s\S]*Aeroscan AB kan vara Limited Liability Company Aeroscan/,
    );
    const debtFlag = page.locator('[data-testid="red-flag"][data-rule="enforcement_debts"]');
    expect(await debtFlag.innerText()).toContain('Kontrollen hos Kronofogden');
    expect(await page.getByTestId('risk').innerText()).toMatch(/Samlad risknivå: (Hög|Förhöjd)/);
    await saveScreenshot(page, 'supplier-page');
    await expectAccessibleAtBothSizes(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('reviews the match as a false positive and records a decision', async () => {
    const supplierUrl = await seedSupplier('checks');
    const { page, pageErrors } = await officerPage();
    await page.goto(supplierUrl);
    await waitForHeading(page, supplierName);
    const match = page
      .getByTestId('sanctions-match')
      .filter({ hasText: 'Limited Liability Company Aeroscan' });
    await match.getByRole('button', { name: 'Markera som falsk träff' }).click();
    const review = page.getByTestId('review-match-form');
    await review
      .getByLabel('Motivering')
      .fill('Svenskt aktiebolag med annat organisationsnummer; den listade är ett ryskt bolag.');
    await expectAccessibleAtBothSizes(page);
    await review.getByRole('button', { name: 'Spara granskningen' }).click();
    await review.waitFor({ state: 'detached' });
    expect(await match.getByTestId('match-review').innerText()).toMatch(
      /^Falsk träff .*: Svenskt aktiebolag/,
    );

    await page.getByRole('button', { name: 'Registrera beslut' }).click();
    const decision = page.getByTestId('decision-form');
    await decision.getByLabel('Beslut').selectOption({ label: 'Begär mer information' });
    await decision
      .getByLabel('Anteckning')
      .fill('Leverantören ska visa en plan för att betala skulden hos Kronofogden före start.');
    await expectAccessibleAtBothSizes(page);
    await decision.getByRole('button', { name: 'Spara beslutet' }).click();
    await decision.waitFor({ state: 'detached' });
    expect(await page.getByTestId('decisions').innerText()).toMatch(
      /Mer information begärd\s+Leverantören ska visa en plan[\s\S]*Du, /,
    );
    await expectAccessibleAtBothSizes(page);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('shows the next checks scheduled, and leads the start page with those due', async () => {
    await seedSupplier('decision');
    const { page, pageErrors } = await officerPage();
    await page.goto(`${server.baseUrl}/leverantorer`);
    await waitForHeading(page, 'Leverantörskontroll');
    const row = page.getByTestId('suppliers-table').getByRole('row', { name: /Aeroscan AB/ });
    expect(await row.innerText()).toMatch(/559412-3456\s+Risk: \S+/i);
    expect(await row.innerText()).toContain('Mer information begärd');
    await expectAccessibleAtBothSizes(page);

    await row.getByRole('link', { name: supplierName }).click();
    await waitForHeading(page, supplierName);
    await page.getByRole('link', { name: contractTitle }).click();
    await waitForHeading(page, contractTitle);
    const programme = page.getByTestId('programme-table');
    // Checked today: the next registry check is a year on, and sanctions in six months.
    const registration = programme.locator('tr[data-kind="company_registration"]');
    expect(await registration.innerText()).toMatch(
      new RegExp(
        `${stockholmDay()}\\s+${stockholmDay(1)} \\([\\d\\s ]+ dagar\\)\\s+Schemalagd`,
        'i',
      ),
    );
    expect(await programme.locator('tr[data-kind="sanctions_screening"]').innerText()).toMatch(
      /Schemalagd/i,
    );
    // F-skatt is not in Bolagsverket's free data: still due at award.
    expect(await programme.locator('tr[data-kind="f_tax"]').innerText()).toMatch(
      /Aldrig\s+\S+.*\s+(Snart|Försenad)/i,
    );
    await saveScreenshot(page, 'contract-page');
    await expectAccessibleAtBothSizes(page);

    await page.goto(`${server.baseUrl}/`);
    const due = page.getByTestId('due-checks');
    await due.getByTestId('due-check').first().waitFor();
    expect(await due.innerText()).toContain('F-skatt för Aeroscan AB');
    expect(await due.innerText()).not.toContain('Registrering hos Bolagsverket för Aeroscan AB');
    await expectAccessibleAtBothSizes(page);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });
});
