import { describe, expect, it } from 'vitest';
import type { Category } from '../../../api/types';
import {
  categoryValuesIn,
  checkMapping,
  cleanCategoryValues,
  emptyMapping,
  guessMapping,
  mappingFromProfile,
  profileColumns,
  recognisedCategory,
} from './column-mapping';

const graffiti: Category = {
  code: 'graffiti',
  labelSv: 'Klotter',
  labelEn: 'Graffiti',
  group: 'order_and_environment',
  isOrganizedCrimeSignal: false,
  sortOrder: 1,
  retiredAt: null,
};

describe('the CSV column mapping', () => {
  it('guesses the fields from Swedish and English headers, each header once', () => {
    const mapping = guessMapping([
      'Ärendenr',
      'Från',
      'Till',
      'Typ',
      'Adress',
      'Lat',
      'Lon',
      'Beskrivning',
    ]);
    expect(mapping).toMatchObject({
      id: 'Ärendenr',
      occurredAt: 'Från',
      occurredUntil: 'Till',
      category: 'Typ',
      address: 'Adress',
      latitude: 'Lat',
      longitude: 'Lon',
      description: 'Beskrivning',
      district: '',
      peopleCount: '',
    });
    expect(guessMapping(['time', 'category', 'area']).district).toBe('area');
  });

  it("puts a saved profile on the file's headers, case-insensitively, and names what is missing", () => {
    const { mapping, missing } = mappingFromProfile(
      { occurredAt: 'tid', category: 'Kategori', address: 'Gata' },
      ['Tid', 'Kategori', 'Område'],
    );
    expect(mapping.occurredAt).toBe('Tid');
    expect(mapping.category).toBe('Kategori');
    expect(mapping.address).toBe('');
    expect(missing).toEqual(['Gata']);
  });

  it('sends only the chosen columns', () => {
    const columns = profileColumns({
      ...emptyMapping,
      occurredAt: 'Tid',
      category: 'Typ',
      district: 'Område',
    });
    expect(columns).toEqual({ occurredAt: 'Tid', category: 'Typ', district: 'Område' });
  });

  it('asks for a time, a category, both coordinates and some place', () => {
    expect(checkMapping(emptyMapping)).toEqual({
      occurredAt: 'required',
      category: 'required',
      place: 'placeRequired',
    });
    expect(
      checkMapping({ ...emptyMapping, occurredAt: 'Tid', category: 'Typ', longitude: 'Lon' }),
    ).toEqual({ latitude: 'coordinatesBoth', place: 'placeRequired' });
    expect(
      checkMapping({
        ...emptyMapping,
        occurredAt: 'Tid',
        category: 'Typ',
        longitude: 'Lon',
        latitude: 'Lat',
      }),
    ).toEqual({});
    expect(
      checkMapping({ ...emptyMapping, occurredAt: 'Tid', category: 'Typ', district: 'Område' }),
    ).toEqual({});
  });

  it("lists the category column's distinct values and knows codes and labels", () => {
    const preview = {
      delimiter: ';' as const,
      headers: ['Tid', 'Typ'],
      rows: [
        ['2026-11-20 10:00', 'Klotter'],
        ['2026-11-21 10:00', ' Fyrverkeri '],
        ['2026-11-22 10:00', 'klotter'],
        ['2026-11-22 10:00', ''],
      ],
      rowCount: 4,
    };
    expect(categoryValuesIn(preview, 'Typ')).toEqual(['Klotter', 'Fyrverkeri']);
    expect(categoryValuesIn(preview, '')).toEqual([]);
    expect(recognisedCategory('KLOTTER', [graffiti])?.code).toBe('graffiti');
    expect(recognisedCategory('graffiti', [graffiti])?.code).toBe('graffiti');
    expect(recognisedCategory('Fyrverkeri', [graffiti])).toBeUndefined();
    expect(cleanCategoryValues({ Fyrverkeri: '', Sprayfärg: 'graffiti' })).toEqual({
      Sprayfärg: 'graffiti',
    });
  });
});
