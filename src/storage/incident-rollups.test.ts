import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { testClock, testDeps } from '../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../test/support/huddinge.js';
import { operationArbitrary, type Operation } from '../../test/support/rollup-operations.js';
import { parsePeriod } from '../analysis/periods.js';
import { commandLineOperator, type Actor } from '../domain/access/actor.js';
import type { Deps } from '../domain/deps.js';
import { deleteDistrictLayer } from '../domain/districts/delete-district-layer.js';
import { replaceDistrictLayer } from '../domain/districts/replace-district-layer.js';
import { uploadDistrictLayer } from '../domain/districts/upload-district-layer.js';
import { DomainError } from '../domain/errors.js';
import { importIncidents } from '../domain/imports/import-incidents.js';
import type { IncomingIncident } from '../domain/imports/incoming-incident.js';

import { reportIncidents } from '../domain/incidents/report-incidents.js';
import { reviewIncident } from '../domain/incidents/review-incident.js';
import { rebuildRollups } from '../domain/situation/rebuild-rollups.js';
import { MunicipalityExtent } from '../domain/municipalities/municipality-extent.js';
import type { Kysely } from 'kysely';
import type { Database } from './db.js';
import { computeRollups, stockholmDayAndHour } from './incident-rollups.js';
import * as createIncidentRollups from './migrations/20261128T0900-create-incident-rollups.js';

const periods = ['2026-03-27..2026-03-31', '2026-10-22..2026-10-26'].map(
  (key) => parsePeriod('custom', key) ?? { from: '', to: '' },
);

const sortedByKey = <T extends object>(rows: T[]) =>
  rows
    .map((row) => ({ ...row, count: Number((row as { count: unknown }).count) }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describeEachDialect('the daily rollups', (database) => {
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: Actor;
  let reporter: Actor;
  /** Points inside Huddinge, on a grid. */
  let points: { longitude: number; latitude: number }[];
  let layerNumber = 0;

  beforeAll(async () => {
    deps = testDeps(database(), { clock: testClock('2027-01-15T12:00:00Z') });
    huddinge = await seedHuddinge(deps);
    coordinator = await huddinge.actor('administration', ['coordinator']);
    reporter = await huddinge.actor('housing', ['reporter']);
    const extent = new MunicipalityExtent(
      await deps.store.municipalities.findBoundary(huddinge.municipalityId),
      await deps.store.municipalities.listDistricts(huddinge.municipalityId),
    );
    points = [];
    for (let longitude = 17.85; longitude < 18.25; longitude += 0.025) {
      for (let latitude = 59.15; latitude < 59.3; latitude += 0.0125) {
        if (extent.contains({ longitude, latitude })) points.push({ longitude, latitude });
      }
    }
  });

  const pointAt = (index: number) => points[index % points.length] ?? null;

  async function storedRollups(db: Database) {
    const where = huddinge.municipalityId;
    return {
      daily: sortedByKey(
        await db.db
          .selectFrom('incident_daily_counts')
          .selectAll()
          .where('municipality_id', '=', where)
          .execute(),
      ),
      hourly: sortedByKey(
        await db.db
          .selectFrom('incident_hourly_counts')
          .selectAll()
          .where('municipality_id', '=', where)
          .execute(),
      ),
    };
  }

  /** What the picture should count, from the incidents one by one. */
  async function countedOneByOne(from: string, to: string) {
    const incidents = await deps.store.incidents.list(huddinge.municipalityId, {
      from,
      to,
      limit: 100_000,
    });
    const cells = new Map<string, number>();
    const hours = new Map<string, number>();
    for (const incident of incidents) {
      if (incident.status !== 'new' && incident.status !== 'reviewed') continue;
      for (const districtId of [null, ...incident.districtIds]) {
        const key = JSON.stringify([districtId, incident.categoryCode]);
        cells.set(key, (cells.get(key) ?? 0) + 1);
      }
      if (incident.timePrecision === 'exact') {
        const key = JSON.stringify(stockholmDayAndHour(incident.occurredAt));
        hours.set(key, (hours.get(key) ?? 0) + 1);
      }
    }
    return {
      cells: [...cells].map(([key, count]) => {
        const [districtId, categoryCode] = JSON.parse(key) as [string | null, string];
        return { districtId, categoryCode, count };
      }),
      hours: [...hours].map(([key, count]) => ({
        ...(JSON.parse(key) as { day: string; hour: number }),
        count,
      })),
    };
  }

  async function expectRollupsExact() {
    const stored = await storedRollups(database());
    const rows = (await computeRollups(database().db, huddinge.municipalityId)).rows();
    expect(stored).toEqual({ daily: sortedByKey(rows.daily), hourly: sortedByKey(rows.hourly) });
    // The reads: whole days from the rollups, a span starting mid-day from the incidents.
    for (const { from, to } of periods) {
      for (const start of [from, new Date(new Date(from).getTime() + 3_600_000).toISOString()]) {
        const expected = await countedOneByOne(start, to);
        const counted = await deps.store.situation.countByDistrictAndCategory(
          huddinge.municipalityId,
          start,
          to,
        );
        expect(sortedByKey(counted)).toEqual(sortedByKey(expected.cells));
        const hours = await deps.store.situation.countExactTimesByHour(
          huddinge.municipalityId,
          start,
          to,
        );
        expect(sortedByKey(hours)).toEqual(sortedByKey(expected.hours));
      }
    }
  }

  const geojsonOf = (squares: { pointIndex: number; halfSide: number; name: string }[]) => ({
    type: 'FeatureCollection',
    features: squares.map(({ pointIndex, halfSide, name }) => {
      const { longitude, latitude } = pointAt(pointIndex) ?? { longitude: 18, latitude: 59.2 };
      const [west, east] = [longitude - halfSide, longitude + halfSide];
      const [south, north] = [latitude - halfSide / 2, latitude + halfSide / 2];
      return {
        type: 'Feature',
        properties: { namn: name },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [west, south],
              [east, south],
              [east, north],
              [west, north],
              [west, south],
            ],
          ],
        },
      };
    }),
  });

  async function apply(operation: Operation): Promise<void> {
    const { municipalities, incidents } = deps.store;
    const municipalityId = huddinge.municipalityId;
    switch (operation.kind) {
      case 'report': {
        const districts = await municipalities.listDistricts(municipalityId);
        await reportIncidents(deps, reporter, {
          events: operation.events.map((event) => ({
            occurredAt: event.occurredAt,
            point: event.pointIndex === null ? undefined : (pointAt(event.pointIndex) ?? undefined),
            districtId:
              event.districtIndex === null || districts.length === 0
                ? undefined
                : districts[event.districtIndex % districts.length]?.id,
            address: 'Storgatan 1',
            categoryCode: event.categoryCode,
            description: 'Händelse i modelltestet.',
          })),
        });
        return;
      }
      case 'import': {
        const bySource = new Map<number, IncomingIncident>();
        operation.rows.forEach((row, line) =>
          bySource.set(row.sourceNumber, {
            line: line + 1,
            sourceId: `modell-${row.sourceNumber}`,
            sourceVersion: `${row.version}`,
            occurredAt: row.occurredAt,
            occurredUntil: null,
            timePrecision: row.timePrecision,
            reportedAt: row.occurredAt,
            point: row.pointIndex === null ? null : pointAt(row.pointIndex),
            address: null,
            districtNames: row.districtName === null ? [] : [row.districtName],
            locationPrecision: 'municipality',
            categoryCode: row.categoryCode,
            description: 'Importerad händelse.',
            peopleCount: null,
          }),
        );
        const rows = [...bySource.values()];
        if (operation.hasBadRow) {
          rows.push({ ...(rows[0] as IncomingIncident), sourceId: 'modell-fel', line: 99 });
          rows[rows.length - 1] = {
            ...(rows[rows.length - 1] as IncomingIncident),
            categoryCode: 'no_such_category',
          };
        }
        const before = await storedRollups(database());
        const run = await importIncidents(deps, coordinator, {
          source: 'csv',
          fileName: 'modell.csv',
          organisationId: huddinge.organisations.police.id,
          isSkippingBadRows: false,
          rows,
          rejected: [],
          skipped: {},
          warnings: [],
        });
        if (operation.hasBadRow) {
          // All or nothing: a rejected file leaves the rollups exactly as they were.
          expect(run.status).toBe('rejected');
          expect(await storedRollups(database())).toEqual(before);
        }
        return;
      }
      case 'review': {
        const all = await incidents.list(municipalityId, { limit: 100_000 });
        const incident = all[operation.incidentIndex % Math.max(all.length, 1)];
        const original = all[operation.originalIndex % Math.max(all.length, 1)];
        if (!incident || !original) return;
        await reviewIncident(
          deps,
          coordinator,
          incident.id,
          operation.decision === 'duplicate'
            ? { decision: 'duplicate', duplicateOfId: original.id }
            : operation.decision === 'archived'
              ? { decision: 'archived', reason: 'Utanför uppdraget.' }
              : { decision: operation.decision as 'new' | 'reviewed' },
        );
        return;
      }
      case 'addLayer':
        layerNumber += 1;
        await uploadDistrictLayer(deps, coordinator, {
          name: `Modellager ${layerNumber}`,
          source: null,
          geojson: geojsonOf(operation.squares),
          nameProperty: 'namn',
          codeProperty: null,
          isSkippingBadFeatures: false,
        });
        return;
      case 'replaceLayer': {
        const layers = await municipalities.listDistrictLayers(municipalityId);
        const layer = layers[operation.layerIndex % Math.max(layers.length, 1)];
        if (!layer) return;
        const before = await storedRollups(database());
        const replacing = replaceDistrictLayer(deps, coordinator, layer.id, {
          name: layer.name,
          source: 'ersatt',
          geojson: operation.isBadFile
            ? { type: 'FeatureCollection' }
            : geojsonOf(operation.squares),
          nameProperty: 'namn',
          codeProperty: null,
          isSkippingBadFeatures: false,
        });
        if (operation.isBadFile) {
          await expect(replacing).rejects.toMatchObject({ code: 'DISTRICT_LAYER_INVALID' });
          expect(await storedRollups(database())).toEqual(before);
        }
        await replacing;
        return;
      }
      case 'deleteLayer': {
        const layers = await municipalities.listDistrictLayers(municipalityId);
        const layer = layers[operation.layerIndex % Math.max(layers.length, 1)];
        if (layer) await deleteDistrictLayer(deps, coordinator, layer.id);
        return;
      }
    }
  }

  it('equal the counts of the incidents after every report, import, review and layer change', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(operationArbitrary, { minLength: 1, maxLength: 10 }),
        async (operations) => {
          for (const operation of operations) {
            // A refused write (a bad file, a duplicate of a duplicate) is part of the model too.
            await apply(operation).catch((error: unknown) => {
              if (!(error instanceof DomainError)) throw error;
            });
            await expectRollupsExact();
          }
        },
      ),
      { numRuns: 15, seed: 20261128, endOnFailure: true },
    );
    const counted = await storedRollups(database());
    expect(counted.daily.length).toBeGreaterThan(0);
    expect(counted.hourly.length).toBeGreaterThan(0);
  });

  it('are left as they were by a write that fails after storing its incidents', async () => {
    await reportIncidents(deps, reporter, {
      events: [
        { point: pointAt(0) ?? undefined, categoryCode: 'graffiti', description: 'Klotter.' },
      ],
    });
    const before = await storedRollups(database());
    const [incident] = await deps.store.incidents.list(huddinge.municipalityId, { limit: 1 });
    if (!incident) throw new Error('No incident to copy.');
    await expect(
      deps.store.transaction(async (repositories) => {
        await repositories.incidents.createMany([
          { ...incident, id: crypto.randomUUID(), reportId: null, status: 'new' },
        ]);
        await repositories.incidents.setStatus(incident.id, {
          status: 'archived',
          duplicateOfId: null,
          archiveReason: 'Fel.',
          updatedAt: incident.updatedAt,
        });
        throw new Error('The write fails before it commits.');
      }),
    ).rejects.toThrow('fails before it commits');
    expect(await storedRollups(database())).toEqual(before);
  });

  it('stay exact when two coordinators take the same incident out of the count at once', async () => {
    // Two incidents in one cell, so that a double uncount shows as 0 instead of 1. On
    // PostgreSQL the two reviews run on two connections of the pool, truly side by side.
    const reported = await reportIncidents(deps, reporter, {
      events: [0, 1].map(() => ({
        point: pointAt(3) ?? undefined,
        occurredAt: '2027-01-10T10:00:00Z',
        categoryCode: 'littering',
        description: 'Skräp',
      })),
    });
    const [first, second] = reported.incidents;
    if (!first || !second) throw new Error('not reported');
    const outcomes = await Promise.allSettled([
      reviewIncident(deps, coordinator, first.id, { decision: 'archived', reason: 'Städat' }),
      reviewIncident(deps, coordinator, first.id, {
        decision: 'duplicate',
        duplicateOfId: second.id,
      }),
    ]);
    expect(outcomes.some((outcome) => outcome.status === 'fulfilled')).toBe(true);
    await expectRollupsExact();
  });

  it('are rebuilt from the incidents by rebuildRollups', async () => {
    const before = await storedRollups(database());
    await database()
      .db.deleteFrom('incident_daily_counts')
      .where('municipality_id', '=', huddinge.municipalityId)
      .execute();
    await database()
      .db.updateTable('incident_hourly_counts')
      .set({ count: 1_000 })
      .where('municipality_id', '=', huddinge.municipalityId)
      .execute();
    // The operator's command runs this use case: admins only, audited.
    await expect(
      rebuildRollups(deps, await huddinge.actor('administration', ['coordinator'])),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await rebuildRollups(deps, commandLineOperator(huddinge.municipalityId));
    expect(await storedRollups(database())).toEqual(before);
    expect(before.daily.length).toBeGreaterThan(0);
    const [entry] = await deps.store.audit.list(huddinge.municipalityId, {
      action: 'situation.rebuild_rollups',
      limit: 1,
    });
    expect(entry).toMatchObject({ outcome: 'success', entityId: huddinge.municipalityId });
  });

  it('are filled by the frozen migration that created them as a rebuild computes them', async () => {
    const before = await storedRollups(database());
    expect(before.hourly.length).toBeGreaterThan(0);
    const db = database().db as unknown as Kysely<unknown>;
    await createIncidentRollups.down(db);
    await createIncidentRollups.up(db);
    expect(await storedRollups(database())).toEqual(before);
  });
});
