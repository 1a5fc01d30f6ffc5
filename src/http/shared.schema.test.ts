import { describe, expect, it } from 'vitest';
import { parsePeriod, periodKinds } from '../analysis/periods.js';
import {
  DaySchema,
  EmailSchema,
  PeriodKeySchema,
  periodKeyPatterns,
  singleLinePattern,
  supportedDayPattern,
} from './shared.schema.js';

/**
 * The document states each rule as a pattern any validator can use; the server checks with
 * its own code. These say the two agree, so no input the document calls valid is refused and
 * none it calls invalid is taken.
 */
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

describe('the rules the API document states', () => {
  it('gives the days the server takes, and only those, as the day pattern', () => {
    const pattern = new RegExp(supportedDayPattern);
    const schema = DaySchema('2026-12-03');
    const disagreements: string[] = [];
    for (let year = 1890; year <= 2210; year += 1) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          if (pattern.test(text) !== schema.safeParse(text).success) disagreements.push(text);
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(pattern.test('0020-02-29')).toBe(false);
    expect(pattern.test('2000-02-29')).toBe(true);
    expect(pattern.test('2100-02-29')).toBe(false);
  });

  it('gives the period keys the server takes as patterns, week 53 of every year aside', () => {
    const candidates = [
      '0000',
      '1899',
      '1900',
      '2026',
      '2201',
      '2026-T0',
      '2026-T3',
      '2026-T4',
      '2026-00',
      '2026-12',
      '2026-13',
      '2026-W00',
      '2026-W01',
      '2026-W53',
      '2026-W54',
      '2020-W53',
      '2026-11-01..2026-11-14',
      '2026-1-01..2026-11-14',
      'x',
    ];
    for (const kind of periodKinds.filter((kind) => kind !== 'custom')) {
      const pattern = new RegExp(periodKeyPatterns[kind]);
      for (const key of candidates) {
        const isTaken = parsePeriod(kind, key) !== null;
        const isWeek53 = kind === 'week' && key.endsWith('-W53');
        if (!isWeek53) expect(pattern.test(key), `${kind} ${key}`).toBe(isTaken);
        if (isTaken) expect(PeriodKeySchema.safeParse(key).success, key).toBe(true);
      }
    }
    expect(PeriodKeySchema.safeParse('0000').success).toBe(false);
    expect(PeriodKeySchema.safeParse('2026-11-01..2026-11-14').success).toBe(true);
  });

  it('refuses an address whose domain label ends in a hyphen, as format: email does', () => {
    expect(EmailSchema.safeParse('a@b-.example.com').success).toBe(false);
    expect(EmailSchema.safeParse('a@-b.example.com').success).toBe(false);
    expect(EmailSchema.safeParse('namn.efternamn@kommun-x.se').success).toBe(true);
  });

  it('states the one-line rule without \\p classes and means the same by it', () => {
    expect(singleLinePattern.source).not.toContain('\\p');
    const unicodeRule = /^[^\p{Cc}\p{Cs}]*$/u;
    for (let code = 0; code <= 0xffff; code += 1) {
      const text = `a${String.fromCharCode(code)}b`;
      if (singleLinePattern.test(text) !== unicodeRule.test(text)) {
        expect.fail(`U+${code.toString(16)} is judged differently`);
      }
    }
    expect(singleLinePattern.test('ett 😀 namn')).toBe(true);
  });
});
