import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testClock, testDeps } from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../../domain/access/actor.js';
import type { Deps } from '../../domain/deps.js';
import { listImportProfiles, saveImportProfile } from '../../domain/imports/save-import-profile.js';
import { importCsvFile } from './import-csv-file.js';

const text = [
  'id,time,lon,lat,area,kind,text',
  'S-1,2026-11-27 21:30,18.151957,59.217194,,Klotter,Tags på skolan',
  'S-2,2026-11-27 22:10,,,Vårby,Skräp,Ring 070-123 45 67 om du ser något',
  'S-3,2026-11-27 23:00,,,,Klotter,ingen plats',
].join('\n');

describeEachDialect('importing a CSV file with a saved profile', (database) => {
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: Actor;

  beforeAll(async () => {
    deps = testDeps(database(), { clock: testClock('2026-11-28T12:00:00Z') });
    huddinge = await seedHuddinge(deps);
    coordinator = await huddinge.actor('administration', ['coordinator']);
  });

  it('saves the mapping, imports the good rows when asked, and changes nothing the second time', async () => {
    const profile = await saveImportProfile(deps, coordinator, {
      name: 'Huge felanmälan',
      columns: {
        id: 'id',
        occurredAt: 'time',
        longitude: 'lon',
        latitude: 'lat',
        district: 'area',
        category: 'kind',
        description: 'text',
      },
      categoryValues: { Skräp: 'littering' },
    });
    expect((await listImportProfiles(deps, coordinator)).map((item) => item.name)).toEqual([
      'Huge felanmälan',
    ]);

    const input = {
      text,
      fileName: 'huge.csv',
      profile,
      organisationId: huddinge.organisations.housing.id,
    };
    const refused = await importCsvFile(deps, coordinator, { ...input, isSkippingBadRows: false });
    expect(refused).toMatchObject({ status: 'rejected', counts: { inserted: 0, rejected: 1 } });
    expect(refused.rejectedRows).toEqual([
      {
        line: 4,
        sourceId: 'S-3',
        problems: [
          {
            code: 'no_place',
            params: {},
            message: 'the row has no place: give coordinates, an address or a district',
          },
        ],
        reason: 'the row has no place: give coordinates, an address or a district',
      },
    ]);

    const first = await importCsvFile(deps, coordinator, { ...input, isSkippingBadRows: true });
    expect(first).toMatchObject({ status: 'completed', counts: { inserted: 2, rejected: 1 } });
    const again = await importCsvFile(deps, coordinator, { ...input, isSkippingBadRows: true });
    expect(again.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });

    const stored = await database()
      .db.selectFrom('incidents')
      .selectAll()
      .where('source', '=', 'csv')
      .orderBy('source_id')
      .execute();
    expect(stored.map((row) => [row.source_id, row.category_code, row.location_precision])).toEqual(
      [
        ['S-1', 'graffiti', 'point'],
        ['S-2', 'littering', 'district'],
      ],
    );
    expect(stored[1]?.description).not.toContain('070-123 45 67');
  });

  it('records a file that is not CSV for the profile as a rejected run that says why', async () => {
    const [profile] = await listImportProfiles(deps, coordinator);
    if (!profile) throw new Error('no profile');
    const run = await importCsvFile(deps, coordinator, {
      text: 'datum;typ\n2026-11-27;klotter',
      fileName: 'fel.csv',
      profile,
      organisationId: huddinge.organisations.housing.id,
      isSkippingBadRows: false,
    });
    expect(run.status).toBe('rejected');
    expect(run.rejectedRows[0]?.reason).toMatch(/^The file has no column "id"/);
    expect(run.rejectedRows[0]).toMatchObject({
      line: 0,
      problems: [{ code: 'missing_columns', params: { available: '"datum", "typ"' } }],
    });
  });

  it('refuses a profile that maps to unknown categories', async () => {
    await expect(
      saveImportProfile(deps, coordinator, {
        name: 'Fel',
        columns: { occurredAt: 'time', category: 'kind' },
        categoryValues: { Skräp: 'no_such_code' },
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
