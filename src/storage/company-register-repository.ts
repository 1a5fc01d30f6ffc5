import type { Kysely } from 'kysely';
import type { CompanyRegisterRepository } from '../domain/suppliers/company-register-repository.js';
import type { CompanyAddress, CompanyRecord } from '../domain/suppliers/company-registry.js';
import type { Tables } from './tables.js';

/** Raised inside the transaction to roll it back when the writer declines to commit. */
class Declined extends Error {}

const batchRows = 200;

export function createCompanyRegisterRepository(db: Kysely<Tables>): CompanyRegisterRepository {
  return {
    async replaceAll(write) {
      try {
        await db.transaction().execute(async (transaction) => {
          await transaction.deleteFrom('company_register').execute();
          const isCommitted = await write(async (entries) => {
            for (let index = 0; index < entries.length; index += batchRows) {
              const batch = entries.slice(index, index + batchRows);
              await transaction
                .insertInto('company_register')
                .values(
                  batch.map(({ record, raw, importedAt }) => ({
                    organisation_number: record.organisationNumber,
                    name: record.name,
                    legal_form: record.legalForm,
                    registered_on: record.registeredOn,
                    status: record.status,
                    status_since: record.statusSince,
                    address: record.address ? JSON.stringify(record.address) : null,
                    business_description: record.businessDescription,
                    recent_changes: record.recentChanges
                      ? JSON.stringify(record.recentChanges)
                      : null,
                    raw,
                    imported_at: importedAt,
                  })),
                )
                .execute();
            }
          });
          if (!isCommitted) throw new Declined();
        });
        return true;
      } catch (error) {
        if (error instanceof Declined) return false;
        throw error;
      }
    },

    async find(organisationNumber) {
      const row = await db
        .selectFrom('company_register')
        .selectAll()
        .where('organisation_number', '=', organisationNumber)
        .executeTakeFirst();
      if (!row) return null;
      return {
        raw: row.raw,
        importedAt: row.imported_at,
        record: {
          organisationNumber: row.organisation_number,
          name: row.name,
          legalForm: row.legal_form,
          registeredOn: row.registered_on,
          status: row.status as CompanyRecord['status'],
          statusSince: row.status_since,
          address: row.address ? (JSON.parse(row.address) as CompanyAddress) : null,
          businessDescription: row.business_description,
          officers: null,
          isFTaxRegistered: null,
          isVatRegistered: null,
          isEmployerRegistered: null,
          recentChanges: row.recent_changes
            ? (JSON.parse(row.recent_changes) as CompanyRecord['recentChanges'])
            : null,
          documents: null,
        },
      };
    },

    async count() {
      const row = await db
        .selectFrom('company_register')
        .select((expression) => expression.fn.countAll<number | string>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}
