import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import type { ScreeningSubject } from '../../domain/suppliers/sanctions-screening.js';
import { createSanctionsListRepository } from '../../storage/sanctions-list-repository.js';
import { loadFtmFile } from './load-ftm-file.js';
import { createSanctionsScreening } from './sanctions-screening.js';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/opensanctions');
const loadedAt = '2026-11-27T12:00:00.000Z';

function subject(overrides: Partial<ScreeningSubject>): ScreeningSubject {
  return {
    key: 'supplier',
    kind: 'organisation',
    name: '',
    identifiers: [],
    birthDate: null,
    addresses: [],
    countries: ['se'],
    ...overrides,
  };
}

describeEachDialect('sanctions lists loaded from FtM files and screened', (database) => {
  const repository = () => createSanctionsListRepository(database().db);

  beforeAll(async () => {
    for (const file of ['eu_fsf_sample.ftm.jsonl', 'zala_cluster.ftm.jsonl']) {
      await loadFtmFile(repository(), { path: join(fixtures, file), loadedAt });
    }
  });

  it('loads the screenable entities, skips the rest and describes the lists', async () => {
    const screening = createSanctionsScreening(repository());
    expect(await screening.describeLists()).toEqual([
      { dataset: 'eu_fsf_sample', entities: 6, loadedAt },
      { dataset: 'zala_cluster', entities: 17, loadedAt },
    ]);
  });

  it('finds the planted company for a supplier of the same name, with explanations', async () => {
    const screening = createSanctionsScreening(repository());
    const [match] = await screening.screen([subject({ name: 'Aeroscan AB' })]);
    expect(match).toMatchObject({
      subjectKey: 'supplier',
      entityId: 'NK-iE6m5ryPeTAMZozfECVSL7',
      schema: 'Company',
      datasets: expect.arrayContaining(['zala_cluster', 'us_ofac_sdn']),
    });
    expect(match?.features.map((feature) => feature.feature)).toEqual([
      'name_exact',
      'country_mismatch',
    ]);
    expect(match?.score).toBe(0.8);
  });

  it('finds an entity by identifier alone', async () => {
    const screening = createSanctionsScreening(repository());
    const matches = await screening.screen([
      subject({ name: 'Okänd Leverantör AB', identifiers: ['1841015504'], countries: [] }),
    ]);
    expect(matches[0]).toMatchObject({ entityId: 'NK-abdzbEBkqyT29GyREbiURZ', score: 0.95 });
  });

  it('joins addresses given only as Address entities, before or after the entity', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tryggve-ftm-'));
    const path = join(folder, 'addresses.ftm.jsonl');
    writeFileSync(
      path,
      [
        '{"id":"addr-1","schema":"Address","properties":{"full":["Storgatan 1, 111 22 Stockholm"]}}',
        '{"id":"c-1","schema":"Company","caption":"Adresstest Ett AB","properties":{"registrationNumber":["5560000001"],"addressEntity":["addr-1","addr-2"]}}',
        '{"id":"c-2","schema":"Company","caption":"Adresstest Två AB","properties":{"registrationNumber":["5560000002"]}}',
        '{"id":"addr-2","schema":"Address","caption":"Box 9, 222 33 Lund","properties":{}}',
      ].join('\n'),
    );
    await loadFtmFile(repository(), { path, loadedAt });
    const addressesOf = async (identifier: string) => {
      const [candidate] = await repository().findCandidates({
        nameTokens: [],
        identifierKeys: [identifier],
        limit: 5,
      });
      return candidate?.addresses;
    };
    expect(await addressesOf('5560000001')).toEqual([
      'Storgatan 1, 111 22 Stockholm',
      'Box 9, 222 33 Lund',
    ]);
    expect(await addressesOf('5560000002')).toEqual([]);
  });

  it('screens a person by every word of the name: one shared first name is no match', async () => {
    const screening = createSanctionsScreening(repository());
    const names = ['Alexander Ek', 'Vitaly Andersson', 'Alexander'];
    for (const name of names) {
      expect(await screening.screen([subject({ kind: 'person', name, countries: [] })])).toEqual(
        [],
      );
    }
  });

  it('scores a board member with a contradicting birth date and country lower, saying why', async () => {
    const screening = createSanctionsScreening(repository());
    const person = { kind: 'person' as const, name: 'Alexander Zakharov', countries: ['ru'] };
    const [same] = await screening.screen(
      [subject({ ...person, key: 'same', birthDate: '1962-05-10' })],
      { threshold: 0 },
    );
    const [nearMiss] = await screening.screen(
      [subject({ ...person, key: 'near', birthDate: '1990-01-01', countries: ['se'] })],
      { threshold: 0 },
    );
    expect(same?.entityId).toBe('NK-aU5ybkbRFJucf8YMwsJvDw');
    expect(nearMiss?.entityId).toBe(same?.entityId);
    expect(nearMiss!.score).toBeLessThan(same!.score);
    expect(nearMiss?.features.map((feature) => feature.feature)).toEqual(
      expect.arrayContaining(['birth_date_mismatch', 'country_mismatch']),
    );
    expect(
      await screening.screen([subject({ ...person, birthDate: '1990-01-01', countries: ['se'] })]),
    ).toEqual([]);
  });

  it('finds a misspelt, differently transliterated name through the sound-alike index', async () => {
    const screening = createSanctionsScreening(repository());
    const matches = await screening.screen([
      subject({ kind: 'person', name: 'Aleksander Zaharov', countries: [] }),
    ]);
    expect(matches[0]).toMatchObject({ entityId: 'NK-aU5ybkbRFJucf8YMwsJvDw' });
    expect(matches[0]?.features[0]?.feature).toBe('name_fuzzy');
    expect(matches[0]!.score).toBeLessThan(0.9);
  });

  it('raises nothing for an ordinary Swedish supplier', async () => {
    const screening = createSanctionsScreening(repository());
    expect(await screening.screen([subject({ name: 'Söderbygg Entreprenad AB' })])).toEqual([]);
  });

  it('lists at most 1,000 rejected lines and counts them all', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tryggve-ftm-'));
    const path = join(folder, 'broken.ftm.jsonl');
    const good =
      '{"id":"b-1","schema":"Company","caption":"Trasig Fil AB","properties":{},"datasets":["test"]}';
    const duplicate = good.replace('Trasig Fil AB', 'Annat Namn AB');
    writeFileSync(
      path,
      [good, ...Array.from({ length: 1_200 }, () => 'not json'), duplicate].join('\n'),
    );
    const report = await loadFtmFile(repository(), { path, loadedAt });
    expect(report).toMatchObject({ linesRead: 1_202, loaded: 1, rejectedCount: 1_201 });
    expect(report.rejected).toHaveLength(1_000);
    expect(report.rejected[0]).toEqual({ line: 2, reason: 'not JSON' });
    const [entity] = await repository().findCandidates({
      nameTokens: ['trasig'],
      identifierKeys: [],
      limit: 5,
    });
    expect(entity?.names).toEqual(['Trasig Fil AB']);
  });

  it('replaces a list whole, reports bad lines, and keeps the old list if loading fails', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tryggve-ftm-'));
    const path = join(folder, 'small.ftm.jsonl');
    writeFileSync(
      path,
      [
        '{"id":"x-1","schema":"Company","caption":"Exempel Handel AB","properties":{"registrationNumber":["5560160680"]},"datasets":["test"]}',
        'not json',
        '{"id":"x-2","schema":"Person","properties":{}}',
        '{"id":"x-1","schema":"Company","caption":"Exempel Handel AB","properties":{}}',
        '{"id":"s-1","schema":"Sanction","properties":{"entity":["x-1"]}}',
        '',
      ].join('\n'),
    );
    const report = await loadFtmFile(repository(), { path, loadedAt });
    expect(report).toEqual({
      dataset: 'small',
      linesRead: 5,
      loaded: 1,
      skipped: { Sanction: 1 },
      rejected: [
        { line: 2, reason: 'not JSON' },
        { line: 3, reason: 'Person x-2 has no name' },
        { line: 4, reason: 'duplicate id x-1' },
      ],
      rejectedCount: 3,
      shortened: [],
      shortenedCount: 0,
    });
    await expect(
      repository().replaceList({ dataset: 'small', sourceFile: 'x', loadedAt }, async (writer) => {
        await writer.insert([]);
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    const lists = await repository().listLists();
    expect(lists.find((list) => list.dataset === 'small')).toMatchObject({ entities: 1 });
    writeFileSync(path, '');
    await loadFtmFile(repository(), { path, loadedAt });
    const screening = createSanctionsScreening(repository());
    expect(await screening.screen([subject({ name: 'Exempel Handel AB' })])).toEqual([]);
  });
});
