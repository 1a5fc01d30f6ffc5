import { describe, expect, it } from 'vitest';
import {
  capitalize,
  formatCoordinate,
  formatDateTime,
  formatNumber,
  formatList,
  fromStockholmDateTimeInput,
  startOfStockholmDay,
  toStockholmDateTimeInput,
} from './format';
import { plansSv } from './plans/sv';
import { situationEn } from './situation/en';
import { situationSv } from './situation/sv';

describe('startOfStockholmDay', () => {
  it('gives midnight in Stockholm as UTC, in winter and in summer', () => {
    expect(startOfStockholmDay('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfStockholmDay('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
  });

  it('handles the days the clocks change', () => {
    // 29 March 2026: clocks go forward at 02:00, but the day still starts at 00:00 CET.
    expect(startOfStockholmDay('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfStockholmDay('2026-03-30')).toBe('2026-03-29T22:00:00.000Z');
    // 25 October 2026: clocks go back at 03:00; the day starts at 00:00 CEST.
    expect(startOfStockholmDay('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfStockholmDay('2026-10-26')).toBe('2026-10-25T23:00:00.000Z');
  });

  it('moves to the next day for an inclusive "to" filter, across month ends', () => {
    expect(startOfStockholmDay('2026-01-31', 1)).toBe('2026-01-31T23:00:00.000Z');
  });

  it('rejects anything that is not a calendar day', () => {
    expect(startOfStockholmDay('')).toBeUndefined();
    expect(startOfStockholmDay('27/11/2026')).toBeUndefined();
  });
});

describe('formatDateTime', () => {
  it('shows a UTC instant in Swedish time, whatever zone the computer is in', () => {
    expect(formatDateTime('2026-06-30T22:30:00.000Z', 'sv')).toBe('1 juli 2026 00:30');
    expect(formatDateTime('2026-01-14T23:30:00.000Z', 'en')).toBe('15 Jan 2026, 00:30');
  });
});

describe('formatList and capitalize', () => {
  it('joins roles the way each language does', () => {
    expect(formatList(['administratör', 'analytiker', 'läsare'], 'sv')).toBe(
      'administratör, analytiker och läsare',
    );
    expect(formatList(['administrator', 'analyst', 'reader'], 'en')).toBe(
      'administrator, analyst and reader',
    );
  });

  it('capitalizes Swedish letters too', () => {
    expect(capitalize('ärende', 'sv')).toBe('Ärende');
  });
});

describe('datetime-local values in Swedish time', () => {
  it('shows an instant as Swedish clock time and reads it back', () => {
    expect(toStockholmDateTimeInput(new Date('2026-11-27T09:31:40.000Z'))).toBe('2026-11-27T10:31');
    expect(toStockholmDateTimeInput(new Date('2026-07-01T09:00:00.000Z'))).toBe('2026-07-01T11:00');
    expect(fromStockholmDateTimeInput('2026-11-27T10:31')).toBe('2026-11-27T09:31:00.000Z');
    expect(fromStockholmDateTimeInput('2026-07-01T11:00')).toBe('2026-07-01T09:00:00.000Z');
  });

  it('refuses values that are not a day and a time', () => {
    expect(fromStockholmDateTimeInput('')).toBeUndefined();
    expect(fromStockholmDateTimeInput('2026-11-27')).toBeUndefined();
  });
});

describe('numbers and coordinates in each language', () => {
  it('writes a coordinate with a decimal comma in Swedish, five decimals and no grouping', () => {
    expect(formatCoordinate(59.2195, 'sv')).toBe('59,21950');
    expect(formatCoordinate(18.151957, 'sv')).toBe('18,15196');
    expect(formatCoordinate(59.2195, 'en')).toBe('59.21950');
    expect(situationSv.incident.point('59,21950', '18,15196')).toBe('59,21950° N, 18,15196° O');
    expect(situationEn.incident.point('59.21950', '18.15196')).toBe('59.21950° N, 18.15196° E');
  });

  it('writes counts and means with a decimal comma in Swedish and a point in English', () => {
    expect(formatNumber(2.25, 'sv')).toMatch(/^2,[23]$/);
    expect(formatNumber(1234.5, 'sv')).toBe('1\u00a0234,5');
    expect(formatNumber(2.25, 'en')).toMatch(/^2\.[23]$/);
  });

  it('agrees the colour words with their counts: 1 gul, 2 gula', () => {
    expect(plansSv.rounds.colours(0, 1, 2)).toBe('0 gröna, 1 gul, 2 röda');
    expect(plansSv.rounds.colours(1, 0, 1)).toBe('1 grön, 0 gula, 1 röd');
  });
});
