import type { Kysely, Selectable } from 'kysely';
import type { DecisionKind, SupplierDecision } from '../domain/suppliers/contract.js';
import type { SupplierDecisionRepository } from '../domain/suppliers/supplier-decision-repository.js';
import type { SupplierDecisionTable, Tables } from './tables.js';

function toDecision(row: Selectable<SupplierDecisionTable>): SupplierDecision {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    supplierId: row.supplier_id,
    contractId: row.contract_id,
    decision: row.decision as DecisionKind,
    note: row.note,
    decidedByUserId: row.decided_by_user_id,
    decidedAt: row.decided_at,
  };
}

/** Decisions on suppliers: append-only, here (no update) and in the database (a trigger). */
export function createSupplierDecisionRepository(db: Kysely<Tables>): SupplierDecisionRepository {
  const newestFirst = (municipalityId: string) =>
    db
      .selectFrom('supplier_decisions')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('decided_at', 'desc')
      .orderBy('id', 'desc');
  return {
    async add(decision) {
      await db
        .insertInto('supplier_decisions')
        .values({
          id: decision.id,
          municipality_id: decision.municipalityId,
          supplier_id: decision.supplierId,
          contract_id: decision.contractId,
          decision: decision.decision,
          note: decision.note,
          decided_by_user_id: decision.decidedByUserId,
          decided_at: decision.decidedAt,
        })
        .execute();
    },

    async list(municipalityId, supplierId) {
      const rows = await newestFirst(municipalityId)
        .where('supplier_id', '=', supplierId)
        .execute();
      return rows.map(toDecision);
    },

    async listLatest(municipalityId) {
      const latest = new Map<string, SupplierDecision>();
      for (const row of await newestFirst(municipalityId).execute()) {
        if (!latest.has(row.supplier_id)) latest.set(row.supplier_id, toDecision(row));
      }
      return latest;
    },
  };
}
