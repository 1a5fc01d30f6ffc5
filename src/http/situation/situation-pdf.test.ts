import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { makeUser, testDeps } from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import { pdfPages } from '../../../test/support/pdf-text.js';
import type { Deps } from '../../domain/deps.js';
import { reportIncidents } from '../../domain/incidents/report-incidents.js';

describeEachDialect('the situation picture as a PDF', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let huddinge: Huddinge;
  let viewer: TestClient;

  beforeAll(async () => {
    deps = testDeps(database());
    huddinge = await seedHuddinge(deps);
    const reporter = await huddinge.actor('housing', ['reporter']);
    // Week 47 of 2026 (16–22 November): three reports of graffiti in Skogås, with free text.
    await reportIncidents(deps, reporter, {
      events: [18, 19, 20].map((day) => ({
        districtId: huddinge.districtIds['Skogås'],
        occurredAt: `2026-11-${day}T20:30:00Z`,
        categoryCode: 'graffiti',
        description: 'Hemlig fritext om fasaden',
      })),
    });
    // Week 49: one incident alone, on a Tuesday at 14.00 in Vårby: a count a viewer must not see.
    await reportIncidents(deps, reporter, {
      events: [
        {
          districtId: huddinge.districtIds['Vårby'],
          occurredAt: '2026-12-01T13:00:00Z',
          categoryCode: 'littering',
          description: 'Skräp',
        },
      ],
    });
    app = await buildTestApp(deps);
    viewer = await new TestClient(app).signIn(
      (await makeUser(deps, huddinge.organisations.administration, ['viewer'])).email,
    );
  });
  afterAll(() => app.close());

  it("gives a politician the week's picture as an A4 PDF: changes in words, the districts, the counts, never free text", async () => {
    const response = await viewer.get('/api/situation/pdf?period=week&key=2026-W47&lang=sv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="lagesbild-2026-W47.pdf"',
    );
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfPages(response.rawPayload)).join('\n');
    expect(text).toContain('Lägesbild: Huddinge');
    expect(text).toContain('Vecka 47, 2026: 16 november 2026 – 22 november 2026');
    expect(text).toContain('Största förändringar');
    expect(text).toContain('Klotter i Skogås: 3 händelser mot i snitt 0 de senaste 8 veckorna.');
    expect(text).toContain('Skogås: 3');
    expect(text).toMatch(/Hela kommunen[\s\S]*Klotter\s*3\s*0\s*0\s*–\s*\+3/);
    expect(text).toMatch(/Sida 1 av \d/);
    expect(text).not.toContain('Hemlig fritext');
  });

  it('speaks English when asked, and refuses a period that does not exist with a code', async () => {
    const english = await viewer.get('/api/situation/pdf?period=month&key=2026-11&lang=en');
    expect(english.statusCode).toBe(200);
    expect(english.headers['content-disposition']).toContain('situation-picture-2026-11.pdf');
    const text = (await pdfPages(english.rawPayload)).join('\n');
    expect(text).toContain('Situation picture: Huddinge');
    expect(text).toContain('Month 2026-11: 1 November 2026 – 30 November 2026');
    expect(text).toContain('Graffiti in Skogås: 3 incidents');

    const bad = await viewer.get('/api/situation/pdf?period=week&key=2026-W54');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('never shows a viewer a count under 3: not in the picture, the hour table or the PDF', async () => {
    const picture = await viewer.get('/api/situation?period=custom&key=2026-12-01..2026-12-01');
    expect(picture.statusCode).toBe(200);
    const body = picture.json() as {
      period: { key: string };
      hasSmallCountsHidden: boolean;
      rows: { categoryCode: string; count: number | null }[];
      weekdayHour: (number | null)[][];
    };
    expect(body.period.key).toBe('2026-11-30..2026-12-06');
    expect(body.hasSmallCountsHidden).toBe(true);
    const littering = body.rows.filter((row) => row.categoryCode === 'littering');
    expect(littering.length).toBeGreaterThan(0);
    expect(littering.every((row) => row.count === null)).toBe(true);
    expect(body.weekdayHour[1]?.[14]).toBeNull();

    const pdf = await viewer.get('/api/situation/pdf?period=week&key=2026-W49&lang=sv');
    const text = (await pdfPages(pdf.rawPayload)).join('\n');
    expect(text).toContain('antal under 3');
    expect(text).toMatch(/Nedskräpning\s*–/);
    expect(text).not.toMatch(/Nedskräpning\s*1/);
  });
});
