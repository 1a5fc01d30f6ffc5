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
import type { Deps } from '../../domain/deps.js';
import type { Organisation } from '../../domain/organisations/organisation.js';
import type {
  CompanyRecord,
  CompanyRegistry,
  RegistryLookup,
} from '../../domain/suppliers/company-registry.js';
import type {
  SanctionsScreening,
  ScreeningSubject,
} from '../../domain/suppliers/sanctions-screening.js';

/**
 * The registry and the sanctions lists behind their ports: small in-test implementations, as
 * the ports are the boundary (the real clients are tested against a real local server).
 */
const record: CompanyRecord = {
  organisationNumber: '5561234567',
  name: 'Nystart Bygg AB',
  legalForm: 'AB',
  registeredOn: '2026-06-01',
  status: 'active',
  statusSince: null,
  address: {
    careOf: 'Redovisning AB',
    street: 'Gatan 1',
    postalCode: '14130',
    city: 'Huddinge',
    country: 'se',
  },
  businessDescription: 'Bygg',
  officers: [{ name: 'Ivan Petrov', role: 'board_member', since: '2026-06-01' }],
  isFTaxRegistered: false,
  isVatRegistered: true,
  isEmployerRegistered: null,
  recentChanges: [{ date: '2026-09-01', kind: 'board_change' }],
  documents: null,
};

class TestRegistry implements CompanyRegistry {
  source = 'bolagsverket_api' as const;
  next: RegistryLookup = {
    outcome: 'found',
    record,
    raw: JSON.stringify({ organisationer: [record] }),
  };
  async lookUp(): Promise<RegistryLookup> {
    return this.next;
  }
}

class TestScreening implements SanctionsScreening {
  screened: ScreeningSubject[][] = [];
  async describeLists() {
    return [{ dataset: 'eu_fsf', entities: 3, loadedAt: '2026-11-20T00:00:00Z' }];
  }
  async screen(subjects: ScreeningSubject[]) {
    this.screened.push(subjects);
    return subjects
      .filter((subject) => subject.name.includes('Petrov'))
      .map((subject) => ({
        subjectKey: subject.key,
        entityId: 'NK-petrov',
        caption: 'Ivan PETROV',
        schema: 'Person',
        datasets: ['eu_fsf'],
        score: 0.93,
        features: [
          { feature: 'name_exact', weight: 0.93, detail: '"Ivan Petrov" = "Ivan PETROV"' },
        ],
      }));
  }
}

describeEachDialect('registry checks, sanctions screening and red flags', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let officer: TestClient;
  let supplierId: string;
  let administration: Organisation;
  const registry = new TestRegistry();
  const screening = new TestScreening();
  const checksOf = async () =>
    (await officer.get(`/api/suppliers/${supplierId}/checks`)).json() as {
      id: string;
      kind: string;
      result: string;
      matches: { id: string; subjectKey: string; review: unknown }[];
    }[];

  beforeAll(async () => {
    deps = testDeps(database(), {
      clock: testClock('2026-11-27T09:00:00.000Z'),
      companyRegistry: registry,
      sanctionsScreening: screening,
    });
    const municipality = await makeMunicipality(deps);
    administration = await makeOrganisation(deps, municipality.id);
    app = await buildTestApp(deps);
    officer = await new TestClient(app).signIn(
      (await makeUser(deps, administration, ['procurement'])).email,
    );
    const response = await officer.post('/api/suppliers', {
      organisationNumber: '556123-4567',
      name: 'Nystart Bygg AB',
    });
    supplierId = (response.json() as { id: string }).id;
  });
  afterAll(() => app.close());

  it('answers REGISTRY_NOT_CONFIGURED and SANCTIONS_NOT_CONFIGURED when neither is configured', async () => {
    const bare = await buildTestApp({
      ...deps,
      companyRegistry: undefined,
      sanctionsScreening: undefined,
    });
    const client = await new TestClient(bare).signIn(
      (await makeUser(deps, administration, ['procurement'])).email,
    );
    const lookup = await client.post(`/api/suppliers/${supplierId}/checks/registry`, {});
    expect([lookup.statusCode, (lookup.json() as { code: string }).code]).toEqual([
      409,
      'REGISTRY_NOT_CONFIGURED',
    ]);
    const screen = await client.post(`/api/suppliers/${supplierId}/checks/sanctions`, {});
    expect([screen.statusCode, (screen.json() as { code: string }).code]).toEqual([
      409,
      'SANCTIONS_NOT_CONFIGURED',
    ]);
    await bare.close();
  });

  it('records nothing when the registry is rate limited, and says how long to wait', async () => {
    registry.next = { outcome: 'failed', reason: 'REGISTRY_RATE_LIMITED', retryAfterSeconds: 42 };
    const response = await officer.post(`/api/suppliers/${supplierId}/checks/registry`, {});
    expect(response.statusCode).toBe(429);
    expect(response.headers['retry-after']).toBe('42');
    expect(response.json()).toMatchObject({
      code: 'REGISTRY_RATE_LIMITED',
      details: { retryAfterSeconds: 42 },
    });
    registry.next = { outcome: 'failed', reason: 'REGISTRY_TIMEOUT', retryAfterSeconds: null };
    const timeout = await officer.post(`/api/suppliers/${supplierId}/checks/registry`, {});
    expect([timeout.statusCode, (timeout.json() as { details: unknown }).details]).toEqual([
      504,
      { retryAfterSeconds: 30 },
    ]);
    expect(await checksOf()).toEqual([]);
  });

  it('records what the registry told, with its raw response as evidence', async () => {
    registry.next = { outcome: 'found', record, raw: JSON.stringify({ organisationer: [record] }) };
    const response = await officer.post(`/api/suppliers/${supplierId}/checks/registry`, {});
    expect(response.statusCode).toBe(201);
    const checks = response.json() as {
      kind: string;
      result: string;
      source: string;
      evidence: { id: string; contentType: string };
    }[];
    expect(checks.map((check) => [check.kind, check.result])).toEqual([
      ['company_registration', 'ok'],
      ['board_and_signatories', 'ok'],
      ['f_tax', 'failed'],
      ['vat', 'ok'],
    ]);
    expect(new Set(checks.map((check) => check.evidence.id)).size).toBe(1);
    const raw = await officer.get(`/api/supplier-evidence/${checks[0]!.evidence.id}`);
    expect(raw.headers['content-type']).toContain('application/json');
    expect(JSON.parse(raw.body)).toEqual({ organisationer: [record] });
  });

  it('screens the supplier, its board and owners, and stores each match with its features', async () => {
    await officer.patch(`/api/suppliers/${supplierId}`, {
      beneficialOwners: [
        { name: 'Olga Svensson', birthDate: '1970', identifier: null, countries: ['se'] },
      ],
    });
    const response = await officer.post(`/api/suppliers/${supplierId}/checks/sanctions`, {});
    expect(response.statusCode).toBe(201);
    expect(screening.screened.at(-1)?.map((subject) => subject.key)).toEqual([
      'supplier',
      'officer:0',
      'owner:0',
    ]);
    const check = response.json() as {
      result: string;
      matches: { id: string; subjectName: string; features: unknown[] }[];
    };
    expect(check.result).toBe('remark');
    expect(check.matches).toEqual([
      expect.objectContaining({ subjectName: 'Ivan Petrov', caption: 'Ivan PETROV', score: 0.93 }),
    ]);
    expect(check.matches[0]?.features).toHaveLength(1);
  });

  it('lists every red flag with its reason and an explained risk level', async () => {
    const risk = (await officer.get(`/api/suppliers/${supplierId}/risk`)).json() as {
      level: string;
      flags: { rule: string; level: string }[];
      basedOn: unknown;
    };
    expect(risk.level).toBe('high');
    expect(risk.flags.map((flag) => flag.rule)).toEqual([
      'sanctions_match',
      'missing_registration',
      'newly_registered',
      'recent_board_change',
      'box_or_care_of_address',
    ]);
    expect(risk.basedOn).toEqual({
      registryCheckedOn: '2026-11-27',
      sanctionsCheckedOn: '2026-11-27',
    });
  });

  it('remembers a reviewed false positive and does not raise it again while the subject is unchanged', async () => {
    const matchId = (await checksOf()).find((check) => check.kind === 'sanctions_screening')!
      .matches[0]!.id;
    const review = await officer.post(`/api/sanctions-matches/${matchId}/review`, {
      decision: 'false_positive',
      comment: 'Annan person: födelseår och medborgarskap skiljer sig.',
    });
    expect(review.statusCode).toBe(201);
    expect(review.json()).toMatchObject({ review: { decision: 'false_positive' } });
    const again = await officer.post(`/api/sanctions-matches/${matchId}/review`, {
      decision: 'confirmed_match',
      comment: 'x',
    });
    expect(again.json()).toMatchObject({ code: 'MATCH_ALREADY_REVIEWED' });
    const rescreened = (
      await officer.post(`/api/suppliers/${supplierId}/checks/sanctions`, {})
    ).json() as { result: string; matches: unknown[]; summary: string };
    expect(rescreened).toMatchObject({ result: 'ok', matches: [] });
    expect(rescreened.summary).toContain('1 tidigare bedömd som felaktig utelämnades');
    const risk = (await officer.get(`/api/suppliers/${supplierId}/risk`)).json() as {
      flags: { rule: string }[];
    };
    expect(risk.flags.map((flag) => flag.rule)).not.toContain('sanctions_match');
    // A beneficial owner with the same name is another subject: raised.
    await officer.patch(`/api/suppliers/${supplierId}`, {
      beneficialOwners: [
        { name: 'Ivan Petrov', birthDate: '1961', identifier: null, countries: ['ru'] },
      ],
    });
    const owner = (
      await officer.post(`/api/suppliers/${supplierId}/checks/sanctions`, {})
    ).json() as { matches: { subjectKey: string }[] };
    expect(owner.matches.map((match) => match.subjectKey)).toEqual(['owner:0']);
  });
});
