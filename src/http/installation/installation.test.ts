import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import type { Deps } from '../../domain/deps.js';

const botkyrka = {
  code: '0127',
  firstAdministrator: {
    email: 'forsta.admin@botkyrka.test',
    displayName: 'Första Administratör',
    organisationName: 'Kommunledningsförvaltningen',
  },
};

describeEachDialect('creating a municipality in the web app', (database) => {
  let deps: Deps;
  let app: FastifyInstance;
  let installationAdmin: TestClient;
  let municipalAdmin: TestClient;
  let installationAdminId: string;

  beforeAll(async () => {
    deps = testDeps(database(), { installationAdminEmails: ['Drift@Example.se'] });
    const home = await makeMunicipality(deps, 'Driftkommun');
    const organisation = await makeOrganisation(deps, home.id);
    installationAdminId = (
      await makeUser(deps, organisation, ['admin'], { email: 'drift@example.se' })
    ).id;
    const admin = await makeUser(deps, organisation, ['admin']);
    app = await buildTestApp(deps);
    installationAdmin = await new TestClient(app).signIn('drift@example.se');
    municipalAdmin = await new TestClient(app).signIn(admin.email);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers a municipal admin as if the page did not exist, and creates nothing', async () => {
    expect((await municipalAdmin.get('/api/installation')).json()).toEqual({
      isInstallationAdmin: false,
      municipalities: [],
    });
    const response = await municipalAdmin.post('/api/installation/municipalities', botkyrka);
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
    expect(await deps.store.municipalities.findByCode('0127')).toBeNull();
  });

  it('refuses a municipal admin a password link for the installation admin in the same municipality', async () => {
    const response = await municipalAdmin.post(`/api/users/${installationAdminId}/password-reset`);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('INSTALLATION_ADMIN_ACCOUNT');
  });

  it('refuses a kommunkod SCB does not have, and one that is not four digits', async () => {
    const unknown = await installationAdmin.post('/api/installation/municipalities', {
      ...botkyrka,
      code: '0999',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('MUNICIPALITY_CODE_UNKNOWN');
    const malformed = await installationAdmin.post('/api/installation/municipalities', {
      ...botkyrka,
      code: '127',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('VALIDATION_FAILED');
  });

  it('creates Botkyrka with its layers and an invitation its first administrator can accept, who then sees the checklist', async () => {
    const response = await installationAdmin.post('/api/installation/municipalities', botkyrka);
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created.municipality).toMatchObject({ code: '0127', name: 'Botkyrka' });
    expect(
      created.layers.map((layer: { name: string; districtCount: number }) => [
        layer.name,
        layer.districtCount,
      ]),
    ).toEqual([
      ['Distrikt', 4],
      ['Polisens utsatta områden 2023', 4],
    ]);
    expect(created.invitation.link).toMatch(/#/);

    const listed = (await installationAdmin.get('/api/installation')).json();
    expect(listed.isInstallationAdmin).toBe(true);
    expect(listed.municipalities.map((item: { code: string }) => item.code)).toContain('0127');

    const newcomer = new TestClient(app);
    const accepted = await newcomer.post('/api/invitations/accept', {
      token: String(created.invitation.link).split('#')[1],
      password: 'en lång lösenfras för botkyrka 2026',
    });
    expect(accepted.statusCode).toBe(200);
    await newcomer.signIn(botkyrka.firstAdministrator.email, 'en lång lösenfras för botkyrka 2026');
    const onboarding = (await newcomer.get('/api/municipality/onboarding')).json();
    expect(onboarding).toMatchObject({
      municipality: { code: '0127', name: 'Botkyrka' },
      hasBoundary: true,
      organisationCount: 1,
      userCount: 1,
      importCount: 0,
    });
    expect(onboarding.placeNameCount).toBeGreaterThan(0);
    const overview = (await newcomer.get('/api/municipality')).json();
    expect(overview.placeNameCount).toBe(onboarding.placeNameCount);
    expect(overview.districtLayers[0].source).toContain('Lantmäteriet');

    const again = await installationAdmin.post('/api/installation/municipalities', {
      ...botkyrka,
      firstAdministrator: { ...botkyrka.firstAdministrator, email: 'annan@botkyrka.test' },
    });
    expect(again.json().code).toBe('MUNICIPALITY_CODE_TAKEN');
  });

  it('creates nothing when the first administrator’s address is taken', async () => {
    const response = await installationAdmin.post('/api/installation/municipalities', {
      ...botkyrka,
      code: '0136',
      firstAdministrator: { ...botkyrka.firstAdministrator, email: 'drift@example.se' },
    });
    expect(response.json().code).toBe('EMAIL_ALREADY_IN_USE');
    expect(await deps.store.municipalities.findByCode('0136')).toBeNull();
  });
});
