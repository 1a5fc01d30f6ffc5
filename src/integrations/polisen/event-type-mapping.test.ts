import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '../../domain/incidents/default-taxonomy.js';
import { categoryOfPoliceEventType, defaultPoliceEventTypeMapping } from './event-type-mapping.js';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/polisen-events');
const typesIn = (file: string) =>
  new Set(
    (JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as { type: string }[]).map(
      (event) => event.type,
    ),
  );
const stockholmTypes = typesIn('events_stockholms_lan.json');
const archiveTypes = new Set([...stockholmTypes, ...typesIn('events_rest_of_sweden_subset.json')]);

const codeOf = (type: string) => {
  const category = categoryOfPoliceEventType(type);
  return category.status === 'category' ? category.categoryCode : category.status;
};

describe('defaultPoliceEventTypeMapping', () => {
  it('has an entry for every event type in the archive, so that a new type is noticed', () => {
    expect(stockholmTypes.size).toBe(86);
    expect(archiveTypes.size).toBe(91);
    const missing = [...archiveTypes].filter((type) => !(type in defaultPoliceEventTypeMapping));
    expect(missing).toEqual([]);
  });

  it('maps only onto category codes that exist in the default taxonomy', () => {
    const codes = new Set(defaultTaxonomy.map((category) => category.code));
    const unknown = Object.entries(defaultPoliceEventTypeMapping).filter(
      ([, code]) => code !== null && !codes.has(code),
    );
    expect(unknown).toEqual([]);
  });

  it('maps shootings, explosions and threats to officials onto the organized-crime signals', () => {
    expect(codeOf('Skottlossning')).toBe('shooting');
    expect(codeOf('Skottlossning, misstänkt')).toBe('shooting');
    expect(codeOf('Explosion')).toBe('explosion');
    expect(codeOf('Detonation')).toBe('explosion');
    expect(codeOf('Våld/hot mot tjänsteman')).toBe('threat_to_official');
    expect(codeOf('Narkotikabrott')).toBe('suspected_drug_dealing');
  });

  it('maps the crimes of the brief onto their categories', () => {
    expect(codeOf('Skadegörelse')).toBe('vandalism');
    expect(codeOf('Brand')).toBe('fire');
    expect(codeOf('Mordbrand')).toBe('fire');
    for (const type of ['Rån', 'Rån väpnat', 'Rån övrigt', 'Rån, försök'])
      expect(codeOf(type)).toBe('robbery');
    expect(codeOf('Mord/dråp')).toBe('lethal_violence');
    expect(codeOf('Mord/dråp, försök')).toBe('lethal_violence');
    for (const type of [...archiveTypes].filter((item) => item.startsWith('Trafikolycka'))) {
      expect(codeOf(type), type).toBe('traffic');
    }
    expect(codeOf('Rattfylleri')).toBe('traffic');
    expect(codeOf('Trafikbrott')).toBe('traffic');
  });

  it('keeps summaries, announcements and planned checks out of the situation picture', () => {
    const summaries = Object.keys(defaultPoliceEventTypeMapping).filter((type) =>
      type.startsWith('Sammanfattning'),
    );
    expect(summaries).toHaveLength(9);
    for (const type of [...summaries, 'Information', 'Uppdatering', 'Trafikkontroll']) {
      expect(codeOf(type), type).toBe('not_an_incident');
    }
  });
});

describe('categoryOfPoliceEventType', () => {
  it('ignores case and repeated spaces in the type', () => {
    expect(codeOf('Larm inbrott')).toBe('burglary_and_theft');
    expect(codeOf(' Trafikolycka,  singel ')).toBe('traffic');
  });

  it('reports a type nobody has mapped instead of guessing', () => {
    expect(categoryOfPoliceEventType('Drönarobservation')).toEqual({ status: 'unmapped_type' });
  });

  it('uses a municipality’s own mapping when given one', () => {
    const mapping = { ...defaultPoliceEventTypeMapping, Trafikkontroll: 'traffic' };
    expect(categoryOfPoliceEventType('Trafikkontroll', mapping)).toEqual({
      status: 'category',
      categoryCode: 'traffic',
    });
    expect(categoryOfPoliceEventType('Trafikkontroll')).toEqual({ status: 'not_an_incident' });
  });
});
