import type { Kysely } from 'kysely';
import type { Tables } from './tables.js';

/** The week that stands for every week: a change to the whole picture (taxonomy, districts). */
const everyWeek = '';

/** The Monday (YYYY-MM-DD) of the week a Stockholm day (YYYY-MM-DD) falls in. */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const daysSinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - daysSinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Raises the situation version of each municipality, in the caller's transaction: what the
 * picture of those municipalities reads has changed (see the create-situation-versions
 * migration). `weeksOf` names the weeks (their Mondays) a municipality's change touched;
 * without them the change touches every week. Ids are written in order, so concurrent writers
 * lock the rows in the same order.
 */
export async function raiseSituationVersion(
  db: Kysely<Tables>,
  municipalityIds: Iterable<string>,
  weeksOf: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): Promise<void> {
  for (const municipalityId of [...new Set(municipalityIds)].sort()) {
    const { version } = await db
      .insertInto('situation_versions')
      .values({ municipality_id: municipalityId, version: 1 })
      .onConflict((conflict) =>
        conflict
          .column('municipality_id')
          .doUpdateSet((eb) => ({ version: eb('situation_versions.version', '+', 1) })),
      )
      .returning('version')
      .executeTakeFirstOrThrow();
    const weeks = [...(weeksOf.get(municipalityId) ?? [everyWeek])].sort();
    for (let start = 0; start < weeks.length; start += 500) {
      await db
        .insertInto('situation_week_versions')
        .values(
          weeks.slice(start, start + 500).map((week) => ({
            municipality_id: municipalityId,
            week,
            version: Number(version),
          })),
        )
        .onConflict((conflict) =>
          conflict
            .columns(['municipality_id', 'week'])
            .doUpdateSet((eb) => ({ version: eb.ref('excluded.version') })),
        )
        .execute();
    }
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

/** Stockholm days fromDay to lastDay, both included; a null fromDay reaches back to the first week. */
export interface DayWindow {
  fromDay: string | null;
  lastDay: string;
}

/**
 * The highest version at which a change touched any week overlapping the windows, or the
 * whole picture: what a picture that read those days was computed at. 0 before any change.
 */
export async function readSituationVersionOf(
  db: Kysely<Tables>,
  municipalityId: string,
  windows: readonly DayWindow[],
): Promise<number> {
  const row = await db
    .selectFrom('situation_week_versions')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('municipality_id', '=', municipalityId)
    .where((eb) =>
      eb.or([
        eb('week', '=', everyWeek),
        ...windows.map((window) =>
          eb.and([
            window.fromDay === null
              ? eb('week', '>', everyWeek)
              : eb('week', '>=', mondayOf(window.fromDay)),
            eb('week', '<=', mondayOf(window.lastDay)),
          ]),
        ),
      ]),
    )
    .executeTakeFirst();
  return row?.version == null ? 0 : Number(row.version);
}
