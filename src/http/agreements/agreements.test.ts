import { randomUUID } from 'node:crypto';
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
import type { Role } from '../../domain/access/roles.js';
import { maxDocumentBytes } from '../../domain/agreements/signed-document.js';
import type { Deps } from '../../domain/deps.js';

const pdf = Buffer.from('%PDF-1.4\n% Undertecknad\ntrailer <<>>\n%%EOF\n');

describeEachDialect('the agreements API', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: TestClient;
  let police: TestClient;
  let housing: TestClient;
  let stranger: TestClient;

  const signIn = async (organisation: keyof Huddinge['organisations'], role: Role) =>
    new TestClient(app).signIn(
      (await makeUser(deps, huddinge.organisations[organisation], [role])).email,
    );

  beforeAll(async () => {
    deps = testDeps(database(), { clock: testClock('2026-11-27T09:00:00.000Z') });
    huddinge = await seedHuddinge(deps);
    app = await buildTestApp(deps);
    coordinator = await signIn('administration', 'coordinator');
    police = await signIn('police', 'reporter');
    housing = await signIn('housing', 'reporter');
    const elsewhere = await makeOrganisation(deps, (await makeMunicipality(deps, 'Annanby')).id);
    stranger = await new TestClient(app).signIn((await makeUser(deps, elsewhere, ['admin'])).email);
  });
  afterAll(() => app.close());

  async function newAgreement() {
    const response = await coordinator.post('/api/agreements', {
      kind: 'citizen_promise',
      title: 'Medborgarlöfte 2027',
      validFrom: '2027-01-01',
      validUntil: '2027-12-31',
      signedOn: '2026-12-15',
      parties: [
        {
          organisationId: huddinge.organisations.police.id,
          signatoryTitle: 'Lokalpolisområdeschef',
          signatoryName: 'Anna Andersson',
        },
        { organisationId: huddinge.organisations.administration.id },
      ],
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; status: string };
  }

  it('records a promise, a commitment linked to a measure and its follow-up, and shows them', async () => {
    const agreement = await newAgreement();
    expect(agreement.status).toBe('upcoming');
    expect(JSON.stringify(agreement)).not.toContain('municipalityId');
    const measures = (await coordinator.get('/api/agreements/linkable-measures')).json() as {
      id: string;
      planTitle: string;
    }[];
    expect(measures.length).toBeGreaterThan(0);
    const commitment = await coordinator.post(`/api/agreements/${agreement.id}/commitments`, {
      text: 'Fler kontroller i Vårby',
      responsibleOrganisationId: huddinge.organisations.police.id,
      measureIds: [measures[0]?.id],
    });
    expect(commitment.statusCode, commitment.body).toBe(201);
    const { id: commitmentId } = commitment.json() as { id: string };
    const followUp = await coordinator.post(
      `/api/agreements/commitments/${commitmentId}/follow-ups`,
      {
        status: 'yellow',
        comment: 'Halvvägs',
        followedUpOn: '2027-06-30',
      },
    );
    expect(followUp.statusCode, followUp.body).toBe(201);
    const detail = await police.get(`/api/agreements/${agreement.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      title: 'Medborgarlöfte 2027',
      parties: [expect.objectContaining({ signatoryName: 'Anna Andersson' }), expect.anything()],
      commitments: [
        {
          text: 'Fler kontroller i Vårby',
          measures: [expect.objectContaining({ id: measures[0]?.id })],
          followUps: [expect.objectContaining({ status: 'yellow', comment: 'Halvvägs' })],
        },
      ],
      document: null,
    });
  });

  it('uploads the signed PDF and serves it to a party as a download', async () => {
    const agreement = await newAgreement();
    const upload = await coordinator.post(`/api/agreements/${agreement.id}/document`, {
      fileName: 'Medborgarlöfte 2027.pdf',
      contentBase64: pdf.toString('base64'),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const download = await police.get(`/api/agreements/${agreement.id}/document`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(
      "filename*=UTF-8''Medborgarl%C3%B6fte%202027.pdf",
    );
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await housing.get(`/api/agreements/${agreement.id}/document`)).statusCode).toBe(404);
  });

  it('refuses a file that is not a PDF, one over 10 MB and text that is not base64, with stable codes', async () => {
    const agreement = await newAgreement();
    const url = `/api/agreements/${agreement.id}/document`;
    const notPdf = await coordinator.post(url, {
      fileName: 'avtal.pdf',
      contentBase64: Buffer.from('<html>inte en pdf</html>').toString('base64'),
    });
    expect([notPdf.statusCode, notPdf.json()]).toEqual([
      400,
      expect.objectContaining({
        code: 'AGREEMENT_INVALID',
        details: { problems: [{ field: 'content', problem: 'file_not_pdf' }] },
      }),
    ]);
    const big = Buffer.alloc(maxDocumentBytes + 1);
    pdf.copy(big);
    const tooLarge = await coordinator.post(url, {
      fileName: 'stor.pdf',
      contentBase64: big.toString('base64'),
    });
    expect(tooLarge.statusCode).toBe(400);
    expect(tooLarge.json()).toMatchObject({
      details: { problems: [{ field: 'content', problem: 'file_too_large' }] },
    });
    const notBase64 = await coordinator.post(url, { fileName: 'a.pdf', contentBase64: '%PDF-$$' });
    expect([notBase64.statusCode, (notBase64.json() as { code: string }).code]).toEqual([
      400,
      'VALIDATION_FAILED',
    ]);
    expect(
      ((await coordinator.get(`/api/agreements/${agreement.id}`)).json() as { document: unknown })
        .document,
    ).toBeNull();
  });

  it('hides an agreement from a non-party and another municipality with the same 404 as a missing one', async () => {
    const agreement = await newAgreement();
    const missing = await housing.get(`/api/agreements/${randomUUID()}`);
    for (const client of [housing, stranger]) {
      const response = await client.get(`/api/agreements/${agreement.id}`);
      expect([response.statusCode, response.json()]).toEqual([404, missing.json()]);
    }
    const list = (await housing.get('/api/agreements')).json() as { id: string }[];
    expect(list.map((item) => item.id)).not.toContain(agreement.id);
    expect(
      (await police.post('/api/agreements', { kind: 'citizen_promise', title: 'X' })).statusCode,
    ).toBe(403);
  });

  it('refuses bad fields by path before any rule runs', async () => {
    const response = await coordinator.post('/api/agreements', {
      kind: 'treaty',
      title: 'Avtal',
      validFrom: '2027-02-30',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
