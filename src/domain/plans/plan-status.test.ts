import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCaseNumberValid } from './case-number.js';
import { planStatuses, type PlanStatus } from './plan.js';
import {
  daysBetween,
  defaultCaseNumberPattern,
  derivePlanStatus,
  type PlanStatusFacts,
} from './plan-status.js';

const day = (offset: number) =>
  new Date(Date.UTC(2010, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
const anyDay = fc.integer({ min: 0, max: 8000 }).map(day);

/** Adopted plans with consistent dates: decided, in force from, until, maybe replaced. */
const adoptedPlan = fc
  .record({
    decided: fc.integer({ min: 0, max: 6000 }),
    startDelay: fc.integer({ min: 0, max: 200 }),
    length: fc.integer({ min: 0, max: 2000 }),
    replacedAfter: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }),
  })
  .map(({ decided, startDelay, length, replacedAfter }): PlanStatusFacts => ({
    decision: {
      body: 'municipal_council',
      bodyName: 'Kommunfullmäktige',
      decidedOn: day(decided),
      caseNumber: 'KS-2015/1',
    },
    validFrom: day(decided + startDelay),
    validUntil: day(decided + startDelay + length),
    replacedOn: replacedAfter === null ? null : day(decided + replacedAfter),
  }));
const expiringDays = fc.integer({ min: 0, max: 400 });

const huddinge2015: PlanStatusFacts = {
  decision: {
    body: 'municipal_council',
    bodyName: 'Kommunfullmäktige',
    decidedOn: '2015-04-13',
    caseNumber: 'KS-2015/100',
  },
  validFrom: '2015-04-13',
  validUntil: '2016-12-31',
  replacedOn: null,
};

describe('derivePlanStatus', () => {
  it("gives Huddinge's 2015 plan its statuses over time: active, expiring, and expired today", () => {
    expect(derivePlanStatus(huddinge2015, '2015-04-12', 90)).toBe('adopted');
    expect(derivePlanStatus(huddinge2015, '2015-04-13', 90)).toBe('active');
    expect(derivePlanStatus(huddinge2015, '2016-10-01', 90)).toBe('active');
    expect(derivePlanStatus(huddinge2015, '2016-10-02', 90)).toBe('expiring');
    expect(derivePlanStatus(huddinge2015, '2016-12-31', 90)).toBe('expiring');
    expect(derivePlanStatus(huddinge2015, '2017-01-01', 90)).toBe('expired');
    expect(derivePlanStatus(huddinge2015, '2026-11-27', 90)).toBe('expired');
  });

  it('calls a plan without a decision a draft, whatever its dates', () => {
    fc.assert(
      fc.property(adoptedPlan, anyDay, expiringDays, (plan, today, window) => {
        expect(derivePlanStatus({ ...plan, decision: null }, today, window)).toBe('draft');
      }),
    );
  });

  it('calls an adopted plan replaced exactly from the day its revision takes over', () => {
    fc.assert(
      fc.property(adoptedPlan, anyDay, expiringDays, (plan, today, window) => {
        const status = derivePlanStatus(plan, today, window);
        const isReplaced = plan.replacedOn !== null && today >= plan.replacedOn;
        expect(status === 'replaced').toBe(isReplaced);
      }),
    );
  });

  it('ties every other status to the validity: not yet, in force, ending soon, ended', () => {
    fc.assert(
      fc.property(adoptedPlan, anyDay, expiringDays, (facts, today, window) => {
        const plan = { ...facts, replacedOn: null };
        const status = derivePlanStatus(plan, today, window);
        const validFrom = plan.validFrom ?? '';
        const validUntil = plan.validUntil ?? '';
        const expected: PlanStatus =
          today < validFrom
            ? 'adopted'
            : today > validUntil
              ? 'expired'
              : daysBetween(today, validUntil) <= window
                ? 'expiring'
                : 'active';
        expect(status).toBe(expected);
        expect(planStatuses).toContain(status);
      }),
    );
  });

  it('moves only forward as the days pass: adopted, active, expiring, expired, replaced', () => {
    const order: PlanStatus[] = ['adopted', 'active', 'expiring', 'expired'];
    fc.assert(
      fc.property(adoptedPlan, anyDay, anyDay, expiringDays, (plan, first, second, window) => {
        const [earlier, later] = first <= second ? [first, second] : [second, first];
        const before = derivePlanStatus(plan, earlier, window);
        const after = derivePlanStatus(plan, later, window);
        if (before === 'replaced') expect(after).toBe('replaced');
        else if (after !== 'replaced')
          expect(order.indexOf(after)).toBeGreaterThanOrEqual(order.indexOf(before));
      }),
    );
  });

  it('warns no earlier with a shorter window, and the last day in force is always expiring', () => {
    fc.assert(
      fc.property(adoptedPlan, anyDay, expiringDays, expiringDays, (facts, today, a, b) => {
        const plan = { ...facts, replacedOn: null };
        const [shorter, longer] = a <= b ? [a, b] : [b, a];
        if (derivePlanStatus(plan, today, shorter) === 'expiring')
          expect(derivePlanStatus(plan, today, longer)).toBe('expiring');
        if (plan.validUntil && plan.validFrom && plan.validUntil >= plan.validFrom)
          expect(derivePlanStatus(plan, plan.validUntil, a)).toBe('expiring');
      }),
    );
  });
});

describe('isCaseNumberValid', () => {
  it('accepts the default forms: KS-2017/581.173, KS-2015/123, SN-2020/45.1', () => {
    for (const caseNumber of ['KS-2017/581.173', 'KS-2015/123', 'SN-2020/45.1', ' KF 2015/12 '])
      expect(isCaseNumberValid(caseNumber, defaultCaseNumberPattern), caseNumber).toBe(true);
  });

  it('refuses what is not a diarienummer, and matches the whole number only', () => {
    for (const caseNumber of [
      '2017/581',
      'KS-17/581',
      'KS-2017/',
      'KS-2017/581.',
      'x KS-2017/1',
      'ks-2017/1',
    ])
      expect(isCaseNumberValid(caseNumber, defaultCaseNumberPattern), caseNumber).toBe(false);
  });

  it("follows a municipality's own pattern", () => {
    expect(isCaseNumberValid('HK2020-0042', 'HK\\d{4}-\\d{4}')).toBe(true);
    expect(isCaseNumberValid('KS-2017/581.173', 'HK\\d{4}-\\d{4}')).toBe(false);
  });
});
