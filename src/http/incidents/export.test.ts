import type { FastifyInstance } from 'fastify';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { makeUser, testDeps } from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Deps } from '../../domain/deps.js';
import { reportIncidents } from '../../domain/incidents/report-incidents.js';

describeEachDialect('exporting incidents', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let huddinge: Huddinge;
  let analyst: TestClient;

  beforeAll(async () => {
    deps = testDeps(database());
    huddinge = await seedHuddinge(deps);
    const reporter = await huddinge.actor('housing', ['reporter']);
    await reportIncidents(deps, reporter, {
      events: [
        {
          point: { longitude: 18.151957, latitude: 59.217194 },
          occurredAt: '2026-11-20T20:30:00Z',
          categoryCode: 'graffiti',
          description: 'Tags; "stora" på fasaden',
        },
        {
          districtId: huddinge.districtIds['Vårby'],
          occurredAt: '2026-11-21T10:00:00Z',
          categoryCode: 'littering',
          description: 'Skräp',
        },
      ],
    });
    app = await buildTestApp(deps);
    analyst = await new TestClient(app).signIn(
      (await makeUser(deps, huddinge.organisations.administration, ['analyst'])).email,
    );
  });
  afterAll(() => app.close());

  it('gives CSV that a Swedish spreadsheet reads: semicolons, local times, decimal commas, quoted text', async () => {
    const response = await analyst.get('/api/incidents/export?format=csv&categoryCode=graffiti');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('handelser.csv');
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(response.body, { delimiter: ';', bom: true }) as string[][];
    expect(header?.slice(0, 2)).toEqual(['id', 'tidpunkt']);
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries((header ?? []).map((name, index) => [name, rows[0]?.[index]]));
    expect(row).toMatchObject({
      tidpunkt: '2026-11-20 21:30',
      kategori: 'Klotter',
      områden: 'Skogås',
      longitud: '18,151957',
      beskrivning: 'Tags; "stora" på fasaden',
      organisation: 'Huge Bostäder AB',
      // Coded values in words, as the app shows them: never exact, point, manual or new.
      platsprecision: 'Punkt',
      källa: 'Rapport',
      status: 'Ny',
    });
    expect(row['tidsprecision']).toMatch(/^(Exakt tid|Bara dagen|Ungefärlig tid)$/);
  });

  it('gives an Excel workbook with real dates and numbers, filters on the header, and what it is', async () => {
    const response = await analyst.get('/api/incidents/export?format=xlsx&categoryCode=graffiti');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toContain('handelser.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      response.rawPayload as unknown as Parameters<typeof workbook.xlsx.load>[0],
    );
    const sheet = workbook.getWorksheet('Händelser');
    if (!sheet) throw new Error('no sheet Händelser');
    expect(sheet.rowCount).toBe(2);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = Object.fromEntries(
      header.map((name, index) => [String(name), sheet.getRow(2).getCell(index + 1).value]),
    );
    expect(row).toMatchObject({
      // 20:30 UTC is 21:30 in Stockholm, written as the wall-clock time a reader expects.
      tidpunkt: new Date(Date.UTC(2026, 10, 20, 21, 30)),
      kategori: 'Klotter',
      områden: 'Skogås',
      longitud: 18.151957,
      latitud: 59.217194,
      beskrivning: 'Tags; "stora" på fasaden',
      organisation: 'Huge Bostäder AB',
    });
    expect(sheet.getRow(2).getCell(2).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.autoFilter).toBeTruthy();
    const about = workbook.getWorksheet('Om exporten');
    expect(about?.getRow(2).values).toEqual([undefined, 'Antal händelser', 1]);
    expect(about?.getRow(3).getCell(2).value).toBe('Nej');
  });

  it('gives GeoJSON with points where there are points and none invented where there are not', async () => {
    const response = await analyst.get('/api/incidents/export?format=geojson');
    expect(response.headers['content-type']).toContain('application/geo+json');
    const collection = response.json() as {
      features: { geometry: unknown; properties: { categoryCode: string; districts: string[] } }[];
    };
    const byCategory = new Map(
      collection.features.map((feature) => [feature.properties.categoryCode, feature]),
    );
    expect(byCategory.get('graffiti')?.geometry).toEqual({
      type: 'Point',
      coordinates: [18.151957, 59.217194],
    });
    expect(byCategory.get('littering')).toMatchObject({
      geometry: null,
      properties: { districts: ['Vårby'] },
    });
  });

  it('records every export in the audit log, and refuses viewers', async () => {
    const entries = await deps.store.audit.list(huddinge.municipalityId, {
      action: 'incident.export',
      limit: 10,
    });
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(entries[0]?.details).toMatchObject({ format: 'geojson', count: 2, isTruncated: false });
    const viewer = await new TestClient(app).signIn(
      (await makeUser(deps, huddinge.organisations.administration, ['viewer'])).email,
    );
    expect((await viewer.get('/api/incidents/export?format=csv')).statusCode).toBe(403);
  });
});
