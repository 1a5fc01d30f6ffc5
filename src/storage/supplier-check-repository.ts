import type { Kysely, Selectable } from 'kysely';
import type {
  Check,
  CheckKind,
  CheckResult,
  CheckSource,
  Evidence,
  MatchReviewDecision,
  StoredSanctionsMatch,
} from '../domain/suppliers/check.js';
import type { SupplierCheckRepository } from '../domain/suppliers/supplier-check-repository.js';
import type { CompanyRecord } from '../domain/suppliers/company-registry.js';
import type { MatchFeature } from '../domain/suppliers/sanctions-screening.js';
import type {
  SanctionsMatchTable,
  SupplierCheckTable,
  SupplierEvidenceTable,
  Tables,
} from './tables.js';

function toCheck(row: Selectable<SupplierCheckTable>): Check {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    supplierId: row.supplier_id,
    contractId: row.contract_id,
    kind: row.kind as CheckKind,
    source: row.source as CheckSource,
    checkedOn: row.checked_on,
    result: row.result as CheckResult,
    summary: row.summary,
    evidenceId: row.evidence_id,
    registryRecord:
      row.registry_record === null ? null : (JSON.parse(row.registry_record) as CompanyRecord),
    performedByUserId: row.performed_by_user_id,
    createdAt: row.created_at,
  };
}

function toEvidence(row: Omit<Selectable<SupplierEvidenceTable>, 'content'>): Evidence {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    supplierId: row.supplier_id,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
  };
}

function toMatch(row: Selectable<SanctionsMatchTable>): StoredSanctionsMatch {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    supplierId: row.supplier_id,
    checkId: row.check_id,
    subjectKey: row.subject_key,
    subjectName: row.subject_name,
    subjectFingerprint: row.subject_fingerprint,
    entityId: row.entity_id,
    caption: row.caption,
    schema: row.schema,
    datasets: JSON.parse(row.datasets) as string[],
    score: Number(row.score),
    features: JSON.parse(row.features) as MatchFeature[],
  };
}

const evidenceColumns = [
  'id',
  'municipality_id',
  'supplier_id',
  'file_name',
  'content_type',
  'size_bytes',
  'sha256',
  'created_by_user_id',
  'created_at',
] as const;

/**
 * Checks, their evidence, sanctions matches and reviews. Only inserts and reads: the history
 * is append-only, and the database's triggers refuse an UPDATE or DELETE as well.
 */
export function createSupplierCheckRepository(db: Kysely<Tables>): SupplierCheckRepository {
  const checksNewestFirst = (municipalityId: string) =>
    db
      .selectFrom('supplier_checks')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('checked_on', 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id');
  return {
    async addEvidence(evidence, content) {
      await db
        .insertInto('supplier_evidence')
        .values({
          id: evidence.id,
          municipality_id: evidence.municipalityId,
          supplier_id: evidence.supplierId,
          file_name: evidence.fileName,
          content_type: evidence.contentType,
          size_bytes: evidence.sizeBytes,
          sha256: evidence.sha256,
          content: Buffer.from(content.buffer, content.byteOffset, content.byteLength),
          created_by_user_id: evidence.createdByUserId,
          created_at: evidence.createdAt,
        })
        .execute();
    },

    async findEvidence(municipalityId, id) {
      const row = await db
        .selectFrom('supplier_evidence')
        .select(evidenceColumns)
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toEvidence(row) : null;
    },

    async readEvidenceContent(municipalityId, id) {
      const row = await db
        .selectFrom('supplier_evidence')
        .select('content')
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? new Uint8Array(row.content) : null;
    },

    async listEvidence(municipalityId, ids) {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('supplier_evidence')
        .select(evidenceColumns)
        .where('municipality_id', '=', municipalityId)
        .where('id', 'in', [...ids])
        .execute();
      return rows.map(toEvidence);
    },

    async add(check) {
      await db
        .insertInto('supplier_checks')
        .values({
          id: check.id,
          municipality_id: check.municipalityId,
          supplier_id: check.supplierId,
          contract_id: check.contractId,
          kind: check.kind,
          source: check.source,
          checked_on: check.checkedOn,
          result: check.result,
          summary: check.summary,
          evidence_id: check.evidenceId,
          registry_record:
            check.registryRecord === null ? null : JSON.stringify(check.registryRecord),
          performed_by_user_id: check.performedByUserId,
          created_at: check.createdAt,
        })
        .execute();
    },

    async listForSupplier(municipalityId, supplierId) {
      const rows = await checksNewestFirst(municipalityId)
        .where('supplier_id', '=', supplierId)
        .execute();
      return rows.map(toCheck);
    },

    async listForSuppliers(municipalityId, supplierIds) {
      if (supplierIds.length === 0) return [];
      const rows = await checksNewestFirst(municipalityId)
        .where('supplier_id', 'in', [...new Set(supplierIds)])
        .execute();
      return rows.map(toCheck);
    },

    async addMatches(matches) {
      if (matches.length === 0) return;
      await db
        .insertInto('sanctions_matches')
        .values(
          matches.map((match) => ({
            id: match.id,
            municipality_id: match.municipalityId,
            supplier_id: match.supplierId,
            check_id: match.checkId,
            subject_key: match.subjectKey,
            subject_name: match.subjectName,
            subject_fingerprint: match.subjectFingerprint,
            entity_id: match.entityId,
            caption: match.caption,
            schema: match.schema,
            datasets: JSON.stringify(match.datasets),
            score: match.score,
            features: JSON.stringify(match.features),
          })),
        )
        .execute();
    },

    async listMatches(municipalityId, supplierId) {
      const rows = await db
        .selectFrom('sanctions_matches')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('supplier_id', '=', supplierId)
        .orderBy('score', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toMatch);
    },

    async findMatch(municipalityId, id) {
      const row = await db
        .selectFrom('sanctions_matches')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toMatch(row) : null;
    },

    async addReview(review, match) {
      await db
        .insertInto('sanctions_match_reviews')
        .values({
          id: review.id,
          municipality_id: match.municipalityId,
          supplier_id: match.supplierId,
          match_id: match.id,
          entity_id: match.entityId,
          subject_fingerprint: match.subjectFingerprint,
          decision: review.decision,
          comment: review.comment,
          decided_by_user_id: review.decidedByUserId,
          decided_at: review.decidedAt,
        })
        .execute();
    },

    async listReviews(municipalityId, supplierId) {
      const rows = await db
        .selectFrom('sanctions_match_reviews')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('supplier_id', '=', supplierId)
        .orderBy('decided_at')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        matchId: row.match_id,
        decision: row.decision as MatchReviewDecision,
        comment: row.comment,
        decidedByUserId: row.decided_by_user_id,
        decidedAt: row.decided_at,
        entityId: row.entity_id,
        subjectFingerprint: row.subject_fingerprint,
      }));
    },
  };
}
