import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
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
import type { User } from '../../domain/accounts/user.js';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n').toString('base64');

describeEachDialect('suppliers, contracts, programmes and manual checks', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let officer: TestClient;
  let officerUser: User;
  let coordinator: TestClient;
  let elsewhere: TestClient;
  let supplierId: string;
  const clock = testClock('2026-11-27T09:00:00.000Z');

  const auditActions = async () =>
    (await database().db.selectFrom('audit_log').select('action').execute()).map(
      (row) => row.action,
    );
  const countRows = async (table: 'supplier_checks' | 'supplier_evidence') =>
    Number(
      (
        await database()
          .db.selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    deps = testDeps(database(), { clock });
    const municipality = await makeMunicipality(deps, 'Leverantörsköping');
    const administration = await makeOrganisation(deps, municipality.id);
    const other = await makeMunicipality(deps, 'Annanstad');
    app = await buildTestApp(deps);
    officerUser = await makeUser(deps, administration, ['procurement']);
    officer = await new TestClient(app).signIn(officerUser.email);
    coordinator = await new TestClient(app).signIn(
      (await makeUser(deps, administration, ['coordinator', 'admin'])).email,
    );
    const otherOrganisation = await makeOrganisation(deps, other.id);
    elsewhere = await new TestClient(app).signIn(
      (await makeUser(deps, otherOrganisation, ['procurement'])).email,
    );
  });
  afterAll(() => app.close());

  it('registers a supplier by a valid organisation number and shows its legal form', async () => {
    const response = await officer.post('/api/suppliers', {
      organisationNumber: '5566778899',
      name: 'Byggtjänst Söder AB',
      address: { careOf: null, street: 'Storgatan 1', postalCode: '141 30', city: 'Huddinge' },
    });
    expect(response.statusCode).toBe(201);
    const supplier = response.json() as Record<string, unknown>;
    expect(supplier).toMatchObject({
      organisationNumber: '556677-8899',
      vatNumber: 'SE556677889901',
      legalForm: 'limited_company',
      legalFormLabel: { sv: 'Aktiebolag' },
      isSoleTrader: false,
      beneficialOwners: [],
    });
    expect(supplier).not.toHaveProperty('municipalityId');
    supplierId = String(supplier.id);
  });

  it('calls a supplier with no check yet "not assessed", never low risk, in the list and its own risk', async () => {
    const response = await officer.post('/api/suppliers', {
      organisationNumber: '5560000001',
      name: 'Aldrig Kontrollerad AB',
      address: null,
    });
    expect(response.statusCode).toBe(201);
    const { id } = response.json() as { id: string };
    const risk = (await officer.get(`/api/suppliers/${id}/risk`)).json() as { level: string };
    expect(risk.level).toBe('unassessed');
    const listed = (await officer.get('/api/suppliers')).json() as {
      id: string;
      riskLevel: string;
    }[];
    expect(listed.find((item) => item.id === id)?.riskLevel).toBe('unassessed');
  });

  it('refuses a wrong check digit at its field and a number registered already', async () => {
    const wrong = await officer.post('/api/suppliers', {
      organisationNumber: '556677-8898',
      name: 'Fel AB',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      code: 'SUPPLIER_INVALID',
      details: { reason: 'checksum', issues: [{ path: ['body', 'organisationNumber'] }] },
    });
    const again = await officer.post('/api/suppliers', {
      organisationNumber: '556677-8899',
      name: 'Igen AB',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'SUPPLIER_EXISTS', details: { supplierId } });
  });

  it('keeps supplier data from other roles and other municipalities, with the same 404', async () => {
    expect((await coordinator.get('/api/suppliers')).statusCode).toBe(403);
    const mine = await officer.get(`/api/suppliers/${supplierId}`);
    const theirs = await elsewhere.get(`/api/suppliers/${supplierId}`);
    const missing = await officer.get('/api/suppliers/00000000-0000-4000-8000-000000000000');
    expect(mine.statusCode).toBe(200);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json()).toEqual(missing.json());
    expect((await elsewhere.get('/api/suppliers')).json()).toEqual([]);
  });

  it('records a contract with a programme whose first checks are due at award, and lists the overdue first', async () => {
    const subcontractor = await officer.post('/api/suppliers', {
      organisationNumber: '559321-4561',
      name: 'Underentreprenören AB',
    });
    const response = await officer.post('/api/contracts', {
      supplierId,
      procurementReference: 'UH-2026/14',
      title: 'Ombyggnad av Snättringeskolan',
      startsOn: '2026-10-01',
      endsOn: '2028-09-30',
      valueSek: 12_500_000,
      responsibleUnit: 'Upphandlingsenheten',
      responsibleOfficerUserId: officerUser.id,
      subcontractorIds: [(subcontractor.json() as { id: string }).id],
      programme: [
        { checkKind: 'f_tax', intervalMonths: 6, responsibleUserId: null },
        { checkKind: 'enforcement_debts', intervalMonths: 3 },
        { checkKind: 'company_registration', intervalMonths: null },
      ],
    });
    expect(response.statusCode).toBe(201);
    const detail = response.json() as {
      contract: { id: string };
      due: { checkKind: string; status: string; days: number; responsibleUserId: string }[];
    };
    expect(detail.due).toHaveLength(3);
    expect(detail.due[0]).toMatchObject({
      status: 'overdue',
      days: 57,
      responsibleUserId: officerUser.id,
    });
    const due = (await officer.get('/api/supplier-checks/due')).json() as { contractId: string }[];
    expect(due.map((item) => item.contractId)).toEqual([
      detail.contract.id,
      detail.contract.id,
      detail.contract.id,
    ]);
    const supplier = (
      await officer.get(`/api/suppliers/${(subcontractor.json() as { id: string }).id}`)
    ).json() as { subcontractorOf: unknown[] };
    expect(supplier.subcontractorOf).toHaveLength(1);
  });

  it('refuses a contract that ends before it starts, or names the supplier its own subcontractor', async () => {
    const base = {
      supplierId,
      procurementReference: 'X',
      title: 'X',
      valueSek: 1,
      responsibleUnit: 'X',
    };
    const backwards = await officer.post('/api/contracts', {
      ...base,
      startsOn: '2027-01-01',
      endsOn: '2026-01-01',
    });
    expect(backwards.json()).toMatchObject({
      code: 'CONTRACT_INVALID',
      details: { issues: [{ path: ['body', 'endsOn'] }] },
    });
    const own = await officer.post('/api/contracts', {
      ...base,
      startsOn: '2026-01-01',
      endsOn: '2027-01-01',
      subcontractorIds: [supplierId],
    });
    expect(own.statusCode).toBe(400);
    expect((await officer.get('/api/contracts')).json()).toHaveLength(1);
  });

  it('records a manual check with its extract, which moves the next due day and is downloadable (audited)', async () => {
    const response = await officer.post(`/api/suppliers/${supplierId}/checks`, {
      kind: 'f_tax',
      source: 'skatteverket',
      checkedOn: '2026-11-26',
      result: 'ok',
      summary: 'Godkänd för F-skatt enligt utdrag från Skatteverket.',
      evidence: { fileName: 'skatteverket-utdrag.pdf', contentBase64: pdf },
    });
    expect(response.statusCode).toBe(201);
    const check = response.json() as {
      evidence: { id: string; contentType: string; sizeBytes: number };
    };
    expect(check.evidence).toMatchObject({
      contentType: 'application/pdf',
      sizeBytes: Buffer.from(pdf, 'base64').length,
    });
    const due = (await officer.get('/api/supplier-checks/due')).json() as { checkKind: string }[];
    expect(due.map((item) => item.checkKind)).not.toContain('f_tax');
    const file = await officer.get(`/api/supplier-evidence/${check.evidence.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.toString('base64')).toBe(pdf);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['supplier.check.record', 'supplier.evidence.read']),
    );
    expect((await elsewhere.get(`/api/supplier-evidence/${check.evidence.id}`)).statusCode).toBe(
      404,
    );
  });

  it('names and types a downloaded extract by its bytes, whatever its uploader called it', async () => {
    const response = await officer.post(`/api/suppliers/${supplierId}/checks`, {
      kind: 'vat',
      source: 'skatteverket',
      checkedOn: '2026-11-26',
      result: 'ok',
      summary: 'Momsregistrerad.',
      evidence: { fileName: 'x.html', contentBase64: pdf },
    });
    expect(response.statusCode).toBe(201);
    const check = response.json() as { evidence: { id: string; fileName: string } };
    expect(check.evidence.fileName).toBe('x.pdf');
    const file = await officer.get(`/api/supplier-evidence/${check.evidence.id}`);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain('filename="evidence.pdf"');
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''x.pdf");
    expect(file.headers['content-disposition']).not.toContain('html');
  });

  it('refuses an extract that is not a document and writes nothing', async () => {
    const [checks, evidence] = [
      await countRows('supplier_checks'),
      await countRows('supplier_evidence'),
    ];
    const response = await officer.post(`/api/suppliers/${supplierId}/checks`, {
      kind: 'enforcement_debts',
      source: 'kronofogden',
      checkedOn: '2026-11-26',
      result: 'ok',
      summary: 'Inga skulder.',
      evidence: {
        fileName: 'utdrag.pdf',
        contentBase64: Buffer.from('<html>inte en pdf</html>').toString('base64'),
      },
    });
    expect(response.json()).toMatchObject({
      code: 'EVIDENCE_INVALID',
      details: { reason: 'type' },
    });
    const future = await officer.post(`/api/suppliers/${supplierId}/checks`, {
      kind: 'vat',
      source: 'skatteverket',
      checkedOn: '2026-12-24',
      result: 'ok',
      summary: 'x',
    });
    expect(future.json()).toMatchObject({ code: 'CHECK_INVALID' });
    expect([await countRows('supplier_checks'), await countRows('supplier_evidence')]).toEqual([
      checks,
      evidence,
    ]);
  });

  it('keeps the history: a new check adds to it, and the database refuses to change or remove one', async () => {
    await officer.post(`/api/suppliers/${supplierId}/checks`, {
      kind: 'f_tax',
      source: 'skatteverket',
      checkedOn: '2026-11-27',
      result: 'failed',
      summary: 'F-skatt återkallad.',
    });
    const history = (await officer.get(`/api/suppliers/${supplierId}/checks`)).json() as {
      kind: string;
      result: string;
    }[];
    expect(history.filter((item) => item.kind === 'f_tax').map((item) => item.result)).toEqual([
      'failed',
      'ok',
    ]);
    await expect(
      sql`update supplier_checks set result = 'ok'`.execute(database().db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from supplier_evidence`.execute(database().db)).rejects.toThrow(
      /append-only/,
    );
  });

  it('records decisions with notes, newest first, and shows the latest in the list', async () => {
    const first = await officer.post(`/api/suppliers/${supplierId}/decisions`, {
      decision: 'request_information',
      note: 'Begär nytt utdrag om F-skatt.',
    });
    expect(first.statusCode).toBe(201);
    clock.advanceMinutes(1);
    await officer.post(`/api/suppliers/${supplierId}/decisions`, {
      decision: 'terminate',
      note: 'F-skatt saknas: avtalet sägs upp.',
    });
    const decisionsResponse = await officer.get(`/api/suppliers/${supplierId}/decisions`);
    const decisions = decisionsResponse.json() as {
      decision: string;
    }[];
    expect(decisions.map((item) => item.decision)).toEqual(['terminate', 'request_information']);
    const list = (await officer.get('/api/suppliers?q=söder')).json() as {
      latestDecision: { decision: string };
      contractCount: number;
    }[];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ latestDecision: { decision: 'terminate' }, contractCount: 1 });
    const risk = (await officer.get(`/api/suppliers/${supplierId}/risk`)).json() as {
      level: string;
      flags: { rule: string }[];
    };
    expect(risk.level).toBe('high');
    expect(risk.flags.map((flag) => flag.rule)).toContain('missing_registration');
    // The list shows the same level, worked out in the one audited listing.
    const listed = (await officer.get('/api/suppliers')).json() as {
      id: string;
      riskLevel: string;
    }[];
    expect(listed.find((item) => item.id === supplierId)?.riskLevel).toBe('high');
  });
});
