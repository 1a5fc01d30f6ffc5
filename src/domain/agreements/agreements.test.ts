import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  actorFor,
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testClock,
  testDeps,
} from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import { demoAgreements } from '../../demo/seed-agreements.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { createPlan } from '../plans/create-plan.js';
import { saveMeasure } from '../plans/save-measure.js';
import { attachSignedDocument } from './attach-signed-document.js';
import { createAgreement } from './create-agreement.js';
import { downloadSignedDocument } from './download-signed-document.js';
import { getAgreement } from './get-agreement.js';
import { listAgreements } from './list-agreements.js';
import { listLinkableMeasures } from './list-linkable-measures.js';
import { recordCommitmentFollowUp } from './record-commitment-follow-up.js';
import { saveCommitment } from './save-commitment.js';
import { updateAgreement } from './update-agreement.js';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describeEachDialect('partnership agreements and citizen promises', (database) => {
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: Actor;
  let viewer: Actor;
  let policeReporter: Actor;
  let housingReporter: Actor;

  beforeAll(async () => {
    deps = testDeps(database(), { clock: testClock('2026-11-27T09:00:00.000Z') });
    huddinge = await seedHuddinge(deps);
    coordinator = await huddinge.actor('administration', ['coordinator']);
    viewer = await huddinge.actor('administration', ['viewer']);
    policeReporter = await huddinge.actor('police', ['reporter']);
    housingReporter = await huddinge.actor('housing', ['reporter']);
  });

  const newAgreement = (partyIds: string[], title = 'Samverkansöverenskommelse 2027') =>
    createAgreement(deps, coordinator, {
      kind: 'partnership_agreement',
      title,
      validFrom: '2027-01-01',
      validUntil: '2028-12-31',
      parties: partyIds.map((organisationId) => ({
        organisationId,
        signatoryName: 'Namn Namnsson',
        signatoryTitle: 'Ordförande',
      })),
    });

  it("seeds Huddinge's 2015 agreement and this year's citizen promise, linked to the plan's measures", async () => {
    const agreements = await listAgreements(deps, viewer);
    const partnership = agreements.find((item) => item.title === demoAgreements.partnership);
    const promise = agreements.find(
      (item) => item.title === `${demoAgreements.promisePrefix} 2026`,
    );
    expect(partnership).toMatchObject({
      status: 'active',
      signedOn: '2015-10-12',
      validUntil: null,
    });
    expect(partnership?.parties.map((party) => party.organisationName)).toEqual([
      'Kommunstyrelsens förvaltning',
      'Lokalpolisområde Huddinge',
      'Södertörns brandförsvarsförbund',
    ]);
    const detail = await getAgreement(deps, viewer, promise?.id ?? '');
    expect(detail.status).toBe('active');
    expect(detail.commitments).toHaveLength(2);
    expect(detail.commitments[0]?.measures.map((measure) => measure.measure)).toEqual([
      'Trafikkontroller och tillsyn i de berörda områdena',
    ]);
    expect(detail.commitments[0]?.followUps.map((followUp) => followUp.status)).toEqual(['yellow']);
  });

  it('records an agreement as a draft, then active once signed, with commitments and an appended follow-up history', async () => {
    const { police, administration } = huddinge.organisations;
    const agreement = await newAgreement([administration.id, police.id]);
    expect(agreement).toMatchObject({ status: 'draft', hasDocument: false });
    const signed = await updateAgreement(deps, coordinator, agreement.id, {
      signedOn: '2026-11-20',
      validFrom: '2026-11-20',
    });
    expect(signed.status).toBe('active');
    const [measure] = await listLinkableMeasures(deps, coordinator);
    const commitment = await saveCommitment(deps, coordinator, agreement.id, null, {
      text: 'Trygghetsvandringar i Skogås varje kvartal',
      responsibleOrganisationId: police.id,
      measureIds: [measure?.id ?? ''],
    });
    await recordCommitmentFollowUp(deps, coordinator, commitment.id, {
      status: 'red',
      comment: 'Ingen vandring i kvartal 3.',
      followedUpOn: '2026-10-01',
    });
    await recordCommitmentFollowUp(deps, coordinator, commitment.id, { status: 'green' });
    const detail = await getAgreement(deps, coordinator, agreement.id);
    expect(detail.commitments[0]).toMatchObject({
      text: 'Trygghetsvandringar i Skogås varje kvartal',
      measures: [expect.objectContaining({ id: measure?.id })],
    });
    expect(
      detail.commitments[0]?.followUps.map((item) => [
        item.followedUpOn,
        item.status,
        item.comment,
      ]),
    ).toEqual([
      ['2026-10-01', 'red', 'Ingen vandring i kvartal 3.'],
      ['2026-11-27', 'green', ''],
    ]);
    expect(detail.commitments[0]?.followUps[0]?.recordedByName).toBe('Testa Testsson');
    const [entry] = await deps.store.audit.list(huddinge.municipalityId, {
      action: 'agreement.follow_up.record',
      limit: 1,
    });
    expect(entry).toMatchObject({ entityId: commitment.id, actorUserId: coordinator.userId });
  });

  it("refuses another municipality's organisation and measure, a repeated party, a reversed period and a responsible non-party, by field, saving nothing", async () => {
    const elsewhere = await makeOrganisation(deps, (await makeMunicipality(deps, 'Annanby')).id);
    const { police, administration, housing } = huddinge.organisations;
    const before = (await listAgreements(deps, coordinator)).length;
    await expect(
      createAgreement(deps, coordinator, {
        kind: 'citizen_promise',
        title: ' ',
        validFrom: '2027-01-01',
        validUntil: '2026-12-31',
        parties: [
          { organisationId: elsewhere.id },
          { organisationId: police.id },
          { organisationId: police.id },
        ],
      }),
    ).rejects.toMatchObject({
      code: 'AGREEMENT_INVALID',
      details: {
        problems: [
          { field: 'title', problem: 'required' },
          { field: 'validUntil', problem: 'ends_before_start' },
          { field: 'parties.0.organisationId', problem: 'organisation_unknown' },
          { field: 'parties.2.organisationId', problem: 'party_repeated' },
        ],
      },
    });
    expect(await listAgreements(deps, coordinator)).toHaveLength(before);

    const strangerActor = actorFor(await makeUser(deps, elsewhere, ['coordinator']));
    const foreignPlan = await createPlan(deps, strangerActor, {
      title: 'Annanbys plan',
      kind: 'action_plan',
      owner: 'KSF',
    });
    const foreignMeasure = await saveMeasure(deps, strangerActor, foreignPlan.id, null, {
      measure: 'Annanbys åtgärd',
    });
    const agreement = await newAgreement([administration.id, police.id]);
    await expect(
      saveCommitment(deps, coordinator, agreement.id, null, {
        text: 'Löfte',
        responsibleOrganisationId: housing.id,
        measureIds: [foreignMeasure.id],
      }),
    ).rejects.toMatchObject({
      details: {
        problems: [
          { field: 'responsibleOrganisationId', problem: 'responsible_not_party' },
          { field: 'measureIds', problem: 'measure_unknown' },
        ],
      },
    });
    expect((await getAgreement(deps, coordinator, agreement.id)).commitments).toEqual([]);
    await expect(getAgreement(deps, strangerActor, agreement.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('shows a partner only the agreements its organisation is party to, and the same "not found" for the rest', async () => {
    const { housing, administration } = huddinge.organisations;
    const housingAgreement = await newAgreement([administration.id, housing.id], 'Med Huge');
    const policeTitles = (await listAgreements(deps, policeReporter)).map((item) => item.title);
    expect(policeTitles).toContain(demoAgreements.partnership);
    expect(policeTitles).not.toContain('Med Huge');
    expect((await listAgreements(deps, housingReporter)).map((item) => item.title)).toEqual([
      'Med Huge',
    ]);
    await expect(getAgreement(deps, policeReporter, housingAgreement.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await getAgreement(deps, housingReporter, housingAgreement.id)).title).toBe('Med Huge');
    await expect(
      saveCommitment(deps, housingReporter, housingAgreement.id, null, { text: 'Mitt löfte' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps the signed PDF, refuses other files, and lets a party download it with an audit entry', async () => {
    const { police, administration } = huddinge.organisations;
    const agreement = await newAgreement([administration.id, police.id]);
    await expect(
      attachSignedDocument(deps, coordinator, agreement.id, {
        fileName: 'avtal.pdf',
        content: Buffer.from('PK\u0003\u0004'),
      }),
    ).rejects.toMatchObject({
      code: 'AGREEMENT_INVALID',
      details: { problems: [{ field: 'content', problem: 'file_not_pdf' }] },
    });
    await expect(downloadSignedDocument(deps, coordinator, agreement.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const info = await attachSignedDocument(deps, coordinator, agreement.id, {
      fileName: 'Undertecknad överenskommelse.pdf',
      content: pdf,
    });
    expect(info).toMatchObject({
      fileName: 'Undertecknad överenskommelse.pdf',
      sizeBytes: pdf.length,
    });
    const downloaded = await downloadSignedDocument(deps, policeReporter, agreement.id);
    expect(Buffer.from(downloaded.content).equals(pdf)).toBe(true);
    const [entry] = await deps.store.audit.list(huddinge.municipalityId, {
      action: 'agreement.document.download',
      limit: 1,
    });
    expect(entry).toMatchObject({ entityId: agreement.id, actorUserId: policeReporter.userId });
    await expect(downloadSignedDocument(deps, housingReporter, agreement.id)).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
    expect((await getAgreement(deps, viewer, agreement.id)).hasDocument).toBe(true);
  });
});
