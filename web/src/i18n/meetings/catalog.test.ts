import { describe, expect, it } from 'vitest';
import { agendaItemKinds, jointActionStatuses } from '../../api/meetings';
import { en } from '../en';
import { sv } from '../sv';
import { meetingsEn } from './en';
import { meetingsSv } from './sv';

function keysOf(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${path}.${key}`));
}

function emptyTexts(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [path] : [];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, inner]) => emptyTexts(inner, `${path}.${key}`));
  return [];
}

describe('the meetings catalogs', () => {
  it('have the same keys in both languages and no empty texts', () => {
    expect(keysOf(meetingsEn)).toEqual(keysOf(meetingsSv));
    expect(emptyTexts(meetingsSv, 'sv')).toEqual([]);
    expect(emptyTexts(meetingsEn, 'en')).toEqual([]);
  });

  it('name every agenda kind, action status and weekday the server knows', () => {
    for (const catalog of [meetingsSv, meetingsEn]) {
      expect(Object.keys(catalog.agendaKinds).sort()).toEqual([...agendaItemKinds].sort());
      expect(Object.keys(catalog.actionStatuses).sort()).toEqual([...jointActionStatuses].sort());
      for (let weekday = 1; weekday <= 7; weekday += 1)
        expect(catalog.weekdays[weekday]).toBeTruthy();
    }
  });

  it('put the meeting error codes into words in the main catalogs, Swedish first', () => {
    for (const code of ['MEETING_INVALID', 'MEETING_CLOSED'] as const) {
      expect(sv.errors[code]).toMatch(/[a-zåäö]/);
      expect(en.errors[code]).toBeTruthy();
      expect(en.errors[code]).not.toBe(sv.errors[code]);
    }
  });

  it('say how late an overdue action is', () => {
    expect(meetingsSv.due.overdue('2026-11-19', meetingsSv.days(8, '8'))).toBe(
      'Försenad: skulle vara klar 2026-11-19, 8 dagar sedan',
    );
    expect(meetingsEn.due.overdue('2026-11-26', meetingsEn.days(1, '1'))).toBe(
      'Overdue: due 2026-11-26, 1 day ago',
    );
  });
});
