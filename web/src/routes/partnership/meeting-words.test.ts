import { describe, expect, it } from 'vitest';
import { meetingsEn } from '../../i18n/meetings/en';
import { meetingsSv } from '../../i18n/meetings/sv';
import {
  canManageMeetings,
  daysBetween,
  dueText,
  durationOf,
  meetingTimeText,
} from './meeting-words';

describe('the meeting words', () => {
  it('counts calendar days across the change to winter time', () => {
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-11-19', '2026-11-27')).toBe(8);
  });

  it('says how long an overdue action is late, and only the due day otherwise', () => {
    const overdue = { dueOn: '2026-11-19', isOverdue: true };
    expect(dueText(meetingsSv, overdue, 'sv', '2026-11-27')).toBe(
      'Försenad: skulle vara klar 2026-11-19, 8 dagar sedan',
    );
    expect(dueText(meetingsEn, { dueOn: '2026-12-10', isOverdue: false }, 'en', '2026-11-27')).toBe(
      'Due 2026-12-10',
    );
    expect(dueText(meetingsSv, { dueOn: null, isOverdue: false }, 'sv')).toBe('Inget slutdatum');
  });

  it('shows a meeting in Swedish time, summer or winter', () => {
    const winter = { startsAt: '2026-12-03T08:00:00.000Z', endsAt: '2026-12-03T09:30:00.000Z' };
    expect(meetingTimeText(winter, 'sv')).toMatch(/3 dec\.? 2026 09:00–10:30$/);
    const summer = { startsAt: '2026-06-04T07:00:00.000Z', endsAt: '2026-06-04T08:00:00.000Z' };
    expect(meetingTimeText(summer, 'sv')).toMatch(/09:00–10:00$/);
    expect(durationOf(winter)).toBe(90);
  });

  it('lets coordinators and admins run meetings, and nobody else', () => {
    expect(canManageMeetings(['coordinator'])).toBe(true);
    expect(canManageMeetings(['admin'])).toBe(true);
    expect(canManageMeetings(['reporter', 'analyst', 'viewer'])).toBe(false);
  });
});
