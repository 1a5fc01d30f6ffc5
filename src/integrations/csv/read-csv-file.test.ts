import { describe, expect, it } from 'vitest';
import { defaultCategoriesFor } from '../../domain/incidents/taxonomy.js';
import { CsvFormatError } from '../../domain/imports/csv-format-error.js';
import { parseCsvTime, previewCsv, readCsvFile } from './read-csv-file.js';

const categories = defaultCategoriesFor('m');
const profile = {
  name: 'Väktarbolaget',
  columns: {
    id: 'Ärende',
    occurredAt: 'Tid',
    longitude: 'Lon',
    latitude: 'Lat',
    district: 'Område',
    category: 'Typ',
    description: 'Beskrivning',
    peopleCount: 'Antal',
  },
  categoryValues: { 'Klotter/tags': 'graffiti', Sabotage: 'vandalism' },
};
const now = new Date('2026-11-28T12:00:00Z');
const read = (text: string) =>
  readCsvFile({ text, profile, categories, districtNames: ['Skogås', 'Vårby'], now });

describe('parseCsvTime', () => {
  it('reads local Swedish times, whole days and times with an offset', () => {
    expect(parseCsvTime('2026-11-27 21:30')).toEqual({
      instant: '2026-11-27T20:30:00.000Z',
      until: null,
      precision: 'exact',
    });
    expect(parseCsvTime('2026-07-04T00.15')).toMatchObject({ instant: '2026-07-03T22:15:00.000Z' });
    expect(parseCsvTime('2026-03-29')).toEqual({
      instant: '2026-03-28T23:00:00.000Z',
      until: '2026-03-29T22:00:00.000Z',
      precision: 'day',
    });
    expect(parseCsvTime('2026-11-27T21:30:00+01:00')).toMatchObject({
      instant: '2026-11-27T20:30:00.000Z',
    });
    expect(parseCsvTime('27/11/2026')).toBeNull();
    expect(parseCsvTime('2026-02-30 10:00')).toBeNull();
  });
});

describe('readCsvFile', () => {
  const header = 'Ärende;Tid;Lon;Lat;Område;Typ;Beskrivning;Antal';

  it('reads a Swedish spreadsheet export: semicolons, decimal commas, a byte-order mark, own category names', () => {
    const result = read(
      `\uFEFF${header}\nV-1;2026-11-27 21:30;18,151957;59,217194;;Klotter/tags;Tags på fasaden;0\nV-2;2026-11-26;;;Vårby;sabotage;Trasig grind;`,
    );
    expect(result.rejected).toEqual([]);
    expect(result.rows).toEqual([
      expect.objectContaining({
        line: 2,
        sourceId: 'V-1',
        occurredAt: '2026-11-27T20:30:00.000Z',
        point: { longitude: 18.151957, latitude: 59.217194 },
        categoryCode: 'graffiti',
        locationPrecision: 'point',
        peopleCount: 0,
      }),
      expect.objectContaining({
        line: 3,
        sourceId: 'V-2',
        timePrecision: 'day',
        point: null,
        districtNames: ['Vårby'],
        categoryCode: 'vandalism',
        locationPrecision: 'district',
        peopleCount: null,
      }),
    ]);
  });

  it('reports every bad row by line with everything that is wrong with it', () => {
    const result = read(
      [
        header,
        'A;igår;;;;Klotter/tags;x;',
        'B;2026-11-27 10:00;18,1;;Skogås;Okänd typ;x;',
        'C;2026-11-27 10:00;;;Hägersten;graffiti;x;tre',
        'D;2099-01-01 10:00;;;;graffiti;x;',
      ].join('\n'),
    );
    expect(result.rows).toEqual([]);
    expect(
      result.rejected.map((row) => [row.line, row.problems.map((problem) => problem.code)]),
    ).toEqual([
      [2, ['invalid_time', 'no_place']],
      [3, ['invalid_coordinates', 'unknown_category_value']],
      [4, ['unknown_district', 'invalid_people_count']],
      [5, ['no_place', 'time_in_future']],
    ]);
    expect(result.rejected.flatMap((row) => row.problems.map((problem) => problem.params))).toEqual(
      [
        { value: 'igår' },
        {},
        {},
        { value: 'Okänd typ' },
        { value: 'Hägersten' },
        { value: 'tre' },
        {},
        {},
      ],
    );
    expect(result.rejected[1]?.reason).toBe(
      'the coordinates need both a longitude and a latitude, as decimal numbers; the category "Okänd typ" is not in the taxonomy or the profile',
    );
  });

  it('repeats a bad value in its problem masked and cut short, never a whole text', () => {
    const long = `ring 070-123 45 67 ${'x'.repeat(200)}`;
    const result = read([header, `A;${long};;;;graffiti;x;`].join('\n'));
    const value = String(result.rejected[0]?.problems[0]?.params.value);
    expect(value).not.toContain('070-123 45 67');
    expect(value.length).toBeLessThanOrEqual(64);
    expect(value.endsWith('…')).toBe(true);
  });

  it('knows a row without an id by its content, so the same file twice is the same rows', () => {
    const withoutId = { ...profile, columns: { ...profile.columns, id: undefined } };
    const text = `${header}\n;2026-11-27 21:30;;;Skogås;graffiti;x;\n;2026-11-27 21:31;;;Skogås;graffiti;x;`;
    const once = readCsvFile({
      text,
      profile: withoutId,
      categories,
      districtNames: ['Skogås'],
      now,
    });
    const twice = readCsvFile({
      text,
      profile: withoutId,
      categories,
      districtNames: ['Skogås'],
      now,
    });
    expect(once.rows.map((row) => row.sourceId)).toEqual(twice.rows.map((row) => row.sourceId));
    expect(new Set(once.rows.map((row) => row.sourceId)).size).toBe(2);
  });

  it('says which mapped columns the file lacks', () => {
    expect(() => read('Tid;Typ\n2026-11-27;graffiti')).toThrow(CsvFormatError);
    expect(() => read('Tid;Typ\n2026-11-27;graffiti')).toThrow(/no column "Ärende", "Lon"/);
  });

  it('previews the header and the first rows for the mapping step', () => {
    expect(previewCsv(`a,b\n1,2\n3,4`)).toEqual({
      delimiter: ',',
      headers: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
      rowCount: 2,
    });
  });
});
