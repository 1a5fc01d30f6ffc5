import { describe, expect, it } from 'vitest';
import type { Category, EventProblem } from '../../../api/types';
import { situationSv } from '../../../i18n/situation/sv';
import { orderCategories, readCategoryUse, recordCategoryUse } from './category-use';
import {
  emptyDraft,
  errorsFromProblems,
  hasErrors,
  toReportedEvents,
  validateDrafts,
} from './report-form';

const now = new Date('2026-11-27T10:15:00.000Z');

describe('validateDrafts', () => {
  it('asks for a category and a place before anything is sent', () => {
    const errors = validateDrafts([emptyDraft()], situationSv);
    expect(errors[0]).toEqual({
      category: situationSv.report.required.category,
      place: situationSv.report.required.place,
    });
    expect(hasErrors(errors)).toBe(true);
  });

  it('accepts an area, a point or an address as the place', () => {
    const drafts = [
      { ...emptyDraft(), categoryCode: 'graffiti', districtId: 'd1' },
      { ...emptyDraft(), categoryCode: 'graffiti', point: { longitude: 18, latitude: 59.2 } },
      { ...emptyDraft(), categoryCode: 'graffiti', address: 'Storvretsvägen 20' },
    ];
    expect(hasErrors(validateDrafts(drafts, situationSv))).toBe(false);
  });
});

describe('toReportedEvents', () => {
  it('takes "now" at filing, reads times as Swedish time and leaves out what was not given', () => {
    const [untouched, edited] = toReportedEvents(
      [
        { ...emptyDraft(), categoryCode: 'graffiti', districtId: 'd1', description: ' Klotter ' },
        {
          ...emptyDraft(),
          categoryCode: 'littering',
          address: 'Torget',
          occurredAt: '2026-11-26T21:30',
          occurredUntil: '2026-11-26T22:00',
          severity: '3',
          unsafety: '',
          peopleCount: '4',
        },
      ],
      now,
    );
    expect(untouched).toEqual({
      occurredAt: '2026-11-27T10:15:00.000Z',
      categoryCode: 'graffiti',
      districtId: 'd1',
      description: 'Klotter',
    });
    expect(edited).toEqual({
      occurredAt: '2026-11-26T20:30:00.000Z',
      occurredUntil: '2026-11-26T21:00:00.000Z',
      categoryCode: 'littering',
      address: 'Torget',
      description: '',
      severity: 3,
      peopleCount: 4,
    });
  });
});

describe('errorsFromProblems', () => {
  it('puts each of the server problems next to its event and field', () => {
    const errors = errorsFromProblems(
      [
        { index: 1, field: 'place', problem: 'place_missing' },
        { index: 1, field: 'point', problem: 'outside_municipality' },
        { index: 0, field: 'occurredUntil', problem: 'time_order' },
        // A problem this version does not know (a refusal kept in the outbox from another version).
        { index: 0, field: 'categoryCode', problem: 'something_new' } as unknown as EventProblem,
        { index: 7, field: 'place', problem: 'place_missing' },
      ],
      2,
      situationSv,
    );
    expect(errors[0]).toEqual({
      until: situationSv.report.problems.time_order,
      category: situationSv.report.problems.unknown,
    });
    expect(errors[1]?.place).toBe(
      `${situationSv.report.problems.place_missing} ${situationSv.report.problems.outside_municipality}`,
    );
  });
});

describe('category use', () => {
  const category = (
    code: string,
    sortOrder: number,
    retiredAt: string | null = null,
  ): Category => ({
    code,
    labelSv: code,
    labelEn: code,
    group: 'other',
    isOrganizedCrimeSignal: false,
    sortOrder,
    retiredAt,
  });
  const categories = [
    category('a', 10),
    category('b', 20),
    category('c', 30),
    category('d', 40, '2026-01-01T00:00:00.000Z'),
    category('e', 50),
  ];

  it('puts the most used first, fills up in the municipality order and hides retired ones', () => {
    const { top, rest } = orderCategories(categories, { e: 3, c: 1 }, 3);
    expect(top.map((item) => item.code)).toEqual(['e', 'c', 'a']);
    expect(rest.map((item) => item.code)).toEqual(['b']);
  });

  it('counts per person on the device and survives broken storage', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    };
    recordCategoryUse(storage, 'user-1', ['graffiti', 'graffiti', 'littering']);
    expect(readCategoryUse(storage, 'user-1')).toEqual({ graffiti: 2, littering: 1 });
    expect(readCategoryUse(storage, 'user-2')).toEqual({});
    store.set('tryggve.categoryUse.user-3', 'not json');
    expect(readCategoryUse(storage, 'user-3')).toEqual({});
  });
});
