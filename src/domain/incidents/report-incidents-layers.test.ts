import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  actorFor,
  commandLineOperator,
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../../test/support/factories.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { createDistrictLayer } from '../municipalities/create-district-layer.js';
import { defaultCategoriesFor } from './taxonomy.js';
import { reportIncidents } from './report-incidents.js';

/** A rectangle from (west, south) to (east, north), in WGS84. */
const box = (west: number, south: number, east: number, north: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
});

describeEachDialect('a report counts in every district layer', (database) => {
  let deps: Deps;
  let reporter: Actor;
  let category: string;
  let ids: Record<string, string>;
  let layerOf: Record<string, string>;

  beforeAll(async () => {
    deps = testDeps(database());
    const municipality = await makeMunicipality(deps);
    const categories = defaultCategoriesFor(municipality.id);
    await deps.store.taxonomy.createMany(categories);
    category = categories[0]?.code ?? '';
    const operator = commandLineOperator(municipality.id);
    const district = (name: string, geometry: ReturnType<typeof box>) => ({
      name,
      code: null,
      category: null,
      geometry,
    });
    // Distrikt A and B side by side cover the municipality; the utsatt område U lies inside B.
    await createDistrictLayer(deps, operator, {
      name: 'Distrikt',
      source: null,
      districts: [
        district('A', box(18.0, 59.0, 18.1, 59.1)),
        district('B', box(18.1, 59.0, 18.2, 59.1)),
      ],
    });
    await createDistrictLayer(deps, operator, {
      name: 'Utsatta områden',
      source: null,
      districts: [district('U', box(18.15, 59.05, 18.2, 59.1))],
    });
    const districts = await deps.store.municipalities.listDistricts(municipality.id);
    ids = Object.fromEntries(districts.map((item) => [item.name, item.id]));
    layerOf = Object.fromEntries(districts.map((item) => [item.id, item.layerId]));
    const organisation = await makeOrganisation(deps, municipality.id);
    reporter = actorFor(await makeUser(deps, organisation, ['reporter']));
  });

  it('places a report filed under an utsatt område in the distrikt it lies in too, so each layer adds up', async () => {
    const event = (place: {
      districtId?: string;
      point?: { longitude: number; latitude: number };
    }) => ({
      ...place,
      categoryCode: category,
      description: 'Krossad ruta.',
    });
    const { incidents } = await reportIncidents(deps, reporter, {
      events: [
        event({ districtId: ids['U'] }),
        event({ districtId: ids['A'] }),
        event({ districtId: ids['B'] }),
        // The point lies in A: the reporter's choice of B decides the Distrikt layer.
        event({ districtId: ids['B'], point: { longitude: 18.05, latitude: 59.05 } }),
      ],
    });
    const names = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
    expect(incidents.map((incident) => incident.districtIds.map((id) => names[id]).sort())).toEqual(
      [['B', 'U'], ['A'], ['B'], ['B']],
    );
    // Stored as returned: every incident is in exactly one district of the Distrikt layer.
    const rows = await database()
      .db.selectFrom('incident_districts')
      .select(['incident_id', 'district_id'])
      .where(
        'incident_id',
        'in',
        incidents.map((incident) => incident.id),
      )
      .execute();
    const distriktLayer = layerOf[ids['A'] ?? ''];
    const perIncident = new Map<string, number>();
    for (const row of rows) {
      if (layerOf[row.district_id] !== distriktLayer) continue;
      perIncident.set(row.incident_id, (perIncident.get(row.incident_id) ?? 0) + 1);
    }
    expect(incidents.map((incident) => perIncident.get(incident.id))).toEqual([1, 1, 1, 1]);
  });
});
