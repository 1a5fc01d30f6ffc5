import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { verifyChain } from '../domain/audit/verify-audit-log.js';
import { recordAudit } from '../domain/audit/record-audit.js';
import type { Deps } from '../domain/deps.js';
import { describeEachDialect } from '../../test/support/databases.js';
import { makeMunicipality, testDeps } from '../../test/support/factories.js';
import type { Database } from './db.js';

async function appendEntries(deps: Deps, municipalityId: string, count: number): Promise<void> {
  await Promise.all(
    Array.from({ length: count }, (_, index) =>
      deps.store.transaction((repositories) =>
        recordAudit(
          repositories,
          new Date(),
          { userId: null, municipalityId, organisationId: null, roles: ['admin'] },
          { action: 'test.event', entityType: 'test', entityId: String(index) },
        ),
      ),
    ),
  );
}

/** Lets the test act as someone with direct database access, who can drop the guard triggers. */
async function dropAppendOnlyGuards(database: Database): Promise<void> {
  if (database.dialect === 'postgres') {
    await sql`drop trigger audit_log_no_update_or_delete on audit_log`.execute(database.db);
  } else {
    await sql`drop trigger audit_log_no_update`.execute(database.db);
    await sql`drop trigger audit_log_no_delete`.execute(database.db);
  }
}

describeEachDialect('the audit log in the database', (database) => {
  let deps: Deps;
  beforeAll(() => {
    deps = testDeps(database());
  });

  it('keeps one unbroken chain when many transactions append at once', async () => {
    const municipality = await makeMunicipality(deps);
    await appendEntries(deps, municipality.id, 40);
    const verification = await verifyChain(deps.store, municipality.id);
    expect(verification).toMatchObject({ isIntact: true, checkedEntries: 40, problems: [] });
  });

  it('keeps each municipality in a chain of its own', async () => {
    const [first, second] = [await makeMunicipality(deps), await makeMunicipality(deps)];
    await appendEntries(deps, first.id, 3);
    await appendEntries(deps, second.id, 2);
    expect((await verifyChain(deps.store, first.id)).checkedEntries).toBe(3);
    expect((await verifyChain(deps.store, second.id)).checkedEntries).toBe(2);
  });

  it('writes nothing when the transaction that records an entry fails', async () => {
    const municipality = await makeMunicipality(deps);
    await expect(
      deps.store.transaction(async (repositories) => {
        await recordAudit(
          repositories,
          new Date(),
          { userId: null, municipalityId: municipality.id, organisationId: null, roles: [] },
          { action: 'test.event', entityType: 'test', entityId: null },
        );
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await verifyChain(deps.store, municipality.id)).checkedEntries).toBe(0);
  });

  it('refuses UPDATE and DELETE on audit entries', async () => {
    const municipality = await makeMunicipality(deps);
    await appendEntries(deps, municipality.id, 1);
    const { db } = database();
    await expect(
      db
        .updateTable('audit_log')
        .set({ action: 'forged' })
        .where('chain', '=', municipality.id)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.deleteFrom('audit_log').where('chain', '=', municipality.id).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it('reveals a changed, a removed and a reordered entry made behind its back', async () => {
    const changed = await makeMunicipality(deps);
    const removed = await makeMunicipality(deps);
    const reordered = await makeMunicipality(deps);
    for (const municipality of [changed, removed, reordered])
      await appendEntries(deps, municipality.id, 6);
    const { db } = database();
    await dropAppendOnlyGuards(database());

    await db
      .updateTable('audit_log')
      .set({ outcome: 'denied' })
      .where('chain', '=', changed.id)
      .where('seq', '=', 3)
      .execute();
    await db.deleteFrom('audit_log').where('chain', '=', removed.id).where('seq', '=', 4).execute();
    // Swap the positions of entries 2 and 3: move 2 aside, 3 into 2, then 2 into 3.
    const where = (seq: number) => (query: ReturnType<typeof update>) =>
      query.where('chain', '=', reordered.id).where('seq', '=', seq);
    const update = () => db.updateTable('audit_log');
    await where(2)(update().set({ seq: 1000 })).execute();
    await where(3)(update().set({ seq: 2 })).execute();
    await where(1000)(update().set({ seq: 3 })).execute();

    const kinds = async (chain: string) =>
      (await verifyChain(deps.store, chain)).problems.map(
        (problem) => `${problem.seq}:${problem.kind}`,
      );
    expect(await kinds(changed.id)).toEqual(['3:changed']);
    expect(await kinds(removed.id)).toEqual(['5:removed']);
    expect(await kinds(reordered.id)).toEqual(['2:reordered', '3:reordered', '4:reordered']);
  });
});
