import { beforeEach, afterEach, expect, it, describe } from 'vitest';
import {
  createTestDatabase,
  testDialects,
  type TestDatabase,
} from '../../test/support/databases.js';
import { testClock, testDeps } from '../../test/support/factories.js';
import { logIn } from '../domain/accounts/log-in.js';
import { verifyAllAuditChains } from '../domain/audit/verify-all-audit-chains.js';
import { periodContaining } from '../analysis/periods.js';
import { getSituationPicture } from '../domain/situation/get-situation-picture.js';
import { defaultTaxonomy } from '../domain/incidents/default-taxonomy.js';
import { demoAdminEmail, seedDemo } from './seed-demo.js';

for (const dialect of testDialects()) {
  describe(`the demo seed [${dialect}]`, () => {
    let testDatabase: TestDatabase;
    beforeEach(async () => {
      testDatabase = await createTestDatabase(dialect);
    });
    afterEach(async () => {
      await testDatabase.drop();
    });

    it('seeds Huddinge with its boundary, its three utsatta områden, five organisations and a working admin', async () => {
      const deps = testDeps(testDatabase.database);
      const login = await seedDemo(deps);
      expect(login?.email).toBe(demoAdminEmail);

      const [municipality] = await deps.store.municipalities.list();
      expect(municipality).toMatchObject({ code: '0126', name: 'Huddinge' });
      const boundary = await testDatabase.database.db
        .selectFrom('municipalities')
        .select('boundary_geojson')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(boundary.boundary_geojson ?? 'null')).toMatchObject({ type: 'Polygon' });

      const districts = await testDatabase.database.db
        .selectFrom('districts')
        .select(['name', 'category'])
        .orderBy('name')
        .execute();
      expect(districts).toEqual([
        { name: 'Grantorp / Visättra', category: 'Utsatt område' },
        { name: 'Skogås', category: 'Utsatt område' },
        { name: 'Vårby', category: 'Utsatt område' },
      ]);
      const organisations = await deps.store.organisations.list(municipality?.id ?? '');
      expect(organisations.map((organisation) => organisation.name)).toEqual([
        'Huge Bostäder AB',
        'Kommunstyrelsens förvaltning',
        'Lokalpolisområde Huddinge',
        'Socialförvaltningen',
        'Södertörns brandförsvarsförbund',
      ]);

      const categories = await deps.store.taxonomy.list(municipality?.id ?? '');
      expect(categories.map((category) => category.code)).toEqual(
        defaultTaxonomy.map((category) => category.code),
      );
      expect(categories.find((category) => category.code === 'shooting')).toMatchObject({
        labelSv: 'Skjutning',
        isOrganizedCrimeSignal: true,
        retiredAt: null,
      });

      const started = await logIn(deps, { email: demoAdminEmail, password: login?.password ?? '' });
      expect(started.context.user.roles).toEqual(['admin', 'coordinator']);
      expect((await verifyAllAuditChains(deps)).isIntact).toBe(true);
    });

    it("starts the picture with Huddinge's real police events and this week's rise in Skogås", async () => {
      // A fixed moment: the synthetic weeks and the rise are drawn relative to the clock, and
      // which change leads (Skogås or the whole municipality) depends on that draw.
      const clock = testClock('2026-12-03T12:00:00.000Z');
      const deps = testDeps(testDatabase.database, { clock });
      await seedDemo(deps);
      const bySource = await testDatabase.database.db
        .selectFrom('incidents')
        .select(['source'])
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .groupBy('source')
        .orderBy('source')
        .execute();
      expect(bySource.map((row) => row.source)).toEqual(['manual', 'police_events']);
      expect(Number(bySource.find((row) => row.source === 'police_events')?.count)).toBe(280);
      expect(Number(bySource.find((row) => row.source === 'manual')?.count)).toBeGreaterThan(300);

      const [municipality] = await deps.store.municipalities.list();
      const viewer = {
        userId: null,
        municipalityId: municipality?.id ?? '',
        organisationId: null,
        roles: ['viewer' as const],
      };
      const picture = await getSituationPicture(deps, viewer, {
        periodKind: 'week',
        periodKey: periodContaining('week', clock()).key,
        locale: 'sv',
      });
      expect(picture.largestChanges[0]?.sentence).toMatch(
        /^Misstänkt narkotikahantering i Skogås: \d+ händelser/,
      );
    });

    it('seeds only into an empty database', async () => {
      const deps = testDeps(testDatabase.database);
      expect(await seedDemo(deps)).not.toBeNull();
      expect(await seedDemo(deps)).toBeNull();
      expect(await deps.store.municipalities.list()).toHaveLength(1);
    });

    it('leaves the database empty when seeding fails midway', async () => {
      let calls = 0;
      const failingClock = () => {
        calls += 1;
        if (calls === 6) throw new Error('the clock broke');
        return new Date();
      };
      const deps = testDeps(testDatabase.database, { clock: failingClock });
      await expect(seedDemo(deps)).rejects.toThrow('the clock broke');
      expect(await deps.store.municipalities.list()).toEqual([]);
      expect(await testDatabase.database.db.selectFrom('audit_log').selectAll().execute()).toEqual(
        [],
      );
    });
  });
}
