import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testClock,
  testDeps,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import { personnummerFor } from '../../../test/support/interventions.js';
import type { Deps } from '../../domain/deps.js';
import type { User } from '../../domain/accounts/user.js';

/**
 * The "done when" of issue 14 through the API: a SIG case for a synthetic minor with the
 * guardian's consent, a plan with two interventions, a disclosure to the police the consent
 * covers and one to the school it does not; a caseworker who is not assigned, nödåtkomst, the
 * owner's review list; the coordinator's suppressed aggregates.
 */
describeEachDialect('the individual interventions API', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let users: Record<'owner' | 'assigned' | 'colleague' | 'coordinator', User>;
  const clients = {} as Record<keyof typeof users | 'partner' | 'stranger', TestClient>;
  let programmeId = '';
  let caseId = '';
  const number = personnummerFor('20110512', '382');

  beforeAll(async () => {
    deps = testDeps(database(), { clock: testClock('2026-03-02T09:00:00.000Z') });
    const municipality = await makeMunicipality(deps, 'Huddinge');
    const socialServices = await makeOrganisation(deps, municipality.id, {
      name: 'Socialförvaltningen',
    });
    const police = await makeOrganisation(deps, municipality.id, {
      kind: 'police',
      name: 'Polisen',
    });
    users = {
      owner: await makeUser(deps, socialServices, ['caseworker'], { displayName: 'Enhetschef' }),
      assigned: await makeUser(deps, socialServices, ['caseworker']),
      colleague: await makeUser(deps, socialServices, ['caseworker'], { displayName: 'Kollega' }),
      coordinator: await makeUser(deps, socialServices, ['coordinator']),
    };
    app = await buildTestApp(deps);
    for (const [name, user] of Object.entries(users)) {
      clients[name as keyof typeof users] = await new TestClient(app).signIn(user.email);
    }
    clients.partner = await new TestClient(app).signIn(
      (await makeUser(deps, police, ['reporter'])).email,
    );
    const elsewhere = await makeOrganisation(deps, (await makeMunicipality(deps, 'Annanby')).id);
    clients.stranger = await new TestClient(app).signIn(
      (await makeUser(deps, elsewhere, ['caseworker'])).email,
    );
  });
  afterAll(() => app.close());

  it('lets a coordinator set up SIG with its owner, and refuses a dormant team without restart date', async () => {
    const created = await clients.coordinator.post('/api/intervention-programmes', {
      kind: 'sig',
      name: 'SIG Huddinge',
      ownerUserId: users.owner.id,
      startsOn: '2015-01-01',
    });
    expect(created.statusCode).toBe(201);
    programmeId = created.json().id;
    const dormant = await clients.coordinator.post('/api/intervention-programmes', {
      kind: 'team',
      name: 'Samkraft Förskola',
      schoolLevel: 'preschool',
      status: 'dormant',
    });
    expect(dormant.statusCode).toBe(400);
    expect(dormant.json()).toMatchObject({
      code: 'PROGRAMME_INVALID',
      details: { problems: { plannedRestartOn: 'required_when_dormant' } },
    });
  });

  it('opens a case for a minor, writes a plan with two interventions and refuses a disclosure the consent does not cover', async () => {
    const opened = await clients.assigned.post('/api/intervention-cases', {
      programmeId,
      identity: {
        kind: 'personnummer',
        number,
        name: 'Syntetisk Ungdom',
        guardians: [{ name: 'Syntetisk Förälder' }],
      },
      ageGroup: '15_17',
    });
    expect(opened.statusCode).toBe(201);
    caseId = opened.json().id;
    for (const givenBy of ['participant', 'guardian']) {
      const consent = await clients.assigned.post(`/api/intervention-cases/${caseId}/consents`, {
        agency: 'police',
        givenBy,
        givenOn: '2026-03-01',
      });
      expect(consent.statusCode).toBe(201);
    }
    for (const [text, followUpOn] of [
      ['Kontaktperson varje vecka', '2026-03-09'],
      ['Sommarjobb via arbetsmarknadsenheten', '2026-05-01'],
    ]) {
      const item = await clients.assigned.post(`/api/intervention-cases/${caseId}/plan-items`, {
        kind: 'intervention',
        text,
        responsible: 'Socialtjänsten',
        dueOn: '2026-06-30',
        followUpOn,
      });
      expect(item.statusCode).toBe(200);
    }
    const toPolice = await clients.assigned.post(`/api/intervention-cases/${caseId}/disclosures`, {
      recipientAgency: 'police',
      legalGround: 'consent',
      what: 'Planens insatser',
    });
    expect(toPolice.statusCode).toBe(201);
    const toSchool = await clients.assigned.post(`/api/intervention-cases/${caseId}/disclosures`, {
      recipientAgency: 'school',
      legalGround: 'consent',
      what: 'Planens insatser',
    });
    expect(toSchool.statusCode).toBe(409);
    expect(toSchool.json().code).toBe('CONSENT_NOT_COVERING');
    const read = (await clients.assigned.get(`/api/intervention-cases/${caseId}`)).json();
    expect(read.planItems).toHaveLength(2);
    expect(read.disclosures).toHaveLength(1);
  });

  it('hides the case from an unassigned caseworker, a partner and another municipality until nödåtkomst', async () => {
    const missing = await clients.colleague.get(`/api/intervention-cases/${crypto.randomUUID()}`);
    const hidden = await clients.colleague.get(`/api/intervention-cases/${caseId}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toEqual(missing.json());
    expect((await clients.stranger.get(`/api/intervention-cases/${caseId}`)).statusCode).toBe(404);
    expect((await clients.partner.get(`/api/intervention-cases/${caseId}`)).statusCode).toBe(403);
    const partnerList = await clients.partner.get('/api/intervention-programmes');
    expect(partnerList.body).not.toContain(caseId);

    const access = await clients.colleague.post(
      `/api/intervention-cases/${caseId}/emergency-access`,
      {
        reason: 'Ordinarie handläggare är på semester',
      },
    );
    expect(access.statusCode).toBe(201);
    const opened = await clients.colleague.get(`/api/intervention-cases/${caseId}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.json().via).toBe('emergency_access');

    const reviews = (await clients.owner.get('/api/intervention-reviews')).json();
    expect(reviews).toMatchObject([
      { caseId, userDisplayName: 'Kollega', reason: 'Ordinarie handläggare är på semester' },
    ]);
    const log = (await clients.owner.get(`/api/intervention-cases/${caseId}/access-log`)).json();
    expect(log.filter((entry: { via: string }) => entry.via === 'emergency_access')).toHaveLength(
      1,
    );
  });

  it("gives the coordinator the programme's aggregates with the small counts suppressed, and the caseworker the due follow-up", async () => {
    const programmes = (await clients.coordinator.get('/api/intervention-programmes')).json();
    const sig = programmes.find((programme: { id: string }) => programme.id === programmeId);
    expect(sig.aggregates.participants).toEqual({ value: null, isSuppressed: true });
    expect(JSON.stringify(programmes)).not.toContain('Syntetisk');
    expect((await clients.coordinator.get(`/api/intervention-cases/${caseId}`)).statusCode).toBe(
      403,
    );
  });
});
