import { describe, expect, it } from 'vitest';
import { dueChecksOf, nextDueOn, sortDueChecks } from './check-programme.js';
import type { Contract } from './contract.js';

const contract: Contract = {
  id: 'c1',
  municipalityId: 'm',
  supplierId: 's1',
  procurementReference: 'UH-2026/14',
  title: 'Städning av skolor',
  startsOn: '2026-01-15',
  endsOn: '2027-12-31',
  valueSek: 4_200_000,
  responsibleUnit: 'Upphandlingsenheten',
  responsibleOfficerUserId: 'officer',
  subcontractorIds: [],
  createdAt: '',
  updatedAt: '',
};
const check = (kind: 'f_tax' | 'vat', checkedOn: string, result = 'ok' as const) => ({
  kind,
  checkedOn,
  result,
  supplierId: 's1',
});

describe('the next due day of a programme item', () => {
  const every6 = { checkKind: 'f_tax' as const, intervalMonths: 6, responsibleUserId: null };

  it('is the award day when the kind was never checked', () => {
    expect(nextDueOn(contract, every6, [])).toEqual({ dueOn: '2026-01-15', lastCheckedOn: null });
  });

  it('counts a check made up to three months before the award, and runs the interval from the award', () => {
    expect(nextDueOn(contract, every6, [check('f_tax', '2025-11-01')])).toEqual({
      dueOn: '2026-07-15',
      lastCheckedOn: '2025-11-01',
    });
    expect(nextDueOn(contract, every6, [check('f_tax', '2025-09-01')]).dueOn).toBe('2026-01-15');
  });

  it('runs from the latest check, ignores other kinds and checks that could not be made', () => {
    const checks = [
      check('f_tax', '2026-01-20'),
      check('f_tax', '2026-08-03'),
      check('vat', '2026-10-01'),
      { ...check('f_tax', '2026-10-01'), result: 'could_not_check' as const },
    ];
    expect(nextDueOn(contract, every6, checks)).toEqual({
      dueOn: '2027-02-03',
      lastCheckedOn: '2026-08-03',
    });
  });

  it('has nothing due after the award check when there is no interval, or past the last day', () => {
    const once = { ...every6, intervalMonths: null };
    expect(nextDueOn(contract, once, [check('f_tax', '2026-01-15')]).dueOn).toBeNull();
    expect(nextDueOn(contract, every6, [check('f_tax', '2027-07-01')]).dueOn).toBeNull();
  });
});

describe('the due list of a contract', () => {
  const programme = [
    { checkKind: 'f_tax' as const, intervalMonths: 6, responsibleUserId: null },
    { checkKind: 'vat' as const, intervalMonths: 12, responsibleUserId: 'someone' },
  ];

  it('marks overdue, due within 30 days and scheduled, with the days and who is responsible', () => {
    const checks = [check('f_tax', '2026-05-01'), check('vat', '2026-02-01')];
    const due = dueChecksOf(contract, 'Städbolaget AB', programme, checks, '2026-11-27');
    expect(due).toEqual([
      expect.objectContaining({
        checkKind: 'f_tax',
        dueOn: '2026-11-01',
        status: 'overdue',
        days: 26,
        responsibleUserId: 'officer',
      }),
      expect.objectContaining({
        checkKind: 'vat',
        dueOn: '2027-02-01',
        status: 'scheduled',
        days: 66,
        responsibleUserId: 'someone',
      }),
    ]);
    const soon = dueChecksOf(contract, 'Städbolaget AB', programme, checks, '2027-01-10');
    expect(soon.find((item) => item.checkKind === 'vat')?.status).toBe('due');
  });

  it('has nothing due for an ended contract or for another supplier’s checks', () => {
    expect(dueChecksOf(contract, 'x', programme, [], '2028-01-01')).toEqual([]);
    const others = [{ ...check('f_tax', '2026-05-01'), supplierId: 'other' }];
    expect(dueChecksOf(contract, 'x', programme, others, '2026-11-27')[0]?.dueOn).toBe(
      '2026-01-15',
    );
  });

  it('sorts the longest overdue first, then the soonest due', () => {
    const base = dueChecksOf(contract, 'x', programme, [], '2026-11-27');
    const sorted = sortDueChecks([
      { ...base[0]!, status: 'due', days: 3 },
      { ...base[0]!, status: 'overdue', days: 2 },
      { ...base[0]!, status: 'overdue', days: 40 },
    ]);
    expect(sorted.map((item) => [item.status, item.days])).toEqual([
      ['overdue', 40],
      ['overdue', 2],
      ['due', 3],
    ]);
  });
});
