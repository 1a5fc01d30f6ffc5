import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBulkLine } from './bulk-file.js';
import { parseOrganisationerResponse } from './organisation-record.js';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/bolagsverket/organisationer');
const recorded = (number: string) =>
  JSON.parse(readFileSync(join(fixtures, `${number}.json`), 'utf8')) as {
    organisationer: Record<string, unknown>[];
  };

describe("Bolagsverket's organisation answer mapped to a record", () => {
  it('gives Sweden as SE, however the registry writes it', () => {
    const parsed = parseOrganisationerResponse(recorded('5561234500'));
    expect(parsed.outcome === 'found' && parsed.record.address?.country).toBe('SE');
  });

  it('counts a later company name as a change of name, a secondary trading name not', () => {
    const answer = recorded('5567890123');
    const parsed = parseOrganisationerResponse(answer);
    expect(parsed.outcome === 'found' && parsed.record.recentChanges).toBeNull();
    const renamed = structuredClone(answer);
    const names = (
      renamed.organisationer[0]!.organisationsnamn as {
        organisationsnamnLista: { registreringsdatum: string }[];
      }
    ).organisationsnamnLista;
    names[0]!.registreringsdatum = '2026-02-01';
    const reparsed = parseOrganisationerResponse(renamed);
    expect(reparsed.outcome === 'found' && reparsed.record.recentChanges).toEqual([
      { date: '2026-02-01', kind: 'name' },
    ]);
  });

  it('takes the most severe of several proceedings: bankruptcy over liquidation', () => {
    const answer = recorded('5561234500');
    const organisation = answer.organisationer[0]!;
    organisation.pagaendeAvvecklingsEllerOmstruktureringsforfarande = {
      pagaendeAvvecklingsEllerOmstruktureringsforfarandeLista: [
        { kod: 'LI', klartext: 'Likvidation', fromDatum: '2026-01-10' },
        { kod: 'KK', klartext: 'Konkurs', fromDatum: '2026-06-02' },
      ],
    };
    const parsed = parseOrganisationerResponse(answer);
    expect(parsed.outcome === 'found' && [parsed.record.status, parsed.record.statusSince]).toEqual(
      ['bankruptcy', '2026-06-02'],
    );
    const line =
      '"5561234500$ORGNR-IDORG";"";"SE-LAND";"Flemingsbergs Transport AB$FORETAGSNAMN-ORGNAM$1998-05-20";"AB-ORGFO";"";"";"LI-AVVOMFO$2026-01-10|KK-AVVOMFO$2026-06-02";"1998-05-20";"Åkeri.";"Lunnavägen 12$$HUDDINGE$14163$Sverige"';
    const bulk = parseBulkLine(line, 2);
    expect(bulk.kind === 'record' && bulk.record).toMatchObject({
      status: 'bankruptcy',
      statusSince: '2026-06-02',
      address: { country: 'SE' },
    });
  });
});
