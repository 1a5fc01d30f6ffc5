import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testDeps } from '../../../test/support/factories.js';
import { municipalityBoundary } from '../../demo/reference-data.js';
import { commandLineOperator, type Actor } from '../../domain/access/actor.js';
import type { Deps } from '../../domain/deps.js';
import { deleteDistrictLayer } from '../../domain/districts/delete-district-layer.js';
import { replaceDistrictLayer } from '../../domain/districts/replace-district-layer.js';
import { uploadDistrictLayer } from '../../domain/districts/upload-district-layer.js';
import { createMunicipality } from '../../domain/municipalities/create-municipality.js';
import { findPoliceOrganisation } from '../../domain/organisations/find-police-organisation.js';
import { importPoliceEventsFile } from './import-police-events-file.js';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/polisen-events');
const archive = JSON.parse(
  readFileSync(join(fixtures, 'events_stockholms_lan.json'), 'utf8'),
) as Record<string, unknown>[];
const bodiesJsonl = readFileSync(join(fixtures, 'event_bodies_stockholms_lan.jsonl'), 'utf8');
const botkyrkaEvents = archive.filter((event) => String(event.name).endsWith(', Botkyrka'));

describeEachDialect('importing police events again', (database) => {
  let deps: Deps;
  let operator: Actor;
  let policeId: string;

  const run = (events: unknown, bodies: string | null) =>
    importPoliceEventsFile(deps, operator, {
      events,
      bodiesJsonl: bodies,
      fileName: 'events.json',
      organisationId: policeId,
      isSkippingBadRows: false,
    });
  const stored = (sourceId: string) =>
    database()
      .db.selectFrom('incidents')
      .select(['id', 'description', 'location_precision'])
      .where('source_id', '=', sourceId)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    deps = testDeps(database());
    const reference = await municipalityBoundary('0127');
    const botkyrka = await createMunicipality(deps, {
      code: '0127',
      name: 'Botkyrka',
      boundary: reference?.boundary ?? null,
    });
    operator = commandLineOperator(botkyrka.id);
  });

  it('makes the police organisation once, and finds it the next time', async () => {
    const first = await findPoliceOrganisation(deps, operator);
    expect(first).toMatchObject({
      isCreated: true,
      organisation: { name: 'Polismyndigheten', kind: 'police' },
    });
    const again = await findPoliceOrganisation(deps, operator);
    expect(again).toMatchObject({ organisation: { id: first.organisation.id }, isCreated: false });
    policeId = first.organisation.id;
  });

  it('updates the descriptions and places when the bodies come on a later run', async () => {
    const withoutBodies = await run(botkyrkaEvents, null);
    expect(withoutBodies.counts.inserted).toBeGreaterThan(200);
    // 622646's summary names no place; its body says Fittja ("Anlagd brand i en dörr till en bostad").
    const before = await stored('622646');
    expect(before.location_precision).toBe('municipality');

    const withBodies = await run(botkyrkaEvents, bodiesJsonl);
    expect(withBodies.counts.inserted).toBe(0);
    expect(withBodies.counts.updated).toBeGreaterThan(100);
    const after = await stored('622646');
    expect(after.id).toBe(before.id);
    expect(after.description.length).toBeGreaterThan(before.description.length);
    expect(after.location_precision).toBe('place_name');

    const again = await run(botkyrkaEvents, bodiesJsonl);
    expect(again.counts).toMatchObject({ inserted: 0, updated: 0 });
  });

  it('keeps the stored body of an event updated in a file without bodies', async () => {
    const before = await stored('622646');
    const changed = botkyrkaEvents.map((event) =>
      event.id === 622646 ? { ...event, datetime: '2026-08-30 9:00:00 +02:00' } : event,
    );
    const result = await run(changed, null);
    expect(result.counts).toMatchObject({ inserted: 0, updated: 1 });
    const after = await stored('622646');
    expect(after.description).toBe(before.description);
    expect(after.location_precision).toBe('place_name');
  });

  it('places events that name several places again when their layer is replaced or deleted', async () => {
    const geojson = JSON.parse(
      readFileSync(join(fixtures, '../places/distrikt-0127.geojson'), 'utf8'),
    ) as { features: { properties: { name: string } }[] };
    const layer = (prefix: string) => ({
      name: 'Distrikt',
      source: 'Lantmäteriet',
      geojson: {
        ...geojson,
        features: geojson.features.map((feature) => ({
          ...feature,
          properties: { name: `${prefix} ${feature.properties.name}` },
        })),
      },
      nameProperty: 'name',
      codeProperty: null,
      isSkippingBadFeatures: false,
    });
    const placed = async (precision: string) =>
      Number(
        (
          await database()
            .db.selectFrom('incidents')
            .innerJoin('incident_districts', 'incident_districts.incident_id', 'incidents.id')
            .where('incidents.location_precision', '=', precision)
            .select((eb) => eb.fn.count<number>('incidents.id').distinct().as('count'))
            .executeTakeFirstOrThrow()
        ).count,
      );
    const uploaded = await uploadDistrictLayer(deps, operator, layer('Distrikt'));
    const byPlaceName = await placed('place_name');
    // "Alby och Fittja": two places, no point, counted in the distrikt that holds both.
    const bySeveralPlaces = await placed('district');
    expect(byPlaceName).toBeGreaterThan(100);
    expect(bySeveralPlaces).toBeGreaterThan(0);

    // New names: nothing carries over by name; the events are placed again from their text.
    await replaceDistrictLayer(deps, operator, uploaded.layer.id, layer('Nytt'));
    expect(await placed('place_name')).toBe(byPlaceName);
    expect(await placed('district')).toBe(bySeveralPlaces);

    await deleteDistrictLayer(deps, operator, uploaded.layer.id);
    expect(await placed('place_name')).toBe(0);
    expect(await placed('district')).toBe(0);
  });
});
