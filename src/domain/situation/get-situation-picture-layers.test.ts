import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  actorFor,
  commandLineOperator,
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testClock,
  testDeps,
} from '../../../test/support/factories.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { reportIncidents } from '../incidents/report-incidents.js';
import { defaultCategoriesFor } from '../incidents/taxonomy.js';
import { createDistrictLayer } from '../municipalities/create-district-layer.js';
import { getSituationPicture } from './get-situation-picture.js';

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

describeEachDialect(
  'the situation picture of a municipality with two district layers',
  (database) => {
    let deps: Deps;
    let viewer: Actor;
    let districtIds: Record<string, string>;
    let category: string;

    beforeAll(async () => {
      deps = testDeps(database(), { clock: testClock('2026-11-28T12:00:00Z') });
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
      // Distrikt A and B side by side; the utsatt område U lies inside B.
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
      districtIds = Object.fromEntries(
        (await deps.store.municipalities.listDistricts(municipality.id)).map((item) => [
          item.name,
          item.id,
        ]),
      );
      const organisation = await makeOrganisation(deps, municipality.id);
      const reporter = actorFor(await makeUser(deps, organisation, ['reporter']));
      viewer = actorFor(await makeUser(deps, organisation, ['viewer']));
      // Week 48: one in A, six in B outside U and three in U (so nine in B), ten in all.
      const at = (longitude: number, latitude: number, hour: number) => ({
        point: { longitude, latitude },
        occurredAt: `2026-11-25T${String(hour).padStart(2, '0')}:00:00Z`,
        categoryCode: category,
        description: 'Händelse vid centrum.',
      });
      await reportIncidents(deps, reporter, {
        events: [
          at(18.05, 59.05, 8),
          ...[9, 10, 11, 12, 13, 14].map((hour) => at(18.12, 59.02, hour)),
          ...[15, 16, 17].map((hour) => at(18.17, 59.07, hour)),
        ],
      });
    });

    it('never lets a district of another layer stand in for the cell that keeps a hidden one hidden', async () => {
      const picture = await getSituationPicture(deps, viewer, {
        periodKind: 'week',
        periodKey: '2026-W48',
        locale: 'sv',
      });
      const countOf = (districtId: string | null) =>
        picture.rows.find((row) => row.districtId === districtId && row.categoryCode === category)
          ?.count;
      expect(countOf(districtIds['A'] ?? '')).toBeNull();
      // Total minus B would give A back: one of them must be hidden (here B, the smaller).
      expect([countOf(null), countOf(districtIds['B'] ?? '')]).toEqual([10, null]);
      expect(countOf(districtIds['U'] ?? '')).toBe(3);
    });
  },
);
