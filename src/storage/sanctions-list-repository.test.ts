import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { nameIndexKeys } from '../analysis/sanctions/normalise-name.js';
import type { SanctionsEntityToStore } from '../analysis/sanctions/sanctions-list.js';
import { createSanctionsListRepository } from './sanctions-list-repository.js';

function person(id: string, name: string): SanctionsEntityToStore {
  return {
    id,
    schema: 'Person',
    caption: name,
    names: [name],
    identifiers: [],
    addresses: [],
    countries: [],
    birthDates: [],
    datasets: ['test'],
    topics: ['sanction'],
    nameTokens: nameIndexKeys(name, 'person'),
    identifierKeys: [],
  };
}

/** A surname of letters only, different for every n: "Bab", "Bac", … */
const surname = (n: number) =>
  `B${'abcdefghijklmnopqrstuvwxyz'[Math.floor(n / 26) % 26]}${'abcdefghijklmnopqrstuvwxyz'[n % 26]}ovsky`;

describeEachDialect('sanctions candidates', (database) => {
  it('ranks candidates by the rarity of the keys they share, not by how many', async () => {
    const repository = createSanctionsListRepository(database().db);
    // 150 decoys sharing a first name and patronymic with the subject (two keys and their
    // sound-alikes each), and the one entity sharing the rare surname.
    const decoys = Array.from({ length: 150 }, (_, n) =>
      person(`decoy-${n}`, `Alexander Ivanovich ${surname(n)}`),
    );
    await repository.replaceList(
      { dataset: 'rarity', sourceFile: 'rarity.ftm.jsonl', loadedAt: '2026-11-27T12:00:00.000Z' },
      async (writer) => {
        await writer.insert([...decoys, person('target', 'Aleksandr Zakharov')]);
        return decoys.length + 1;
      },
    );
    const candidates = await repository.findCandidates({
      nameTokens: nameIndexKeys('Alexander Ivanovich Zakharov', 'person'),
      identifierKeys: [],
      limit: 100,
    });
    expect(candidates).toHaveLength(100);
    expect(candidates.map((candidate) => candidate.id)).toContain('target');
  });

  it('keeps the first of two entities with one id, and indexes only its names', async () => {
    const repository = createSanctionsListRepository(database().db);
    const written: string[][] = [];
    await repository.replaceList(
      { dataset: 'twice', sourceFile: 'twice.ftm.jsonl', loadedAt: '2026-11-27T12:00:00.000Z' },
      async (writer) => {
        written.push(await writer.insert([person('p-1', 'Ingrid Första')]));
        written.push(
          await writer.insert([person('p-1', 'Gunnel Andra'), person('p-2', 'Ingrid Tredje')]),
        );
        return 2;
      },
    );
    expect(written).toEqual([['p-1'], ['p-2']]);
    const byFirst = await repository.findCandidates({
      nameTokens: ['ingrid'],
      identifierKeys: [],
      limit: 10,
    });
    expect(byFirst.map((entity) => [entity.id, entity.names])).toEqual(
      expect.arrayContaining([
        ['p-1', ['Ingrid Första']],
        ['p-2', ['Ingrid Tredje']],
      ]),
    );
    const bySecond = await repository.findCandidates({
      nameTokens: ['gunnel'],
      identifierKeys: [],
      limit: 10,
    });
    expect(bySecond).toEqual([]);
  });
});
