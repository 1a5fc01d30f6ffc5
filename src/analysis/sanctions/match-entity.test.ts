import { describe, expect, it } from 'vitest';
import type { ScreeningSubject } from './screening-subject.js';
import { matchEntity, type SanctionsEntity } from './match-entity.js';
import { identifierKeys, nameKey, phoneticKey } from './normalise-name.js';
import { jaroWinkler, levenshteinRatio } from './string-similarity.js';

const aeroscan: SanctionsEntity = {
  id: 'NK-iE6m5ryPeTAMZozfECVSL7',
  schema: 'Company',
  caption: 'Limited Liability Company Aeroscan',
  names: ['Limited Liability Company Aeroscan', 'ООО "Аэроскан"'],
  identifiers: ['5603045794', '1175658025179'],
  addresses: ['Ulitsa Pushkinskaya 12, Orenburg, 460000'],
  countries: ['ru'],
  birthDates: [],
  datasets: ['us_ofac_sdn'],
  topics: ['sanction'],
};

const zakharov: SanctionsEntity = {
  ...aeroscan,
  id: 'NK-aU5ybkbRFJucf8YMwsJvDw',
  schema: 'Person',
  caption: 'Alexander Vyacheslavovich ZAKHAROV',
  names: ['Alexander Vyacheslavovich ZAKHAROV', 'Захаров Александр Вячеславович'],
  identifiers: ['183111242406'],
  addresses: [],
  birthDates: ['1962-05-10'],
};

function subject(overrides: Partial<ScreeningSubject>): ScreeningSubject {
  return {
    key: 'supplier',
    kind: 'organisation',
    name: '',
    identifiers: [],
    birthDate: null,
    addresses: [],
    countries: [],
    ...overrides,
  };
}

const featureIds = (features: { feature: string }[]) => features.map((feature) => feature.feature);

describe('names and identifiers as compared', () => {
  it('drops legal forms, case, diacritics and transliterates Cyrillic', () => {
    expect(nameKey('Aeroscan AB', 'organisation')).toBe('aeroscan');
    expect(nameKey('Limited Liability Company Aeroscan', 'organisation')).toBe('aeroscan');
    expect(nameKey('ООО "Аэроскан"', 'organisation')).toBe('aeroskan');
    expect(nameKey('Söderbygg Entreprenad Aktiebolag', 'organisation')).toBe(
      'entreprenad soderbygg',
    );
  });

  it("keeps every word of a person's name and drops legal forms from organisations only", () => {
    expect(nameKey('Anna Ek', 'person')).toBe('anna ek');
    expect(nameKey('Li Sa', 'person')).toBe('li sa');
    expect(nameKey('Ek Bygg AB', 'organisation')).toBe('bygg ek');
    expect(nameKey('Pat Ek Consulting AB', 'organisation')).toBe('consulting ek pat');
    expect(nameKey('Ek. för. Solrosen', 'organisation')).toBe('solrosen');
    expect(nameKey('Ekonomisk förening Solrosen', 'organisation')).toBe('solrosen');
    expect(nameKey('Solrosen ek förening', 'organisation')).toBe('solrosen');
  });

  it('finds the organisation number inside a Swedish VAT number and drops short ones', () => {
    expect(identifierKeys('SE556789012301')).toEqual(['SE556789012301', '5567890123']);
    expect(identifierKeys('556789-0123')).toEqual(['5567890123']);
    expect(identifierKeys('12')).toEqual([]);
  });

  it('gives transliterations and small misspellings the same sound-alike key', () => {
    expect(phoneticKey('aleksander')).toBe(phoneticKey('alexander'));
    expect(phoneticKey('zaharov')).toBe(phoneticKey('zakharov'));
    expect(phoneticKey('aeroscan')).not.toBe(phoneticKey('soderbygg'));
  });

  it('measures similarity with Jaro–Winkler and Levenshtein', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(levenshteinRatio('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7, 5);
  });
});

describe('matching a subject against an entity', () => {
  it('scores an exact name after legal forms are removed as 1, explained', () => {
    const match = matchEntity(subject({ name: 'Aeroscan AB' }), aeroscan);
    expect(match.score).toBe(1);
    expect(match.features[0]).toMatchObject({ feature: 'name_exact', weight: 1 });
    expect(match.features[0]?.detail).toContain('Limited Liability Company Aeroscan');
  });

  it('finds an identifier match whatever the name', () => {
    const match = matchEntity(
      subject({ name: 'Helt Annat AB', identifiers: ['5603045794'] }),
      aeroscan,
    );
    expect(match.score).toBe(0.95);
    expect(featureIds(match.features)).toEqual(['identifier_match']);
  });

  it('scores a misspelt name fuzzily, lower than an exact one', () => {
    const match = matchEntity(subject({ kind: 'person', name: 'Aleksander Zaharov' }), zakharov);
    expect(match.features[0]?.feature).toBe('name_fuzzy');
    expect(match.score).toBeGreaterThan(0.7);
    expect(match.score).toBeLessThan(0.9);
  });

  it('lowers the score for a contradicting country and birth date, and says why', () => {
    const same = matchEntity(
      subject({ kind: 'person', name: 'Alexander Zakharov', birthDate: '1962-05-10' }),
      zakharov,
    );
    const nearMiss = matchEntity(
      subject({
        kind: 'person',
        name: 'Alexander Zakharov',
        birthDate: '1990-02-01',
        countries: ['se'],
      }),
      zakharov,
    );
    expect(nearMiss.score).toBeLessThan(same.score);
    expect(featureIds(nearMiss.features)).toEqual(
      expect.arrayContaining(['country_mismatch', 'birth_date_mismatch']),
    );
    const total = nearMiss.features.reduce((sum, feature) => sum + feature.weight, 0);
    expect(nearMiss.score).toBeCloseTo(total, 5);
  });

  it('lowers a company name matched against a person', () => {
    const match = matchEntity(subject({ name: 'Alexander Zakharov AB' }), zakharov);
    expect(featureIds(match.features)).toContain('schema_mismatch');
    expect(match.score).toBeLessThan(0.8);
  });

  it('lets a shared address support a name match, never beyond 1', () => {
    const address = ['Ulitsa Pushkinskaya 12, Orenburg 460000'];
    const fuzzy = matchEntity(subject({ name: 'Aeroskan Nordic AB', addresses: address }), {
      ...aeroscan,
      names: ['Aeroscan Nordic'],
    });
    expect(featureIds(fuzzy.features)).toEqual(['name_fuzzy', 'address_match']);
    expect(fuzzy.features[1]?.weight).toBe(0.05);
    const exact = matchEntity(subject({ name: 'Aeroscan AB', addresses: address }), aeroscan);
    expect(exact.score).toBe(1);
    expect(featureIds(exact.features)).toEqual(['name_exact']);
  });

  it("makes the score the sum of the features' weights", () => {
    const address = ['Ulitsa Pushkinskaya 12, Orenburg 460000'];
    const cases = [
      matchEntity(subject({ name: 'Aeroscan AB', addresses: address }), aeroscan),
      matchEntity(
        subject({ name: 'Aeroscan AB', addresses: address, countries: ['se'] }),
        aeroscan,
      ),
      matchEntity(
        subject({ name: 'Helt Annat AB', identifiers: ['5603045794'], addresses: address }),
        aeroscan,
      ),
      matchEntity(subject({ name: 'Aeroskan Nordic AB', addresses: address }), {
        ...aeroscan,
        names: ['Aeroscan Nordic'],
      }),
      matchEntity(
        subject({ kind: 'person', name: 'Aleksander Zaharov', birthDate: '1962-05-11' }),
        zakharov,
      ),
      matchEntity(subject({ name: 'Alexander Zakharov AB', countries: ['se'] }), zakharov),
      matchEntity(subject({ addresses: address, countries: ['se'] }), aeroscan),
    ];
    expect(cases.filter((match) => match.features.length > 0)).toHaveLength(cases.length);
    for (const match of cases) {
      const sum = match.features.reduce((total, feature) => total + feature.weight, 0);
      expect(match.score).toBe(Math.round(sum * 100) / 100);
    }
  });

  it('gives no score, and no features, when contradictions outweigh every positive', () => {
    const match = matchEntity(
      subject({ addresses: ['Ulitsa Pushkinskaya 12, Orenburg 460000'], countries: ['se'] }),
      { ...zakharov, addresses: ['Ulitsa Pushkinskaya 12, Orenburg, 460000'] },
    );
    expect(match).toEqual({ score: 0, features: [] });
  });

  it('does not let one shared word of a longer name reach the threshold', () => {
    const atlas = { ...aeroscan, names: ['Atlas Group LLC'], countries: [] };
    expect(matchEntity(subject({ name: 'Atlas AB' }), atlas).score).toBeLessThan(0.7);
    const maria = { ...zakharov, names: ['Maria'], birthDates: [], countries: [] };
    expect(
      matchEntity(subject({ kind: 'person', name: 'Maria Karlsson' }), maria).score,
    ).toBeLessThan(0.7);
    const anna = { ...zakharov, names: ['Anna Svensson'], birthDates: [], countries: [] };
    expect(matchEntity(subject({ kind: 'person', name: 'Anna Ek' }), anna).score).toBeLessThan(0.7);
    expect(matchEntity(subject({ name: 'Aeroscan AB' }), aeroscan).score).toBeGreaterThanOrEqual(
      0.7,
    );
  });

  it('never lets a name of one word under four letters reach the threshold alone', () => {
    const cst = { ...aeroscan, names: ['LLC CST'], countries: [] };
    const byName = matchEntity(subject({ name: 'CST AB' }), cst);
    expect(byName.features[0]).toMatchObject({ feature: 'name_exact', weight: 0.6 });
    expect(byName.score).toBeLessThan(0.7);
    const byNumber = matchEntity(subject({ name: 'CST AB', identifiers: ['5603045794'] }), cst);
    expect(byNumber.score).toBe(0.95);
  });

  it('masks a personnummer in the evidence it gives', () => {
    const match = matchEntity(
      subject({ kind: 'person', name: 'Helt Annan', identifiers: ['19620510-2386'] }),
      { ...zakharov, identifiers: ['196205102386'] },
    );
    expect(match.features[0]?.feature).toBe('identifier_match');
    expect(match.features[0]?.detail).toContain('19620510-****');
    expect(JSON.stringify(match)).not.toContain('2386');
  });

  it('takes a birth date known to the month or year as agreeing with any day in it', () => {
    const known = (birthDates: string[]) => ({ ...zakharov, birthDates, countries: [] });
    const person = subject({ kind: 'person', name: 'Alexander Zakharov', birthDate: '1962-05-10' });
    expect(featureIds(matchEntity(person, known(['1962-05'])).features)).toEqual(['name_fuzzy']);
    expect(featureIds(matchEntity(person, known(['1962'])).features)).toEqual(['name_fuzzy']);
    const yearOnly = subject({ kind: 'person', name: 'Alexander Zakharov', birthDate: '1962' });
    expect(featureIds(matchEntity(yearOnly, known(['1962-05-10'])).features)).toEqual([
      'name_fuzzy',
    ]);
    expect(featureIds(matchEntity(person, known(['1962-06'])).features)).toContain(
      'birth_day_mismatch',
    );
  });

  it('gives nothing for an unrelated name', () => {
    expect(matchEntity(subject({ name: 'Söderbygg Entreprenad AB' }), aeroscan)).toEqual({
      score: 0,
      features: [],
    });
  });
});
