import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  capSanctionsName,
  maxSanctionsNameLength,
  maxSanctionsNamesPerEntity,
  maxSanctionsNameWords,
} from '../../analysis/sanctions/name-limits.js';
import { matchEntity } from '../../analysis/sanctions/match-entity.js';
import { createSanctionsListRepository } from '../../storage/sanctions-list-repository.js';
import { loadFtmFile } from './load-ftm-file.js';
import { createSanctionsScreening } from './sanctions-screening.js';

const loadedAt = '2026-12-07T12:00:00.000Z';
const hugeName = `Jättelångt Namn ${'ab'.repeat(100_000)}`;
const wordyName = Array.from({ length: 5_000 }, (_, index) => `ord${index}`).join(' ');

describe('the limits on a sanctioned name', () => {
  it('keeps 40 words and 500 characters of a name', () => {
    expect(capSanctionsName(hugeName)).toHaveLength(maxSanctionsNameLength);
    expect(capSanctionsName(wordyName).split(' ')).toHaveLength(maxSanctionsNameWords);
    expect(capSanctionsName('Aeroscan AB')).toBe('Aeroscan AB');
  });

  it('compares only the capped names of an entity stored before the limits', () => {
    const match = matchEntity(
      {
        key: 'supplier',
        kind: 'organisation',
        name: 'Jättelångt Namn',
        identifiers: [],
        birthDate: null,
        addresses: [],
        countries: [],
      },
      {
        id: 'old',
        schema: 'Company',
        caption: hugeName,
        names: [hugeName, ...Array.from({ length: 10_000 }, (_, index) => `Alias ${index}`)],
        identifiers: [],
        addresses: [],
        countries: [],
        birthDates: [],
        datasets: [],
        topics: [],
      },
    );
    expect(JSON.stringify(match.features)).not.toContain('ab'.repeat(300));
    expect(match.score).toBeGreaterThan(0);
  });
});

describeEachDialect('a sanctions list with hostile names', (database) => {
  const repository = () => createSanctionsListRepository(database().db);

  it('loads the entities with their names shortened, reports each, and screens quickly', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tryggve-ftm-'));
    const path = join(folder, 'hostile.ftm.jsonl');
    const aliases = Array.from({ length: 300 }, (_, index) => `Alias Nummer ${index}`);
    writeFileSync(
      path,
      [
        JSON.stringify({ id: 'h-1', schema: 'Company', caption: hugeName, properties: {} }),
        JSON.stringify({ id: 'h-2', schema: 'Person', caption: wordyName, properties: {} }),
        JSON.stringify({
          id: 'h-3',
          schema: 'Company',
          caption: 'Många Namn AB',
          properties: { alias: aliases },
        }),
        JSON.stringify({ id: 'h-4', schema: 'Company', caption: 'Vanligt AB', properties: {} }),
      ].join('\n'),
    );
    const report = await loadFtmFile(repository(), { path, loadedAt });
    expect(report).toMatchObject({ loaded: 4, rejectedCount: 0, shortenedCount: 3 });
    expect(report.shortened.map((row) => row.line)).toEqual([1, 2, 3]);
    expect(report.shortened[2]?.reason).toContain(`first ${maxSanctionsNamesPerEntity}`);
    const [stored] = await repository().findCandidates({
      nameTokens: ['jattelangt'],
      identifierKeys: [],
      limit: 5,
    });
    expect(stored?.names.every((name) => name.length <= maxSanctionsNameLength)).toBe(true);
    const many = await repository().findCandidates({
      nameTokens: ['manga'],
      identifierKeys: [],
      limit: 5,
    });
    expect(many[0]?.names.length).toBeLessThanOrEqual(maxSanctionsNamesPerEntity);
    const screening = createSanctionsScreening(repository());
    const matches = await screening.screen([
      {
        key: 'supplier',
        kind: 'organisation',
        name: 'Jättelångt Namn',
        identifiers: [],
        birthDate: null,
        addresses: [],
        countries: [],
      },
    ]);
    expect(matches.map((match) => match.entityId)).toContain('h-1');
    expect(matches.every((match) => match.caption.length <= maxSanctionsNameLength)).toBe(true);
  });
});
