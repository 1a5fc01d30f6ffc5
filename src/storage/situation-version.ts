import type { Kysely } from 'kysely';
import type { Tables } from './tables.js';

/**
 * Raises the situation version of each municipality, in the caller's transaction: what the
 * picture of those municipalities reads has changed (see the create-situation-versions
 * migration). Ids are written in order, so concurrent writers lock the rows in the same order.
 */
export async function raiseSituationVersion(
  db: Kysely<Tables>,
  municipalityIds: Iterable<string>,
): Promise<void> {
  for (const municipalityId of [...new Set(municipalityIds)].sort()) {
    await db
      .insertInto('situation_versions')
      .values({ municipality_id: municipalityId, version: 1 })
      .onConflict((conflict) =>
        conflict
          .column('municipality_id')
          .doUpdateSet((eb) => ({ version: eb('situation_versions.version', '+', 1) })),
      )
      .execute();
  }
}

/** The municipality's situation version: 0 before anything was ever counted. */
export async function readSituationVersion(
  db: Kysely<Tables>,
  municipalityId: string,
): Promise<number> {
  const row = await db
    .selectFrom('situation_versions')
    .select('version')
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
  return row ? Number(row.version) : 0;
}
