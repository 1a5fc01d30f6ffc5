import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { makeMunicipality, makeOrganisation, testDeps } from '../../test/support/factories.js';
import type { Incident, LocationPrecision } from '../domain/incidents/incident.js';
import { defaultCategoriesFor } from '../domain/incidents/taxonomy.js';

describeEachDialect('the points of hot spots and the heat surface', (database) => {
  it('leave out points that are only a place name’s (a locality’s), keeping reported points', async () => {
    const deps = testDeps(database());
    const municipality = await makeMunicipality(deps);
    await deps.store.taxonomy.createMany(defaultCategoriesFor(municipality.id));
    const organisation = await makeOrganisation(deps, municipality.id);
    const incident = (precision: LocationPrecision, longitude: number): Incident => ({
      id: randomUUID(),
      municipalityId: municipality.id,
      reportId: null,
      occurredAt: '2026-11-20T10:00:00.000Z',
      occurredUntil: null,
      timePrecision: 'exact',
      reportedAt: '2026-11-20T10:05:00.000Z',
      location: {
        point: { longitude, latitude: 59.3 },
        address: null,
        chosenDistrictId: null,
        precision,
      },
      categoryCode: 'vandalism',
      severity: null,
      unsafety: null,
      description: '',
      personalDataKinds: [],
      peopleCount: null,
      organisationId: organisation.id,
      reporterUserId: null,
      source: 'police_events',
      sourceId: randomUUID(),
      sourceVersion: null,
      status: 'reviewed',
      duplicateOfId: null,
      archiveReason: null,
      textRemovedAt: null,
      createdAt: '2026-11-20T10:05:00.000Z',
      updatedAt: '2026-11-20T10:05:00.000Z',
      districtIds: [],
    });
    await deps.store.incidents.createMany([incident('point', 18.1), incident('place_name', 18.2)]);
    const points = await deps.store.earlyWarning.listPoints(
      municipality.id,
      '2026-11-01T00:00:00.000Z',
      '2026-12-01T00:00:00.000Z',
    );
    expect(points).toEqual([{ longitude: 18.1, latitude: 59.3 }]);
  });
});
