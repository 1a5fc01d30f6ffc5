import { sql, type Kysely } from 'kysely';
import type {
  SanctionsListRepository,
  SanctionsListWriter,
} from '../analysis/sanctions/sanctions-list.js';
import type { Tables } from './tables.js';

/** Rows per insert statement: well below SQLite's and PostgreSQL's parameter limits. */
const batchRows = 200;

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let index = 0; index < rows.length; index += batchRows) {
    await insert(rows.slice(index, index + batchRows));
  }
}

const parseList = (text: string) => JSON.parse(text) as string[];

function writerFor(db: Kysely<Tables>, dataset: string): SanctionsListWriter {
  return {
    async insert(entities) {
      const written = new Set<string>();
      await insertInBatches(entities, async (batch) => {
        const rows = await db
          .insertInto('sanctions_entities')
          .values(
            batch.map((entity) => ({
              dataset,
              entity_id: entity.id,
              schema: entity.schema,
              caption: entity.caption,
              names: JSON.stringify(entity.names),
              identifiers: JSON.stringify(entity.identifiers),
              addresses: JSON.stringify(entity.addresses),
              countries: JSON.stringify(entity.countries),
              birth_dates: JSON.stringify(entity.birthDates),
              source_datasets: JSON.stringify(entity.datasets),
              topics: JSON.stringify(entity.topics),
            })),
          )
          // An id met again (a duplicate line) keeps what was written first.
          .onConflict((conflict) => conflict.columns(['dataset', 'entity_id']).doNothing())
          .returning('entity_id')
          .execute();
        for (const row of rows) written.add(row.entity_id);
      });
      // Keys only for the entities written now, so a duplicate adds nothing to the index.
      const indexed = new Set<string>();
      const fresh = entities.filter((entity) => {
        if (!written.has(entity.id) || indexed.has(entity.id)) return false;
        indexed.add(entity.id);
        return true;
      });
      const tokens = fresh.flatMap((entity) =>
        entity.nameTokens.map((token) => ({ dataset, entity_id: entity.id, token })),
      );
      await insertInBatches(tokens, (batch) =>
        db.insertInto('sanctions_name_tokens').values(batch).execute(),
      );
      const identifiers = fresh.flatMap((entity) =>
        entity.identifierKeys.map((identifier) => ({ dataset, entity_id: entity.id, identifier })),
      );
      await insertInBatches(identifiers, (batch) =>
        db.insertInto('sanctions_identifiers').values(batch).execute(),
      );
      return [...written];
    },
  };
}

export function createSanctionsListRepository(db: Kysely<Tables>): SanctionsListRepository {
  return {
    async replaceList(list, write) {
      const work = async (transaction: Kysely<Tables>) => {
        // Dependent rows first, so the replacement does not lean on cascades.
        for (const table of ['sanctions_identifiers', 'sanctions_name_tokens'] as const) {
          await transaction.deleteFrom(table).where('dataset', '=', list.dataset).execute();
        }
        await transaction
          .deleteFrom('sanctions_entities')
          .where('dataset', '=', list.dataset)
          .execute();
        await transaction
          .deleteFrom('sanctions_lists')
          .where('dataset', '=', list.dataset)
          .execute();
        await transaction
          .insertInto('sanctions_lists')
          .values({
            dataset: list.dataset,
            source_file: list.sourceFile,
            entities: 0,
            loaded_at: list.loadedAt,
          })
          .execute();
        const count = await write(writerFor(transaction, list.dataset));
        await transaction
          .updateTable('sanctions_lists')
          .set({ entities: count })
          .where('dataset', '=', list.dataset)
          .execute();
      };
      // Within the demo seed's transaction already: join it rather than nest.
      if (db.isTransaction) await work(db);
      else await db.transaction().execute(work);
    },

    async listLists() {
      const rows = await db.selectFrom('sanctions_lists').selectAll().orderBy('dataset').execute();
      return rows.map((row) => ({
        dataset: row.dataset,
        sourceFile: row.source_file,
        entities: Number(row.entities),
        loadedAt: row.loaded_at,
      }));
    },

    async findCandidates({ nameTokens, identifierKeys, limit }) {
      const keys: { dataset: string; entity_id: string; hits: number }[] = [];
      if (identifierKeys.length > 0) {
        const rows = await db
          .selectFrom('sanctions_identifiers')
          .select(['dataset', 'entity_id'])
          .where('identifier', 'in', identifierKeys)
          .distinct()
          .limit(limit)
          .execute();
        keys.push(...rows.map((row) => ({ ...row, hits: Number.MAX_SAFE_INTEGER })));
      }
      if (nameTokens.length > 0) {
        // Each shared key counts by its rarity (1 / the number of entities having it), so a
        // common first name shared by thousands does not crowd out a rare surname.
        const frequencies = db
          .selectFrom('sanctions_name_tokens')
          .select(['token', sql<number>`count(*)`.as('entities')])
          .where('token', 'in', nameTokens)
          .groupBy('token')
          .as('frequency');
        const rows = await db
          .selectFrom('sanctions_name_tokens as shared')
          .innerJoin(frequencies, 'frequency.token', 'shared.token')
          .select([
            'shared.dataset',
            'shared.entity_id',
            sql<number>`sum(1.0 / frequency.entities)`.as('hits'),
          ])
          .where('shared.token', 'in', nameTokens)
          .groupBy(['shared.dataset', 'shared.entity_id'])
          .orderBy('hits', 'desc')
          .orderBy('shared.entity_id')
          .orderBy('shared.dataset')
          .limit(limit)
          .execute();
        keys.push(...rows.map((row) => ({ ...row, hits: Number(row.hits) })));
      }
      if (keys.length === 0) return [];
      const unique = [
        ...new Map(keys.map((key) => [`${key.dataset}\u0000${key.entity_id}`, key])).values(),
      ];
      const entities = [];
      for (const dataset of new Set(unique.map((key) => key.dataset))) {
        const ids = unique.filter((key) => key.dataset === dataset).map((key) => key.entity_id);
        const rows = await db
          .selectFrom('sanctions_entities')
          .selectAll()
          .where('dataset', '=', dataset)
          .where('entity_id', 'in', ids)
          .execute();
        entities.push(
          ...rows.map((row) => ({
            dataset: row.dataset,
            id: row.entity_id,
            schema: row.schema,
            caption: row.caption,
            names: parseList(row.names),
            identifiers: parseList(row.identifiers),
            addresses: parseList(row.addresses),
            countries: parseList(row.countries),
            birthDates: parseList(row.birth_dates),
            datasets: parseList(row.source_datasets),
            topics: parseList(row.topics),
          })),
        );
      }
      return entities;
    },
  };
}
