import { mkdtempSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bulkFileColumns, parseBulkLine, readBulkFile, splitBulkLine } from './bulk-file.js';

const sample = join(import.meta.dirname, '../../../test/fixtures/bolagsverket/bulkfil-sample.txt');

/** How many of this process's file descriptors are open on `path` (Linux). */
function openDescriptors(path: string): number {
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === path;
    } catch {
      return false;
    }
  }).length;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("Bolagsverket's bulk file", () => {
  it('splits quoted fields, keeping an undoubled quote inside a field', () => {
    expect(splitBulkLine('"a";"b ""c""";"24" skärm"')).toEqual(['a', 'b "c"', '24" skärm']);
    expect(splitBulkLine('5560000001$ORGNR-IDORG;;SE-LAND')).toEqual([
      '5560000001$ORGNR-IDORG',
      '',
      'SE-LAND',
    ]);
  });

  it('counts a later company name as a change of name, a secondary trading name not', () => {
    const line = (names: string) =>
      `"5567890123$ORGNR-IDORG";"";"SE-LAND";"${names}";"AB-ORGFO";"";"";"";"2009-03-12";"Bygg.";"Gata 1$$SEGELTORP$14172$SE-LAND"`;
    const renamed = parseBulkLine(line('Nytt Namn AB$FORETAGSNAMN-ORGNAM$2025-11-03'), 2);
    expect(renamed.kind === 'record' && renamed.record.recentChanges).toEqual([
      { date: '2025-11-03', kind: 'name' },
    ]);
    const trading = parseBulkLine(
      line(
        'Söderbygg AB$FORETAGSNAMN-ORGNAM$2009-03-12|Söderbygg Service$SARSKILT_FORETAGSNAMN-ORGNAM$2025-11-03',
      ),
      2,
    );
    expect(trading.kind === 'record' && trading.record.recentChanges).toBeNull();
  });

  it('reads a company: legal name, form, dates, c/o kept apart', () => {
    const line =
      '"5593214561$ORGNR-IDORG";"";"SE-LAND";"Snabbstäd Huddinge AB$FORETAGSNAMN-ORGNAM$2026-09-14|Städ Söder$SARSKILT_FORETAGSNAMN-ORGNAM$2026-10-01";"AB-ORGFO";"";"";"";"2026-09-14";"Städning.";"Box 1120$c/o Redovisningsbyrån Nord AB$HUDDINGE$14122$SE-LAND"';
    const result = parseBulkLine(line, 2);
    expect(result.kind === 'record' && result.record).toMatchObject({
      organisationNumber: '5593214561',
      name: 'Snabbstäd Huddinge AB',
      legalForm: 'AB',
      registeredOn: '2026-09-14',
      status: 'active',
      address: {
        careOf: 'c/o Redovisningsbyrån Nord AB',
        street: 'Box 1120',
        postalCode: '14122',
        city: 'HUDDINGE',
        country: 'SE',
      },
      recentChanges: null,
    });
  });

  it('streams the sample: every good line read, every bad one rejected with its reason', async () => {
    const lines = [];
    for await (const line of readBulkFile(sample)) lines.push(line);
    const records = lines.flatMap((line) => (line.kind === 'record' ? [line.record] : []));
    expect(records.map((record) => [record.organisationNumber, record.status])).toEqual([
      ['5567890123', 'active'],
      ['5593214561', 'active'],
      ['5561234500', 'bankruptcy'],
      ['5560001116', 'liquidation'],
      ['5594123456', 'active'],
      ['5566007703', 'deregistered'],
      ['198001022386', 'active'],
    ]);
    expect(records[6]?.businessDescription).toBe('Försäljning av skärmar på 24" och större');
    const rejected = lines.filter((line) => line.kind === 'rejected');
    expect(JSON.stringify(rejected)).not.toContain('ORGNR-IDORG');
    expect(rejected).toEqual([
      { kind: 'rejected', line: 9, identity: '5560160680', reason: 'expected 11 fields, found 4' },
      {
        kind: 'rejected',
        line: 10,
        identity: '55601606',
        reason: 'organisationsidentitet is not 10 or 12 digits',
      },
      { kind: 'rejected', line: 11, identity: '5561034249', reason: 'organisationsnamn is empty' },
    ]);
  });

  it('never repeats a malformed identity field in the reason', () => {
    const line =
      '"1980010223861$PERSON-IDORG";"";"SE-LAND";"Kalles Bildskärmar$FORETAGSNAMN-ORGNAM$2019-01-15";"E-ORGFO";"";"";"";"2019-01-15";"Skärmar.";"Box 44$$HUDDINGE$14121$SE-LAND"';
    const result = parseBulkLine(line, 5);
    expect(result).toMatchObject({ kind: 'rejected', line: 5 });
    expect(result.kind === 'rejected' && result.reason).not.toContain('1980010223861');
  });

  it('refuses a file without the documented header', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tryggve-bulk-'));
    const path = join(folder, 'other.txt');
    writeFileSync(path, 'orgnr;namn\n5560160680;Exempel AB\n');
    await expect(async () => {
      for await (const line of readBulkFile(path)) void line;
    }).rejects.toThrow(bulkFileColumns.join(';'));
  });

  it.runIf(process.platform === 'linux')(
    'closes the file when the reader stops early or the header is refused',
    async () => {
      for await (const line of readBulkFile(sample)) {
        void line;
        break;
      }
      await settle();
      expect(openDescriptors(sample)).toBe(0);
      const folder = mkdtempSync(join(tmpdir(), 'tryggve-bulk-'));
      const path = join(folder, 'other.txt');
      writeFileSync(path, `orgnr;namn\n${'5560160680;Exempel AB\n'.repeat(20_000)}`);
      await expect(async () => {
        for await (const line of readBulkFile(path)) void line;
      }).rejects.toThrow('header');
      await settle();
      expect(openDescriptors(path)).toBe(0);
    },
  );

  it('reads a Latin-1 file as well as UTF-8', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tryggve-bulk-'));
    const path = join(folder, 'latin1.txt');
    const line =
      '"5567890123$ORGNR-IDORG";"";"SE-LAND";"Söderbygg AB$FORETAGSNAMN-ORGNAM$2009-03-12";"AB-ORGFO";"";"";"";"2009-03-12";"Bygg.";"Gata 1$$SEGELTORP$14172$SE-LAND"';
    writeFileSync(path, Buffer.from(`${bulkFileColumns.join(';')}\n${line}\n`, 'latin1'));
    const lines = [];
    for await (const read of readBulkFile(path)) lines.push(read);
    expect(lines[0]?.kind === 'record' && lines[0].record.name).toBe('Söderbygg AB');
  });
});
