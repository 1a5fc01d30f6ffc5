import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from './support/api-client.js';
import { findAccessibilityViolations } from './support/axe.js';
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

interface ProfileJson {
  name: string;
  columns: Record<string, string>;
  categoryValues: Record<string, string>;
}

import { housingCompanyCsv, squareLayer, startTileServer } from './support/situation-files.js';

describe('the situation picture: files in and out', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let admin: ApiClient;
  let folder: string;
  let tiles: Awaited<ReturnType<typeof startTileServer>>;

  beforeAll(async () => {
    tiles = await startTileServer();
    server = await startServer({
      environment: {
        TRYGGVE_BASEMAP_TILES: tiles.url,
        TRYGGVE_BASEMAP_ATTRIBUTION:
          '&copy; <a href="https://example.org/">Testkartan</a> bidragsgivare',
      },
    });
    browser = await launchBrowser();
    admin = new ApiClient(server.baseUrl);
    await admin.logIn(server.demoLogin.email, server.demoLogin.password);
    folder = mkdtempSync(join(tmpdir(), 'tryggve-files-'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    tiles?.server.close();
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });

  it('imports a CSV file through the column mapping, saves the profile and shows the refused row', async () => {
    const file = join(folder, 'felanmalningar.csv');
    writeFileSync(file, housingCompanyCsv());
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
    await page.goto(`${server.baseUrl}/lagesbild/import`);
    await waitForHeading(page, 'Importera');
    // The police types section (issue 13): a type's category, chosen and saved.
    const policeTypes = page.getByTestId('police-types');
    await policeTypes.getByLabel('Händelsetyp').selectOption('Rattfylleri');
    await policeTypes.getByLabel('Kategori').selectOption({ label: 'Ordningsstörning' });
    await policeTypes.getByRole('button', { name: 'Spara' }).click();
    await policeTypes.getByText('Rattfylleri: Ordningsstörning').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    const csv = page.getByTestId('csv-import');
    await csv.getByTestId('csv-file').setInputFiles(file);

    // The first rows, and a mapping guessed from the headers that the coordinator adjusts.
    const preview = csv.getByTestId('csv-preview');
    await preview.waitFor();
    expect(await preview.innerText()).toContain('HB-103');
    expect(await preview.innerText()).toContain('De första 3 av 3 raderna i filen.');
    const mapping = csv.getByTestId('column-mapping');
    expect(await mapping.getByLabel('Tid (från)').inputValue()).toBe('Tid');
    expect(await mapping.getByLabel('Källans id').inputValue()).toBe('Ärendenr');
    await mapping.getByLabel('Kategori').selectOption('Typ');
    await mapping.getByLabel('Område').selectOption('Område');
    // "Klotter" is a category's name; "Sprayfärg" is translated here; "Fyrverkeri" is left out.
    const values = csv.getByTestId('category-values');
    await values.getByText('Känns igen som Klotter').waitFor();
    await values.getByLabel('Värdet "Sprayfärg"').selectOption({ label: 'Klotter' });
    expect(await values.getByLabel('Värdet "Fyrverkeri"').inputValue()).toBe('');
    await csv.getByLabel('Organisation').selectOption({ label: 'Huge Bostäder AB' });
    await csv.getByLabel('Spara mappningen som importprofil').check();
    await csv.getByLabel('Profilens namn').fill('Huge felanmälningar');
    await csv.getByLabel('Hoppa över felaktiga rader').check();
    await saveScreenshot(page, 'import-csv-mapping');
    await expectAccessibleAtBothSizes(page);

    await csv.getByRole('button', { name: 'Importera filen' }).click();
    const result = page.getByTestId('csv-import-result');
    await result.waitFor();
    expect(await result.innerText()).toContain('Importen är klar.');
    await csv.getByText('Importprofilen Huge felanmälningar är sparad.').waitFor();
    const refused = result
      .getByTestId('rejected-rows')
      .getByRole('row')
      .filter({ hasText: 'HB-102' });
    expect(await refused.locator('td').first().innerText()).toBe('3');
    expect(await refused.innerText()).toContain(
      'Kategorin "Fyrverkeri" finns inte bland kategorierna eller i profilen',
    );
    expect(await csv.getByLabel('Importprofil').locator('option:checked').innerText()).toBe(
      'Huge felanmälningar',
    );
    await expectAccessibleAtBothSizes(page);

    const { profiles } = await admin.get<{ profiles: ProfileJson[] }>('/api/import-profiles');
    const saved = profiles.find((profile) => profile.name === 'Huge felanmälningar');
    expect(saved?.columns).toMatchObject({
      occurredAt: 'Tid',
      category: 'Typ',
      district: 'Område',
      id: 'Ärendenr',
    });
    expect(saved?.categoryValues).toEqual({ Sprayfärg: 'graffiti' });
    const imported = await admin.get<{ incidents: { sourceId: string; categoryCode: string }[] }>(
      '/api/incidents?source=csv&limit=100',
    );
    expect(
      imported.incidents
        .filter((incident) => incident.sourceId.startsWith('HB-'))
        .map((incident) => `${incident.sourceId} ${incident.categoryCode}`)
        .sort(),
    ).toEqual(['HB-101 graffiti', 'HB-103 graffiti']);

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  /** A new page with the coordinator signed in. */
  async function coordinatorPage(): Promise<{ page: Page; pageErrors: () => string[] }> {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const pageErrors = watchForPageErrors(page);
    await signIn(page, server.baseUrl, server.demoLogin.email, server.demoLogin.password);
    return { page, pageErrors };
  }

  it('downloads the filtered incidents as XLSX on a phone', async () => {
    // Run alone, this journey imports through the API the file the one before imports.
    const { incidents } = await admin.get<{ incidents: unknown[] }>('/api/incidents?source=csv');
    if (incidents.length === 0) {
      const { organisations } = await admin.get<{
        organisations: { id: string; name: string }[];
      }>('/api/organisations');
      await admin.post('/api/imports/csv', {
        fileName: 'felanmalningar.csv',
        text: housingCompanyCsv(),
        organisationId: organisations.find((item) => item.name === 'Huge Bostäder AB')?.id,
        profile: {
          name: 'Huge felanmälningar',
          columns: {
            occurredAt: 'Tid',
            category: 'Typ',
            district: 'Område',
            description: 'Beskrivning',
            id: 'Ärendenr',
          },
          categoryValues: { Sprayfärg: 'graffiti' },
        },
        isSkippingBadRows: true,
      });
    }
    const { page, pageErrors } = await coordinatorPage();
    await page.setViewportSize(phoneViewport);
    await page.goto(`${server.baseUrl}/lagesbild/handelser?source=csv`);
    await waitForHeading(page, 'Händelser');
    await page.getByTestId('incident-table').waitFor();
    const exports = page.getByTestId('incident-export');
    await expectAccessibleAtBothSizes(page, phoneViewport);

    const [response, download] = await Promise.all([
      page.waitForResponse((answer) => answer.url().includes('/api/incidents/export')),
      page.waitForEvent('download'),
      exports.getByRole('button', { name: 'Ladda ner Excel (XLSX)' }).click(),
    ]);
    expect(new URL(response.url()).searchParams.get('format')).toBe('xlsx');
    expect(new URL(response.url()).searchParams.get('source')).toBe('csv');
    expect(response.headers()['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers()['x-tryggve-truncated']).toBe('false');
    // The saved file itself (the page's blob), not the response: its body may be gone by now.
    expect(download.suggestedFilename()).toBe('handelser.xlsx');
    const saved = readFileSync(await download.path());
    expect(saved.length).toBeGreaterThan(1_000);
    expect(saved.subarray(0, 2).toString('latin1')).toBe('PK'); // a ZIP, as every XLSX is
    await exports.getByText(/^handelser\.xlsx är nedladdad \([\d,]+ kB\)\.$/).waitFor();
    expect(await exports.getByTestId('export-truncated').count()).toBe(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('draws the configured basemap under the districts, with its credit as text', async () => {
    const { page, pageErrors } = await coordinatorPage();
    await page.setViewportSize(desktopViewport);
    await page.goto(`${server.baseUrl}/lagesbild`);
    await waitForHeading(page, 'Lägesbild');
    await page.getByTestId('district-map').locator('canvas').waitFor();
    await page.getByTestId('basemap-attribution').getByText('© Testkartan bidragsgivare').waitFor();
    await expect.poll(() => tiles.requests.length).toBeGreaterThan(0);
    expect(tiles.requests.every((path) => /^\/\d+\/\d+\/\d+\.png$/.test(path))).toBe(true);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('prints the picture of the week and hands out its PDF', async () => {
    const { page, pageErrors } = await coordinatorPage();
    await page.setViewportSize(desktopViewport);
    await page.goto(`${server.baseUrl}/lagesbild`);
    await waitForHeading(page, 'Lägesbild');
    const key = await page.getByTestId('period-label').getAttribute('data-period-key');
    await page.getByRole('link', { name: 'Utskriftsvy' }).click();
    await waitForHeading(page, 'Lägesbild för Huddinge');
    expect(new URL(page.url()).pathname).toBe('/lagesbild/utskrift');
    expect(new URL(page.url()).searchParams.get('key')).toBe(key);
    const heading = await page.locator('main h1').innerText();
    expect(heading).toMatch(/^Lägesbild för Huddinge: Vecka \d{1,2}, \d{4}$/);
    await page.getByTestId('print-changes').waitFor();
    expect(await page.getByTestId('print-changes').innerText()).toContain('Skogås');
    const matrix = page.getByTestId('district-category-table');
    await matrix.waitFor();
    expect(await matrix.innerText()).toContain('Misstänkt narkotikahantering');
    await page.getByTestId('print-map').locator('path').first().waitFor();
    await page.getByTestId('weekday-hour-table').waitFor();
    await saveScreenshot(page, 'picture-print');
    await expectAccessibleAtBothSizes(page);

    // On paper: no navigation, no buttons, the larger sections on pages of their own.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.mantine-AppShell-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Lägesbild' }).isVisible()).toBe(false);
    expect(await page.getByTestId('print-changes').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Skriv ut' }).waitFor();

    // The PDF of the same week, in the page's language, with the session's cookie.
    const pdfLink = page.getByRole('link', { name: 'Ladda ner PDF' });
    const href = await pdfLink.getAttribute('href');
    expect(href).toBe(`/api/situation/pdf?period=week&key=${key}&lang=sv`);
    const pdf = await page.evaluate(async (url) => {
      const answer = await fetch(url, { credentials: 'same-origin' });
      const bytes = new Uint8Array(await answer.arrayBuffer());
      return {
        status: answer.status,
        type: answer.headers.get('content-type'),
        disposition: answer.headers.get('content-disposition'),
        start: String.fromCharCode(...bytes.slice(0, 4)),
        size: bytes.length,
      };
    }, href ?? '');
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.disposition).toMatch(/^attachment/);
    expect(pdf.start).toBe('%PDF');
    expect(pdf.size).toBeGreaterThan(1_000);

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });

  it('adds, replaces and removes a layer of areas', async () => {
    const first = join(folder, 'testomraden.geojson');
    const second = join(folder, 'testomraden-2.geojson');
    writeFileSync(first, JSON.stringify(squareLayer('Testområde Skogås', 18.15, 59.22)));
    writeFileSync(second, JSON.stringify(squareLayer('Testområde Skogås norra', 18.15, 59.24)));
    const { page, pageErrors } = await coordinatorPage();
    await page.setViewportSize(desktopViewport);
    await page.goto(`${server.baseUrl}/lagesbild/omraden`);
    await waitForHeading(page, 'Områden');
    const layers = page.getByTestId('district-layers');
    await layers.getByText('Polisens utsatta områden 2023').waitFor();
    await expectAccessibleAtBothSizes(page);

    // Add: the file is read here, and its properties are offered for the name and the code.
    await page.getByLabel('Indelningens namn').fill('Testindelning');
    await page.getByTestId('new-layer-file').setInputFiles(first);
    expect(await page.getByLabel('Egenskapen med områdets namn').inputValue()).toBe('namn');
    expect(await page.getByLabel(/Egenskapen med områdets kod/).inputValue()).toBe('kod');
    await page.getByRole('button', { name: 'Lägg till indelningen' }).click();
    await page
      .getByTestId('layer-saved')
      .getByText('Testindelning har 1 områden.', { exact: false })
      .waitFor();
    const row = layers.getByRole('row').filter({ hasText: 'Testindelning' });
    await row.getByText('1 område').waitFor();
    // The form starts empty again: a second click cannot add the layer twice.
    expect(await page.getByLabel('Indelningens namn').inputValue()).toBe('');
    await page.getByRole('link', { name: 'Visa Testindelning på kartan' }).waitFor();

    // Replace: the same form in a dialog, named after the layer.
    await row.getByRole('button', { name: 'Ersätt Testindelning' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ersätt Testindelning' });
    await dialog
      .getByText('Den nya filen ersätter indelningens områden.', { exact: false })
      .waitFor();
    await dialog.getByTestId(/-file$/).setInputFiles(second);
    await dialog.getByLabel('Egenskapen med områdets namn').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Ersätt indelningen' }).click();
    await dialog.getByTestId('layer-saved').waitFor();
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await dialog.waitFor({ state: 'detached' });
    const districts = await admin.get<{ features: { properties: { name: string } }[] }>(
      '/api/districts',
    );
    const names = districts.features.map((feature) => feature.properties.name);
    expect(names).toContain('Testområde Skogås norra');
    expect(names).not.toContain('Testområde Skogås');

    // Remove: the question names the layer and says what happens to the incidents.
    await row.getByRole('button', { name: 'Ta bort Testindelning' }).click();
    const confirm = page.getByRole('dialog', { name: 'Ta bort' });
    const question = await confirm.innerText();
    expect(question).toContain('Testindelning');
    expect(question).toContain('kopplas bort från indelningens områden');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Ta bort' }).click();
    await page
      .getByTestId('layers-announcement')
      .getByText('Indelningen Testindelning är borttagen.')
      .waitFor();
    await row.waitFor({ state: 'detached' });
    const municipality = await admin.get<{ districtLayers: { name: string }[] }>(
      '/api/municipality',
    );
    expect(municipality.districtLayers.map((layer) => layer.name)).toEqual([
      'Polisens utsatta områden 2023',
    ]);

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors()).toEqual([]);
    await page.close();
  });
});
