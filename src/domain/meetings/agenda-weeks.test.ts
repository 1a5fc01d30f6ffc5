import { describe, expect, it } from 'vitest';
import { agendaWeeks, partialWeekLabel, weekLabel } from './agenda-weeks.js';

const thursday = { startsAt: '2026-12-10T08:00:00.000Z' };

describe('the weeks an agenda looks at', () => {
  it('puts the current week so far, with its days, beside the last whole week', () => {
    const weeks = agendaWeeks(thursday, new Date('2026-12-09T12:00:00Z'));
    expect(weekLabel(weeks.lastWeek)).toBe('Vecka 49, 2026');
    expect(weeks.currentWeek.key).toBe('2026-W50');
    expect(weeks.dayCount).toBe(3);
    expect(partialWeekLabel(weeks)).toBe('Vecka 50, 2026, hittills (mån 7 dec–ons 9 dec, 3 dagar)');
  });

  it('stops the current week at the meeting when the agenda is brought up to date later', () => {
    const weeks = agendaWeeks(thursday, new Date('2026-12-12T12:00:00Z'));
    expect(weeks.dayCount).toBe(4);
    expect(partialWeekLabel(weeks)).toContain('tors 10 dec, 4 dagar');
  });

  it('names a Monday morning as one day', () => {
    const weeks = agendaWeeks(thursday, new Date('2026-12-07T06:00:00Z'));
    expect(partialWeekLabel(weeks)).toBe('Vecka 50, 2026, hittills (mån 7 dec, 1 dag)');
  });

  it('counts the ISO week of the turn of the year by its Thursday', () => {
    const weeks = agendaWeeks(
      { startsAt: '2027-01-07T08:00:00Z' },
      new Date('2027-01-05T12:00:00Z'),
    );
    expect(weekLabel(weeks.lastWeek)).toBe('Vecka 53, 2026');
    expect(weekLabel(weeks.currentWeek)).toBe('Vecka 1, 2027');
  });
});
