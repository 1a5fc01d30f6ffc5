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
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import { demoPlan, seedContacts } from '../../demo/seed-plan.js';
import type { Deps } from '../../domain/deps.js';

interface Contact {
  id: string;
  displayName: string;
  organisationName: string;
}

describeEachDialect('the plan contacts API', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let huddinge: Huddinge;

  beforeAll(async () => {
    deps = testDeps(database(), { clock: testClock('2026-11-27T09:00:00.000Z') });
    huddinge = await seedHuddinge(deps);
    app = await buildTestApp(deps);
  });
  afterAll(() => app.close());

  it("lists a coordinator the municipality's active users by name and organisation, nothing more", async () => {
    const coordinator = await makeUser(deps, huddinge.organisations.administration, [
      'coordinator',
    ]);
    const police = await makeUser(deps, huddinge.organisations.police, ['reporter'], {
      displayName: 'Åsa Öberg',
      email: 'asa.oberg@polisen.example.se',
    });
    const disabled = await makeUser(deps, huddinge.organisations.social, ['caseworker'], {
      displayName: 'Slutat Person',
    });
    await deps.store.users.update(disabled.id, { disabledAt: '2026-01-01T00:00:00.000Z' });
    const invited = await makeUser(deps, huddinge.organisations.social, ['viewer'], {
      isInvited: true,
    });
    const elsewhere = await makeOrganisation(deps, (await makeMunicipality(deps, 'Annanby')).id);
    const stranger = await makeUser(deps, elsewhere, ['coordinator']);

    const client = await new TestClient(app).signIn(coordinator.email);
    const response = await client.get('/api/plan-contacts');
    expect(response.statusCode).toBe(200);
    const contacts = response.json() as Contact[];
    expect(contacts).toContainEqual({
      id: police.id,
      displayName: 'Åsa Öberg',
      organisationName: huddinge.organisations.police.name,
    });
    const ids = contacts.map((contact) => contact.id);
    expect(ids).toContain(coordinator.id);
    expect(ids).not.toContain(disabled.id);
    expect(ids).not.toContain(invited.id);
    expect(ids).not.toContain(stranger.id);
    expect(response.body).not.toContain('asa.oberg@');
    expect(response.body).not.toContain('roles');
    expect(Object.keys(contacts[0] ?? {}).sort()).toEqual([
      'displayName',
      'id',
      'organisationName',
    ]);
  });

  it('refuses roles that neither manage plans nor follow-up, the same as without the admin list', async () => {
    const analyst = await makeUser(deps, huddinge.organisations.administration, ['analyst']);
    const client = await new TestClient(app).signIn(analyst.email);
    const response = await client.get('/api/plan-contacts');
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await new TestClient(app).get('/api/plan-contacts')).statusCode).toBe(401);
  });

  it("names the seed's people as contacts of the demo measures their office carries out", async () => {
    const coordinator = await makeUser(deps, huddinge.organisations.administration, [
      'coordinator',
    ]);
    const client = await new TestClient(app).signIn(coordinator.email);
    const [plan] = (await client.get('/api/plans?status=expired')).json() as { id: string }[];
    const detail = (await client.get(`/api/plans/${plan?.id}`)).json() as {
      title: string;
      measures: { measure: string; contactPerson: string }[];
    };
    expect(detail.title).toBe(demoPlan.title);
    const contactOf = (start: string) =>
      detail.measures.find((measure) => measure.measure.startsWith(start))?.contactPerson;
    expect(contactOf('Operativ samverkansgrupp')).toBe(seedContacts.securityChief);
    expect(contactOf('Kartläggning av ungdomskriminaliteten')).toBe(seedContacts.caseOfficer);
    expect(contactOf('Trafikkontroller')).toBe('');
  });
});
