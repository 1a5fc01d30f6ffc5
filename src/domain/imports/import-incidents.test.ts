import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testDeps } from '../../../test/support/factories.js';
import { seedHuddinge } from '../../../test/support/huddinge.js';
import { readPoliceEventsFile } from '../../integrations/polisen/read-police-events-file.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { loadTextPlacer } from '../places/load-text-placer.js';
import type { TextPlacer } from '../places/place-by-text.js';
import { importIncidents } from './import-incidents.js';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/polisen-events');
const archive = JSON.parse(
  readFileSync(join(fixtures, 'events_stockholms_lan.json'), 'utf8'),
) as Record<string, unknown>[];
const bodies = readFileSync(join(fixtures, 'event_bodies_stockholms_lan.jsonl'), 'utf8');

describeEachDialect('importing the police events archive', (database) => {
  let deps: Deps;
  let coordinator: Actor;
  let policeId: string;
  let districtNames: Map<string, string>;
  let placer: TextPlacer;

  const readFor = (events: unknown) =>
    readPoliceEventsFile({
      events,
      bodiesJsonl: bodies,
      municipalityName: 'Huddinge',
      placer,
    });
  const run = (events: unknown, isSkippingBadRows = false) =>
    importIncidents(deps, coordinator, {
      ...readFor(events),
      source: 'police_events',
      fileName: 'events_stockholms_lan.json',
      organisationId: policeId,
      isSkippingBadRows,
    });
  const incidentCount = async () =>
    Number(
      (
        await database()
          .db.selectFrom('incidents')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow()
      ).count,
    );
  const bySourceId = async (sourceId: string) =>
    database()
      .db.selectFrom('incidents')
      .selectAll()
      .where('source_id', '=', sourceId)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    deps = testDeps(database());
    const huddinge = await seedHuddinge(deps);
    policeId = huddinge.organisations.police.id;
    coordinator = await huddinge.actor('administration', ['coordinator']);
    districtNames = new Map(Object.entries(huddinge.districtIds));
    placer = await loadTextPlacer(deps.store, deps.placeNames, coordinator.municipalityId);
  });

  it("imports Huddinge's events with their own times, categories and districts, never a centroid", async () => {
    const result = await run(archive);
    expect(result.status).toBe('completed');
    expect(result.counts.rejected).toBe(0);
    expect(result.counts.inserted).toBeGreaterThan(200);
    expect(result.counts.skipped.other_municipality).toBeGreaterThan(6000);
    expect(await incidentCount()).toBe(result.counts.inserted);

    // "02 december 23:56, Mord/dråp, försök, Huddinge": a shooting in Visättra, Flemingsberg.
    const attempt = await bySourceId('387495');
    // Typed "Mord/dråp, försök"; the text ("skjutna") makes it a shooting.
    expect(attempt).toMatchObject({
      category_code: 'shooting',
      occurred_at: '2022-12-02T22:56:00.000Z',
      time_precision: 'exact',
      location_precision: 'district',
      longitude: null,
      latitude: null,
      status: 'reviewed',
      source: 'police_events',
      organisation_id: policeId,
    });
    const assigned = await database()
      .db.selectFrom('incident_districts')
      .select('district_id')
      .where('incident_id', '=', attempt.id)
      .execute();
    expect(assigned.map((row) => row.district_id)).toEqual([
      districtNames.get('Grantorp / Visättra'),
    ]);

    // A county-level event whose name gives Huddinge and whose text names no district.
    const assault = await bySourceId('628320');
    expect(assault).toMatchObject({ category_code: 'threats_and_violence', longitude: null });
    // The only points are those of a place the text names, never the feed's centroid.
    const everyPoint = await database()
      .db.selectFrom('incidents')
      .select(['location_precision', 'latitude'])
      .where('longitude', 'is not', null)
      .execute();
    expect(everyPoint.length).toBeGreaterThan(0);
    expect(everyPoint.filter((row) => row.location_precision !== 'place_name')).toEqual([]);
    expect(everyPoint.filter((row) => Number(row.latitude) === 59.236354)).toEqual([]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await incidentCount();
    const again = await run(archive);
    expect(again.counts).toMatchObject({ inserted: 0, updated: 0, rejected: 0 });
    expect(again.counts.unchanged).toBe(before);
    expect(await incidentCount()).toBe(before);
  });

  it('updates an event the police have changed since, keeping its id', async () => {
    const before = await bySourceId('387495');
    const changed = archive.map((event) =>
      event.id === 387495
        ? { ...event, datetime: '2022-12-03 9:00:00 +01:00', type: 'Skottlossning' }
        : event,
    );
    const result = await run(changed);
    expect(result.counts).toMatchObject({ inserted: 0, updated: 1 });
    const after = await bySourceId('387495');
    expect(after).toMatchObject({
      id: before.id,
      category_code: 'shooting',
      source_version: '2022-12-03 9:00:00 +01:00',
    });
  });

  it('writes nothing from a file with a bad element, and says which and why', async () => {
    const before = await incidentCount();
    const broken = [{ id: 999001, name: 'utan datum' }, ...archive.slice(0, 50), 'not an event'];
    const result = await run(broken);
    expect(result.status).toBe('rejected');
    expect(result.rejectedRows.map((row) => row.line)).toEqual([1, 52]);
    expect(result.rejectedRows[0]?.reason).toMatch(/datetime/);
    expect(result.rejectedRows.map((row) => row.problems.map((problem) => problem.code))).toEqual([
      ['invalid_event'],
      ['invalid_event'],
    ]);
    expect(await incidentCount()).toBe(before);
    const [stored] = await deps.store.importRuns.list(coordinator.municipalityId, 1);
    expect(stored).toMatchObject({ status: 'rejected', counts: { rejected: 2 } });
    expect(stored?.rejectedRows).toEqual(result.rejectedRows);
  });

  it('warns by code of a type nobody has mapped and of a body it could not use', async () => {
    const [first] = archive.filter((event) => String(event.name).endsWith('Huddinge'));
    const read = readPoliceEventsFile({
      events: [
        { ...first, type: 'Helt ny händelsetyp' },
        { ...first, id: 999002, type: 'Helt ny händelsetyp' },
      ],
      bodiesJsonl: '{"id": 1}\nnot json',
      municipalityName: 'Huddinge',
      placer,
    });
    expect(read.warnings.map(({ code, params }) => ({ code, params }))).toEqual([
      { code: 'unmapped_police_type', params: { type: 'Helt ny händelsetyp', count: 2 } },
      { code: 'body_unused', params: { line: 1, detail: expect.stringMatching(/body_text/) } },
      { code: 'body_unused', params: { line: 2, detail: expect.stringMatching(/^is not JSON/) } },
    ]);
    expect(read.warnings[0]?.message).toBe(
      'The police type "Helt ny händelsetyp" has no category yet (2 events filed as "other").',
    );
  });

  it('reads runs recorded before problems had codes as uncoded text', async () => {
    const id = '00000000-0000-4000-8000-00000000abcd';
    await database()
      .db.insertInto('import_runs')
      .values({
        id,
        municipality_id: coordinator.municipalityId,
        source: 'csv',
        file_name: 'gammal.csv',
        actor_user_id: null,
        status: 'rejected',
        counts: JSON.stringify({
          read: 1,
          inserted: 0,
          updated: 0,
          unchanged: 0,
          rejected: 1,
          skipped: {},
          warnings: ['an old warning'],
        }),
        rejected_rows: JSON.stringify([{ line: 2, sourceId: 'x', reason: 'an old reason' }]),
        started_at: '2030-01-01T00:00:00.000Z',
        finished_at: '2030-01-01T00:00:00.000Z',
      })
      .execute();
    const [stored] = await deps.store.importRuns.list(coordinator.municipalityId, 1);
    expect(stored).toMatchObject({
      id,
      counts: { warnings: [{ code: 'uncoded', params: { text: 'an old warning' } }] },
      rejectedRows: [
        {
          line: 2,
          problems: [{ code: 'uncoded', message: 'an old reason' }],
          reason: 'an old reason',
        },
      ],
    });
  });

  it('imports the good elements when asked to skip bad ones, still listing the bad', async () => {
    const fresh = {
      id: 999002,
      datetime: '2026-11-20 10:00:00 +01:00',
      name: '20 november 09.30, Skadegörelse, Huddinge',
      summary: 'Klotter på en skola i Skogås.',
      url: '/aktuellt/handelser/2026/november/20/x/',
      type: 'Skadegörelse',
      location: { name: 'Huddinge', gps: '59.23631,17.98164' },
    };
    const result = await run([{ id: 999003 }, fresh], true);
    expect(result).toMatchObject({ status: 'completed', counts: { inserted: 1, rejected: 1 } });
    expect(await bySourceId('999002')).toMatchObject({
      category_code: 'vandalism',
      occurred_at: '2026-11-20T08:30:00.000Z',
      location_precision: 'district',
    });
  });
});
