import type { Kysely, Selectable } from 'kysely';
import type { BeneficialOwner, Supplier, SupplierAddress } from '../domain/suppliers/supplier.js';
import type { SupplierRepository } from '../domain/suppliers/supplier-repository.js';
import type { SupplierTable, Tables } from './tables.js';

function toSupplier(row: Selectable<SupplierTable>): Supplier {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    organisationNumber: row.organisation_number,
    name: row.name,
    address: row.address === null ? null : (JSON.parse(row.address) as SupplierAddress),
    phone: row.phone,
    beneficialOwners: JSON.parse(row.beneficial_owners) as BeneficialOwner[],
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Suppliers of a municipality, unique by organisation number within it. */
export function createSupplierRepository(db: Kysely<Tables>): SupplierRepository {
  return {
    async save(supplier) {
      const values = {
        name: supplier.name,
        address: supplier.address === null ? null : JSON.stringify(supplier.address),
        phone: supplier.phone,
        beneficial_owners: JSON.stringify(supplier.beneficialOwners),
        updated_at: supplier.updatedAt,
      };
      await db
        .insertInto('suppliers')
        .values({
          id: supplier.id,
          municipality_id: supplier.municipalityId,
          organisation_number: supplier.organisationNumber,
          created_by_user_id: supplier.createdByUserId,
          created_at: supplier.createdAt,
          ...values,
        })
        .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
        .execute();
    },

    async find(municipalityId, id) {
      const row = await db
        .selectFrom('suppliers')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toSupplier(row) : null;
    },

    async findByOrganisationNumber(municipalityId, organisationNumber) {
      const row = await db
        .selectFrom('suppliers')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('organisation_number', '=', organisationNumber)
        .executeTakeFirst();
      return row ? toSupplier(row) : null;
    },

    async list(municipalityId, search) {
      const rows = await db
        .selectFrom('suppliers')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .orderBy('name')
        .orderBy('id')
        .execute();
      // Filtered here rather than with LIKE, whose escaping and case rules differ by dialect;
      // a municipality has hundreds of suppliers, not millions.
      const needle = search?.toLocaleLowerCase('sv');
      const matching = needle
        ? rows.filter(
            (row) =>
              row.name.toLocaleLowerCase('sv').includes(needle) ||
              row.organisation_number.includes(needle),
          )
        : rows;
      return matching.map(toSupplier);
    },
  };
}
