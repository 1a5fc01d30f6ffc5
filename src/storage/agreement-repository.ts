import type { Kysely, Selectable } from 'kysely';
import type {
  Agreement,
  AgreementDocument,
  AgreementDocumentInfo,
  AgreementFilter,
  AgreementParty,
  Commitment,
  CommitmentFollowUp,
  LinkedMeasure,
} from '../domain/agreements/agreement.js';
import type { AgreementRepository } from '../domain/agreements/agreement-repository.js';
import type { AgreementTable, Tables } from './tables.js';

/** The repository of partnership agreements and citizen promises: queries only. */
export function createAgreementRepository(db: Kysely<Tables>): AgreementRepository {
  async function partiesOf(
    agreementIds: readonly string[],
  ): Promise<Map<string, AgreementParty[]>> {
    const byAgreement = new Map<string, AgreementParty[]>();
    if (agreementIds.length === 0) return byAgreement;
    const rows = await db
      .selectFrom('agreement_parties')
      .innerJoin('organisations', 'organisations.id', 'agreement_parties.organisation_id')
      .select([
        'agreement_parties.agreement_id',
        'agreement_parties.organisation_id',
        'organisations.name',
        'agreement_parties.signatory_name',
        'agreement_parties.signatory_title',
      ])
      .where('agreement_parties.agreement_id', 'in', agreementIds)
      .orderBy('agreement_parties.position')
      .execute();
    for (const row of rows) {
      const list = byAgreement.get(row.agreement_id) ?? [];
      list.push({
        organisationId: row.organisation_id,
        organisationName: row.name,
        signatoryName: row.signatory_name,
        signatoryTitle: row.signatory_title,
      });
      byAgreement.set(row.agreement_id, list);
    }
    return byAgreement;
  }

  async function withParties(rows: Selectable<AgreementTable>[]): Promise<Agreement[]> {
    const parties = await partiesOf(rows.map((row) => row.id));
    return rows.map((row) => ({
      id: row.id,
      municipalityId: row.municipality_id,
      kind: row.kind as Agreement['kind'],
      title: row.title,
      summary: row.summary,
      validFrom: row.valid_from,
      validUntil: row.valid_until,
      signedOn: row.signed_on,
      parties: parties.get(row.id) ?? [],
      createdByUserId: row.created_by_user_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  }

  const documentInfoColumns = [
    'file_name',
    'size_bytes',
    'sha256',
    'uploaded_by_user_id',
    'uploaded_at',
  ] as const;
  const toInfo = (row: {
    file_name: string;
    size_bytes: number;
    sha256: string;
    uploaded_by_user_id: string | null;
    uploaded_at: string;
  }): AgreementDocumentInfo => ({
    fileName: row.file_name,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    uploadedByUserId: row.uploaded_by_user_id,
    uploadedAt: row.uploaded_at,
  });

  const measureQuery = (municipalityId: string) =>
    db
      .selectFrom('plan_measures')
      .innerJoin('plans', 'plans.id', 'plan_measures.plan_id')
      .select([
        'plan_measures.id',
        'plan_measures.plan_id',
        'plans.title',
        'plans.version',
        'plan_measures.measure',
      ])
      .where('plan_measures.municipality_id', '=', municipalityId)
      .where('plans.municipality_id', '=', municipalityId);
  const toMeasure = (row: {
    id: string;
    plan_id: string;
    title: string;
    version: number;
    measure: string;
  }): LinkedMeasure => ({
    id: row.id,
    planId: row.plan_id,
    planTitle: Number(row.version) > 1 ? `${row.title} (v${Number(row.version)})` : row.title,
    measure: row.measure,
  });

  return {
    async save(agreement) {
      const row = {
        municipality_id: agreement.municipalityId,
        kind: agreement.kind,
        title: agreement.title,
        summary: agreement.summary,
        valid_from: agreement.validFrom,
        valid_until: agreement.validUntil,
        signed_on: agreement.signedOn,
        updated_at: agreement.updatedAt,
      };
      const updated = await db
        .updateTable('agreements')
        .set(row)
        .where('id', '=', agreement.id)
        .where('municipality_id', '=', agreement.municipalityId)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0)
        await db
          .insertInto('agreements')
          .values({
            ...row,
            id: agreement.id,
            created_by_user_id: agreement.createdByUserId,
            created_at: agreement.createdAt,
          })
          .execute();
      await db.deleteFrom('agreement_parties').where('agreement_id', '=', agreement.id).execute();
      if (agreement.parties.length > 0)
        await db
          .insertInto('agreement_parties')
          .values(
            agreement.parties.map((party, position) => ({
              agreement_id: agreement.id,
              organisation_id: party.organisationId,
              signatory_name: party.signatoryName,
              signatory_title: party.signatoryTitle,
              position,
            })),
          )
          .execute();
    },

    async find(municipalityId, id) {
      const row = await db
        .selectFrom('agreements')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? ((await withParties([row]))[0] ?? null) : null;
    },

    async list(municipalityId, filter: AgreementFilter) {
      let query = db
        .selectFrom('agreements')
        .selectAll()
        .where('municipality_id', '=', municipalityId);
      if (filter.kind) query = query.where('kind', '=', filter.kind);
      if (filter.partyOrganisationId) {
        const organisationId = filter.partyOrganisationId;
        query = query.where('id', 'in', (sub) =>
          sub
            .selectFrom('agreement_parties')
            .select('agreement_id')
            .where('organisation_id', '=', organisationId),
        );
      }
      const rows = await query
        .orderBy('valid_from', 'desc')
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return withParties(rows);
    },

    async listCommitments(municipalityId, agreementId) {
      const rows = await db
        .selectFrom('agreement_commitments')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('agreement_id', '=', agreementId)
        .orderBy('position')
        .orderBy('created_at')
        .execute();
      return rows.map(toCommitment);
    },

    async findCommitment(municipalityId, id) {
      const row = await db
        .selectFrom('agreement_commitments')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toCommitment(row) : null;
    },

    async saveCommitment(commitment) {
      const row = {
        text: commitment.text,
        responsible_organisation_id: commitment.responsibleOrganisationId,
        measure_ids: JSON.stringify(commitment.measureIds),
        position: commitment.position,
        updated_at: commitment.updatedAt,
      };
      const updated = await db
        .updateTable('agreement_commitments')
        .set(row)
        .where('id', '=', commitment.id)
        .where('municipality_id', '=', commitment.municipalityId)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0)
        await db
          .insertInto('agreement_commitments')
          .values({
            ...row,
            id: commitment.id,
            municipality_id: commitment.municipalityId,
            agreement_id: commitment.agreementId,
            created_at: commitment.createdAt,
          })
          .execute();
    },

    async listFollowUps(municipalityId, agreementId) {
      const rows = await db
        .selectFrom('agreement_follow_ups')
        .leftJoin('users', 'users.id', 'agreement_follow_ups.recorded_by_user_id')
        .selectAll('agreement_follow_ups')
        .select('users.display_name')
        .where('agreement_follow_ups.municipality_id', '=', municipalityId)
        .where('agreement_follow_ups.agreement_id', '=', agreementId)
        .orderBy('agreement_follow_ups.followed_up_on')
        .orderBy('agreement_follow_ups.recorded_at')
        .orderBy('agreement_follow_ups.id')
        .execute();
      return rows.map((row): CommitmentFollowUp => ({
        id: row.id,
        commitmentId: row.commitment_id,
        agreementId: row.agreement_id,
        municipalityId: row.municipality_id,
        followedUpOn: row.followed_up_on,
        status: row.status as CommitmentFollowUp['status'],
        comment: row.comment,
        recordedByUserId: row.recorded_by_user_id,
        recordedByName: row.display_name ?? '',
        recordedAt: row.recorded_at,
      }));
    },

    async appendFollowUp(followUp) {
      await db
        .insertInto('agreement_follow_ups')
        .values({
          id: followUp.id,
          municipality_id: followUp.municipalityId,
          agreement_id: followUp.agreementId,
          commitment_id: followUp.commitmentId,
          followed_up_on: followUp.followedUpOn,
          status: followUp.status,
          comment: followUp.comment,
          recorded_by_user_id: followUp.recordedByUserId,
          recorded_at: followUp.recordedAt,
        })
        .execute();
    },

    async listWithDocument(municipalityId, agreementIds) {
      if (agreementIds.length === 0) return [];
      const rows = await db
        .selectFrom('agreement_documents')
        .select('agreement_id')
        .where('municipality_id', '=', municipalityId)
        .where('agreement_id', 'in', agreementIds)
        .execute();
      return rows.map((row) => row.agreement_id);
    },

    async findDocumentInfo(municipalityId, agreementId) {
      const row = await db
        .selectFrom('agreement_documents')
        .select(documentInfoColumns)
        .where('municipality_id', '=', municipalityId)
        .where('agreement_id', '=', agreementId)
        .executeTakeFirst();
      return row ? toInfo(row) : null;
    },

    async findDocument(municipalityId, agreementId) {
      const row = await db
        .selectFrom('agreement_documents')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('agreement_id', '=', agreementId)
        .executeTakeFirst();
      if (!row) return null;
      const document: AgreementDocument = {
        ...toInfo(row),
        agreementId: row.agreement_id,
        municipalityId: row.municipality_id,
        content: new Uint8Array(row.content),
      };
      return document;
    },

    async saveDocument(document) {
      await db
        .deleteFrom('agreement_documents')
        .where('agreement_id', '=', document.agreementId)
        .execute();
      await db
        .insertInto('agreement_documents')
        .values({
          agreement_id: document.agreementId,
          municipality_id: document.municipalityId,
          file_name: document.fileName,
          size_bytes: document.sizeBytes,
          sha256: document.sha256,
          content: Buffer.from(document.content),
          uploaded_by_user_id: document.uploadedByUserId,
          uploaded_at: document.uploadedAt,
        })
        .execute();
    },

    async findMeasures(municipalityId, ids) {
      if (ids.length === 0) return [];
      const rows = await measureQuery(municipalityId)
        .where('plan_measures.id', 'in', ids)
        .orderBy('plans.created_at')
        .orderBy('plan_measures.position')
        .execute();
      return rows.map(toMeasure);
    },

    async listLinkableMeasures(municipalityId) {
      const rows = await measureQuery(municipalityId)
        .where('plans.replaced_by_plan_id', 'is', null)
        .orderBy('plans.created_at', 'desc')
        .orderBy('plan_measures.position')
        .execute();
      return rows.map(toMeasure);
    },
  };
}

function toCommitment(row: Selectable<Tables['agreement_commitments']>): Commitment {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    municipalityId: row.municipality_id,
    text: row.text,
    responsibleOrganisationId: row.responsible_organisation_id,
    measureIds: JSON.parse(row.measure_ids) as string[],
    position: Number(row.position),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
