import type { Kysely, Selectable } from 'kysely';
import type { CheckKind } from '../domain/suppliers/check.js';
import type { Contract, ProgrammeItem } from '../domain/suppliers/contract.js';
import type { ContractRepository } from '../domain/suppliers/contract-repository.js';
import type { ContractTable, Tables } from './tables.js';

function toContract(row: Selectable<ContractTable>): Contract {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    supplierId: row.supplier_id,
    procurementReference: row.procurement_reference,
    title: row.title,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    valueSek: Number(row.value_sek),
    responsibleUnit: row.responsible_unit,
    responsibleOfficerUserId: row.responsible_officer_user_id,
    subcontractorIds: JSON.parse(row.subcontractor_ids) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Contracts and their check programmes. */
export function createContractRepository(db: Kysely<Tables>): ContractRepository {
  return {
    async save(contract) {
      const values = {
        procurement_reference: contract.procurementReference,
        title: contract.title,
        starts_on: contract.startsOn,
        ends_on: contract.endsOn,
        value_sek: contract.valueSek,
        responsible_unit: contract.responsibleUnit,
        responsible_officer_user_id: contract.responsibleOfficerUserId,
        subcontractor_ids: JSON.stringify(contract.subcontractorIds),
        updated_at: contract.updatedAt,
      };
      await db
        .insertInto('contracts')
        .values({
          id: contract.id,
          municipality_id: contract.municipalityId,
          supplier_id: contract.supplierId,
          created_at: contract.createdAt,
          ...values,
        })
        .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
        .execute();
    },

    async find(municipalityId, id) {
      const row = await db
        .selectFrom('contracts')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toContract(row) : null;
    },

    async list(municipalityId, supplierId) {
      let query = db
        .selectFrom('contracts')
        .selectAll()
        .where('municipality_id', '=', municipalityId);
      if (supplierId) query = query.where('supplier_id', '=', supplierId);
      const rows = await query.orderBy('starts_on', 'desc').orderBy('id').execute();
      return rows.map(toContract);
    },

    async listAsSubcontractor(municipalityId, supplierId) {
      // Subcontractors are a short JSON list per contract: read and filtered here on both dialects.
      const rows = await db
        .selectFrom('contracts')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('subcontractor_ids', 'like', `%${supplierId}%`)
        .orderBy('starts_on', 'desc')
        .orderBy('id')
        .execute();
      return rows
        .map(toContract)
        .filter((contract) => contract.subcontractorIds.includes(supplierId));
    },

    async listProgrammes(municipalityId, contractIds) {
      const programmes = new Map<string, ProgrammeItem[]>(contractIds.map((id) => [id, []]));
      if (contractIds.length === 0) return programmes;
      const rows = await db
        .selectFrom('contract_check_programmes')
        .innerJoin('contracts', 'contracts.id', 'contract_check_programmes.contract_id')
        .select([
          'contract_check_programmes.contract_id',
          'contract_check_programmes.check_kind',
          'contract_check_programmes.interval_months',
          'contract_check_programmes.responsible_user_id',
        ])
        .where('contracts.municipality_id', '=', municipalityId)
        .where('contract_check_programmes.contract_id', 'in', [...contractIds])
        .orderBy('contract_check_programmes.contract_id')
        .orderBy('contract_check_programmes.position')
        .execute();
      for (const row of rows) {
        programmes.get(row.contract_id)?.push({
          checkKind: row.check_kind as CheckKind,
          intervalMonths: row.interval_months === null ? null : Number(row.interval_months),
          responsibleUserId: row.responsible_user_id,
        });
      }
      return programmes;
    },

    async replaceProgramme(municipalityId, contractId, items) {
      const owned = await db
        .selectFrom('contracts')
        .select('id')
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', contractId)
        .executeTakeFirst();
      if (!owned) return;
      await db
        .deleteFrom('contract_check_programmes')
        .where('contract_id', '=', contractId)
        .execute();
      if (items.length === 0) return;
      await db
        .insertInto('contract_check_programmes')
        .values(
          items.map((item, position) => ({
            contract_id: contractId,
            check_kind: item.checkKind,
            interval_months: item.intervalMonths,
            responsible_user_id: item.responsibleUserId,
            position,
          })),
        )
        .execute();
    },
  };
}
