import { describe, expect, it } from 'vitest';
import { addMonths, followUpSchedule, reminderFor } from './follow-up-schedule.js';

const decided = (decidedOn: string) => ({
  body: 'municipal_council' as const,
  bodyName: 'Kommunfullmäktige',
  decidedOn,
  caseNumber: 'KS-2015/1',
});

describe('the follow-up schedule', () => {
  it("gives Huddinge's 2015 plan exactly one round, due 2017-04-13, the final one", () => {
    expect(
      followUpSchedule(
        {
          decision: decided('2015-04-13'),
          validUntil: '2016-12-31',
          followUpIntervalMonths: 24,
          replacedOn: null,
        },
        '2026-11-28',
      ),
    ).toEqual([{ dueOn: '2017-04-13', isFinal: true }]);
  });

  it('has a round every interval while the plan is valid, then one final round after it ends', () => {
    const rounds = followUpSchedule(
      {
        decision: decided('2024-01-15'),
        validUntil: '2027-12-31',
        followUpIntervalMonths: 12,
        replacedOn: null,
      },
      '2024-01-01',
    );
    expect(rounds).toEqual([
      { dueOn: '2025-01-15', isFinal: false },
      { dueOn: '2026-01-15', isFinal: false },
      { dueOn: '2027-01-15', isFinal: false },
      { dueOn: '2028-01-15', isFinal: true },
    ]);
  });

  it('stops at the revision that replaced the plan, without a final round', () => {
    expect(
      followUpSchedule(
        {
          decision: decided('2024-01-15'),
          validUntil: '2027-12-31',
          followUpIntervalMonths: 12,
          replacedOn: '2026-01-01',
        },
        '2030-01-01',
      ),
    ).toEqual([{ dueOn: '2025-01-15', isFinal: false }]);
  });

  it('gives a draft no rounds, and an open-ended plan rounds up to the horizon', () => {
    expect(
      followUpSchedule(
        { decision: null, validUntil: null, followUpIntervalMonths: 24, replacedOn: null },
        '2030-01-01',
      ),
    ).toEqual([]);
    expect(
      followUpSchedule(
        {
          decision: decided('2020-03-01'),
          validUntil: null,
          followUpIntervalMonths: 24,
          replacedOn: null,
        },
        '2024-03-01',
      ).map((round) => round.dueOn),
    ).toEqual(['2022-03-01', '2024-03-01']);
  });

  it('keeps the day of the month, or the last day of a shorter month', () => {
    expect(addMonths('2015-04-13', 24)).toBe('2017-04-13');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
  });
});

describe('reminders', () => {
  const open = { reportedAt: null };
  it('reminds the owner from 14 days before the due day through the due day, then escalates', () => {
    expect(reminderFor(open, '2026-12-15', '2026-11-30', 14)).toBeNull();
    expect(reminderFor(open, '2026-12-15', '2026-12-01', 14)).toBe('reminder');
    expect(reminderFor(open, '2026-12-15', '2026-12-15', 14)).toBe('reminder');
    expect(reminderFor(open, '2026-12-15', '2026-12-16', 14)).toBe('escalation');
  });
  it('leaves a reported task alone', () => {
    expect(
      reminderFor({ reportedAt: '2026-12-20T10:00:00Z' }, '2026-12-15', '2026-12-20', 14),
    ).toBeNull();
  });
});
