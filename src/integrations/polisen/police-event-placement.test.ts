import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { expect, it } from 'vitest';
import { createTestDatabase, describeEachDialect } from '../../../test/support/databases.js';
import { testDeps } from '../../../test/support/factories.js';
import { seedHuddinge } from '../../../test/support/huddinge.js';
import { municipalityBoundary } from '../../demo/reference-data.js';
import { commandLineOperator, type Actor } from '../../domain/access/actor.js';
import type { Deps } from '../../domain/deps.js';
import type { Database } from '../../storage/db.js';
import { deleteDistrictLayer } from '../../domain/districts/delete-district-layer.js';
import { uploadDistrictLayer } from '../../domain/districts/upload-district-layer.js';
import { createMunicipality } from '../../domain/municipalities/create-municipality.js';
import type { PolygonGeometry } from '../../domain/municipalities/municipality.js';
import { findPoliceOrganisation } from '../../domain/organisations/find-police-organisation.js';
import { importPoliceEventsFile } from './import-police-events-file.js';

/**
 * Issue 13's measure: a new municipality, made through the ordinary use case, and the
 * archive's police events imported with their bodies: how many land in a district below the
 * municipality (an incident with at least one incident_districts row), whichever of the
 * district layer and the import came first. The layer is Lantmäteriet's distrikt of the
 * municipality (test/fixtures/places); a municipality that is given layers at creation is
 * measured with those too.
 */
const fixtures = join(import.meta.dirname, '../../../test/fixtures');
const events = JSON.parse(
  readFileSync(join(fixtures, 'polisen-events/events_stockholms_lan.json'), 'utf8'),
) as unknown;
const bodiesJsonl = readFileSync(
  join(fixtures, 'polisen-events/event_bodies_stockholms_lan.jsonl'),
  'utf8',
);
const distrikt = (code: string) =>
  JSON.parse(readFileSync(join(fixtures, `places/distrikt-${code}.geojson`), 'utf8')) as unknown;

/** The floors; Huddinge's is what the curated list placed before (74 of 280). */
const floors = { '0180': 0.55, '0127': 0.45, '0136': 0.4 } as const;

interface Measured {
  imported: number;
  placed: number;
  share: number;
  pointsInOtherMunicipalities: number;
}

describeEachDialect('placing the police archive in a new municipality', (_database, dialect) => {
  /** A fresh database: create the municipality, then the layer and the import in this order. */
  async function scenario(code: string, order: 'layer first' | 'import first') {
    const test = await createTestDatabase(dialect);
    try {
      const deps = testDeps(test.database);
      const reference = await municipalityBoundary(code);
      if (!reference) throw new Error(`no boundary for ${code}`);
      const municipality = await createMunicipality(deps, {
        code,
        name: reference.name,
        boundary: reference.boundary,
      });
      const actor = commandLineOperator(municipality.id);
      const given = await measureIn(test.database, actor.municipalityId, code);
      // Layers the municipality is given at creation are measured on their own first.
      const withGivenLayers =
        order === 'import first' ? await importAndMeasure(test.database, deps, actor, code) : given;
      const layers = await deps.store.municipalities.listDistrictLayers(actor.municipalityId);
      for (const layer of layers) await deleteDistrictLayer(deps, actor, layer.id);
      if (order === 'layer first') await uploadDistrikt(deps, actor, code);
      const imported = await importAndMeasure(test.database, deps, actor, code);
      if (order === 'import first') await uploadDistrikt(deps, actor, code);
      const placed = await measureIn(test.database, actor.municipalityId, code);
      return { withGivenLayers: layers.length > 0 ? withGivenLayers : null, imported, placed };
    } finally {
      await test.drop();
    }
  }

  /*
   * Before issue 13 the curated list placed 74 of Huddinge's 280 events, in the demo's
   * utsatta områden, counting an event that names two places in the area of either. Now
   * such an event counts only where every place it names lies (three of those 74 do not:
   * "i Kästa i Flemingsberg", "Skogås och Drevviksstrand", "Länna … Skogås"), and every
   * other place name with a point counts in the distrikt that holds it.
   */
  it('places more of Huddinge’s events than the curated list alone did (74 of 280)', async () => {
    const test = await createTestDatabase(dialect);
    try {
      const deps = testDeps(test.database);
      const huddinge = await seedHuddinge(deps);
      const actor = await huddinge.actor('administration', ['coordinator']);
      const asSeeded = await importAndMeasure(test.database, deps, actor, '0126');
      const layers = await deps.store.municipalities.listDistrictLayers(actor.municipalityId);
      // Until the demo is given its distrikt at creation, the test gives them.
      if (layers.length === 1) {
        await uploadDistrikt(deps, commandLineOperator(actor.municipalityId), '0126');
      }
      const withDistrikt = await measureIn(test.database, actor.municipalityId, '0126');
      console.log(`${dialect} 0126: ${JSON.stringify({ asSeeded, withDistrikt })}`);
      expect(asSeeded.placed).toBeGreaterThanOrEqual(71);
      expect(withDistrikt.placed).toBeGreaterThanOrEqual(74 * 2);
      expect(withDistrikt.pointsInOtherMunicipalities).toBe(0);
    } finally {
      await test.drop();
    }
  }, 600_000);

  for (const [code, floor] of Object.entries(floors)) {
    it(`places at least ${Math.round(floor * 100)} % of ${code}'s events in a district, whether the layer or the import came first`, async () => {
      const layerFirst = await scenario(code, 'layer first');
      const importFirst = await scenario(code, 'import first');
      console.log(`${dialect} ${code}: ${JSON.stringify({ layerFirst, importFirst })}`);
      expect(layerFirst.placed.imported).toBeGreaterThan(0);
      expect(layerFirst.placed.share).toBeGreaterThanOrEqual(floor);
      expect(layerFirst.placed.pointsInOtherMunicipalities).toBe(0);
      // Without a layer nothing lies below the municipality; the layer added later places them.
      expect(importFirst.imported.placed).toBe(0);
      expect(importFirst.placed).toEqual(layerFirst.placed);
      // Layers given at creation (issue 13) must reach the floor on their own.
      if (importFirst.withGivenLayers) {
        expect(importFirst.withGivenLayers.share).toBeGreaterThanOrEqual(floor);
      }
    }, 600_000);
  }
});

const uploadDistrikt = (deps: Deps, actor: Actor, code: string) =>
  uploadDistrictLayer(deps, actor, {
    name: 'Distrikt (test)',
    source: 'Lantmäteriet',
    geojson: distrikt(code),
    nameProperty: 'name',
    codeProperty: 'distriktskod',
    isSkippingBadFeatures: false,
  });

async function importAndMeasure(database: Database, deps: Deps, actor: Actor, code: string) {
  const { organisation } = await findPoliceOrganisation(deps, actor);
  const run = await importPoliceEventsFile(deps, actor, {
    events,
    bodiesJsonl,
    fileName: 'events_stockholms_lan.json',
    organisationId: organisation.id,
    isSkippingBadRows: false,
  });
  expect(run.status).toBe('completed');
  return measureIn(database, actor.municipalityId, code);
}

/**
 * The distrikt of the other measured municipalities (and Huddinge): Lantmäteriet's lines, so
 * that a place of Huddinge filed under Stockholm would show, where SCB's generalised map
 * would blame Stockholm's own Farsta strand.
 */
const otherMunicipalities = (code: string): PolygonGeometry[] =>
  ['0126', '0127', '0136', '0180']
    .filter((other) => other !== code)
    .flatMap((other) =>
      (distrikt(other) as { features: { geometry: PolygonGeometry }[] }).features.map(
        (feature) => feature.geometry,
      ),
    );

async function measureIn(
  database: Database,
  municipalityId: string,
  code: string,
): Promise<Measured> {
  const rows = await database.db
    .selectFrom('incidents')
    .select(['id', 'longitude', 'latitude'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('incident_districts')
            .select('incident_districts.incident_id')
            .whereRef('incident_districts.incident_id', '=', 'incidents.id'),
        )
        .as('is_placed'),
    )
    .where('municipality_id', '=', municipalityId)
    .execute();
  const placed = rows.filter((row) => Boolean(row.is_placed)).length;
  const others = otherMunicipalities(code);
  const pointsInOtherMunicipalities = rows.filter(
    (row) =>
      row.longitude !== null &&
      others.some((boundary) =>
        booleanPointInPolygon([Number(row.longitude), Number(row.latitude)], boundary),
      ),
  ).length;
  return {
    imported: rows.length,
    placed,
    share: placed / rows.length,
    pointsInOtherMunicipalities,
  };
}
