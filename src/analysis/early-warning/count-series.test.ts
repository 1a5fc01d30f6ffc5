import { describe, expect, it } from 'vitest';
import { buildCountSeries } from './count-series.js';

const incident = (occurredAt: string, districtId: string | null, categoryCode: string) => ({
  occurredAt,
  districtId,
  categoryCode,
});

describe('count series', () => {
  it('counts by ISO week in Stockholm time with empty weeks as zeros', () => {
    const set = buildCountSeries(
      [
        // Sunday 2026-11-29 23:30 in Stockholm is Sunday evening UTC 22:30: week 48.
        incident('2026-11-29T22:30:00Z', 'flemingsberg', 'graffiti'),
        // Sunday 23:30 UTC is Monday 00:30 in Stockholm: week 49.
        incident('2026-11-29T23:30:00Z', 'flemingsberg', 'graffiti'),
        incident('2026-12-16T12:00:00Z', 'skogas', 'vandalism'),
      ],
      {
        frequency: 'week',
        firstDay: { year: 2026, month: 11, day: 25 },
        lastDay: { year: 2026, month: 12, day: 18 },
        districtIds: ['flemingsberg', 'skogas', 'vårby'],
      },
    );
    expect(set.keys).toEqual(['2026-W48', '2026-W49', '2026-W50', '2026-W51']);
    const find = (districtId: string, categoryCode: string | null) =>
      set.series.find(
        (item) => item.districtId === districtId && item.categoryCode === categoryCode,
      )?.counts;
    expect(find('flemingsberg', 'graffiti')).toEqual([1, 1, 0, 0]);
    expect(find('flemingsberg', null)).toEqual([1, 1, 0, 0]);
    expect(find('skogas', 'vandalism')).toEqual([0, 0, 0, 1]);
    expect(find('skogas', 'graffiti')).toEqual([0, 0, 0, 0]);
    expect(find('vårby', null)).toEqual([0, 0, 0, 0]);
    expect(find('vårby', 'vandalism')).toEqual([0, 0, 0, 0]);
    expect(set.outside).toBe(0);
  });

  it('counts by day and leaves out what falls outside the span', () => {
    const set = buildCountSeries(
      [
        incident('2026-03-28T23:30:00Z', null, 'fire'),
        incident('2026-03-29T10:00:00Z', null, 'fire'),
        incident('2026-04-02T10:00:00Z', null, 'fire'),
      ],
      {
        frequency: 'day',
        firstDay: { year: 2026, month: 3, day: 29 },
        lastDay: { year: 2026, month: 3, day: 31 },
      },
    );
    expect(set.keys).toEqual(['2026-03-29', '2026-03-30', '2026-03-31']);
    expect(set.series.find((item) => item.categoryCode === 'fire')?.counts).toEqual([2, 0, 0]);
    expect(set.outside).toBe(1);
  });
});
