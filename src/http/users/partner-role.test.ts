import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  actorFor,
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import { createAgreement } from '../../domain/agreements/create-agreement.js';
import type { Deps } from '../../domain/deps.js';
import { defaultCategoriesFor } from '../../domain/incidents/taxonomy.js';
import { createDistrictLayer } from '../../domain/municipalities/create-district-layer.js';
import { commandLineOperator } from '../../../test/support/factories.js';
import { createMeeting } from '../../domain/meetings/create-meeting.js';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [18.0, 59.3],
      [18.1, 59.3],
      [18.1, 59.4],
      [18.0, 59.3],
    ],
  ],
};

describeEachDialect('the partner role', (database) => {
  let app: FastifyInstance;
  let deps: Deps;

  beforeAll(async () => {
    deps = testDeps(database());
    app = await buildTestApp(deps);
  });
  afterAll(() => app.close());

  it('lets a police partner take part in the meeting it is a member of and read the agreement its organisation is party to, and nothing else', async () => {
    const municipality = await makeMunicipality(deps);
    const administration = await makeOrganisation(deps, municipality.id);
    const police = await makeOrganisation(deps, municipality.id, { kind: 'police' });
    const housing = await makeOrganisation(deps, municipality.id, { kind: 'housing_company' });
    await deps.store.taxonomy.createMany(defaultCategoriesFor(municipality.id));
    await createDistrictLayer(deps, commandLineOperator(municipality.id), {
      name: 'Kommundelar',
      source: null,
      districts: [{ name: 'Centrum', code: null, category: null, geometry: square }],
    });
    const coordinator = actorFor(await makeUser(deps, administration, ['coordinator']));
    const officer = await makeUser(deps, police, ['partner']);
    const tenantHost = await makeUser(deps, housing, ['partner']);
    const meeting = await createMeeting(deps, coordinator, {
      title: 'OSG december',
      startsAt: '2026-12-10T08:00:00.000Z',
      durationMinutes: 60,
      memberUserIds: [officer.id],
    });
    const agreement = await createAgreement(deps, coordinator, {
      kind: 'partnership_agreement',
      title: 'Samverkan mot brott',
      validFrom: '2027-01-01',
      validUntil: '2028-12-31',
      parties: [{ organisationId: police.id, signatoryName: 'Polis', signatoryTitle: 'Chef' }],
    });

    const partner = await new TestClient(app).signIn(officer.email);
    expect((await partner.get(`/api/meetings/${meeting.id}`)).statusCode).toBe(200);
    expect((await partner.get(`/api/agreements/${agreement.id}`)).statusCode).toBe(200);
    expect((await partner.get('/api/situation?period=week&key=2026-W49')).statusCode).toBe(200);
    const reported = await partner.post('/api/reports', {
      events: [
        {
          districtId: (await deps.store.municipalities.listDistricts(municipality.id))[0]?.id,
          categoryCode: 'littering',
          description: 'Nedskräpning vid busshållplatsen.',
        },
      ],
    });
    expect(reported.statusCode).toBe(201);
    expect((await partner.get('/api/incidents')).json().incidents).toHaveLength(1);
    for (const refused of [
      '/api/plans',
      '/api/efforts',
      '/api/signals/counts?period=week&key=2026-W49',
    ])
      expect((await partner.get(refused)).statusCode).toBe(403);

    // A partner of an organisation that is no party, and no member, finds neither.
    const other = await new TestClient(app).signIn(tenantHost.email);
    expect((await other.get(`/api/meetings/${meeting.id}`)).statusCode).toBe(404);
    expect((await other.get(`/api/agreements/${agreement.id}`)).statusCode).toBe(404);
  });
});
