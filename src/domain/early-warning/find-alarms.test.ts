import { describe, expect, it } from 'vitest';
import { defaultEarlyWarningSettings } from './early-warning.js';
import {
  findAlarms,
  hasSeasonalHistory,
  seasonalHistoryWeeks,
  type WeeklySeries,
} from './find-alarms.js';
import { weeklySeries } from './weekly-series.js';

const series = (
  counts: number[],
  categoryCode = 'graffiti',
  districtId: string | null = 'd1',
): WeeklySeries => ({
  districtId,
  categoryCode,
  counts,
});
const rising = [1, 2, 0, 1, 1, 2, 1, 0, 1, 2, 9];

describe('findAlarms', () => {
  it('alarms on a rise above C2 and stays quiet on an ordinary week', () => {
    const { tested, alarms } = findAlarms(
      [series(rising), series([1, 2, 0, 1, 1, 2, 1, 0, 1, 2, 1], 'littering')],
      defaultEarlyWarningSettings,
      false,
    );
    expect(tested).toBe(2);
    expect(alarms.map((alarm) => [alarm.categoryCode, alarm.method, alarm.observed])).toEqual([
      ['graffiti', 'C2', 9],
    ]);
  });

  it('needs the minimum count, the category switched on and the false discovery rate met', () => {
    const settings = defaultEarlyWarningSettings;
    expect(
      findAlarms(
        [series([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2])],
        { ...settings, minimumCount: 3 },
        false,
      ).alarms,
    ).toEqual([]);
    expect(
      findAlarms(
        [series(rising)],
        { ...settings, categories: { graffiti: { isEnabled: false, minimumCount: null } } },
        false,
      ),
    ).toEqual({ tested: 0, alarms: [] });
    expect(
      findAlarms(
        [series(rising)],
        { ...settings, categories: { graffiti: { isEnabled: true, minimumCount: 10 } } },
        false,
      ).alarms,
    ).toEqual([]);
    // One strong signal among many quiet series still passes; the adjusted p-value says how strongly.
    const quiet = Array.from({ length: 200 }, (_, index) =>
      series([2, 1, 3, 2, 1, 2, 3, 2, 1, 2, 2], `c${index}`),
    );
    const { alarms } = findAlarms([series(rising), ...quiet], settings, false);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]?.adjustedPValue).toBeGreaterThan(alarms[0]?.pValue ?? 1);
  });

  it('does not alarm on a small rise after a flat baseline, as R would with no minimum sigma', () => {
    const flat = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3];
    expect(findAlarms([series(flat)], defaultEarlyWarningSettings, false).alarms).toEqual([]);
    const bare = findAlarms(
      [series(flat)],
      { ...defaultEarlyWarningSettings, minimumSigma: 0 },
      false,
    );
    expect(bare.alarms[0]).toMatchObject({ threshold: 1, pValue: 0 });
  });

  it('uses the seasonal method where three years of history exist, and EARS where they do not', () => {
    const long = Array.from(
      { length: seasonalHistoryWeeks + 1 },
      (_, week) => 4 + Math.round(2 * Math.sin((2 * Math.PI * week) / 52)),
    );
    long[long.length - 1] = 30;
    const seasonal = findAlarms([series(long)], defaultEarlyWarningSettings, true);
    expect(seasonal.alarms[0]).toMatchObject({ method: 'farrington', observed: 30 });
    // A category first reported two years ago has no seasonal history of its own.
    const recent = long.map((count, week) => (week < 104 ? 0 : count));
    expect(findAlarms([series(recent)], defaultEarlyWarningSettings, true).alarms[0]).toMatchObject(
      {
        method: 'C2',
      },
    );
    const without = findAlarms(
      [series(long)],
      { ...defaultEarlyWarningSettings, isSeasonalEnabled: false },
      true,
    );
    expect(without.alarms[0]).toMatchObject({ method: 'C2' });
  });

  it("uses the seasonal threshold the municipality chose: R's delta threshold is not a whole number", () => {
    const long = Array.from(
      { length: seasonalHistoryWeeks + 1 },
      (_, week) => 4 + Math.round(2 * Math.sin((2 * Math.PI * week) / 52)),
    );
    long[long.length - 1] = 30;
    const plugIn = findAlarms([series(long)], defaultEarlyWarningSettings, true).alarms[0];
    const delta = findAlarms(
      [series(long)],
      { ...defaultEarlyWarningSettings, seasonalThreshold: 'delta', seasonalPowerTransform: '1/2' },
      true,
    ).alarms[0];
    expect(plugIn?.method).toBe('farrington');
    expect(delta?.method).toBe('farrington');
    expect(Number.isInteger(plugIn?.threshold)).toBe(true);
    expect(Number.isInteger(delta?.threshold)).toBe(false);
    expect(delta?.threshold).not.toBe(plugIn?.threshold);
  });
});

describe('weeklySeries', () => {
  it('sums days into weeks from a Monday, zero-filled, one series per district and category', () => {
    const result = weeklySeries(
      [
        { day: '2026-11-16', districtId: 'd1', categoryCode: 'graffiti', count: 2 },
        { day: '2026-11-22', districtId: 'd1', categoryCode: 'graffiti', count: 1 },
        { day: '2026-11-23', districtId: 'd1', categoryCode: 'graffiti', count: 4 },
        { day: '2026-11-23', districtId: null, categoryCode: 'graffiti', count: 4 },
        { day: '2026-11-30', districtId: 'd1', categoryCode: 'graffiti', count: 9 },
      ],
      { year: 2026, month: 11, day: 9 },
      3,
    );
    expect(result).toEqual([
      { districtId: 'd1', categoryCode: 'graffiti', counts: [0, 3, 4] },
      { districtId: null, categoryCode: 'graffiti', counts: [0, 0, 4] },
    ]);
  });
});

describe('hasSeasonalHistory', () => {
  // W48 of 2026 begins Monday 23 November; the seasonal history, 159 weeks earlier, on
  // Monday 6 November 2023 (Swedish winter time, UTC+1).
  const week48 = { year: 2026, month: 11, day: 23 };

  it('counts from the Swedish date of the earliest incident, not the UTC date', () => {
    expect(seasonalHistoryWeeks).toBe(3 * 52 + 3);
    // 00:30 on 7 November in Sweden is still 6 November in UTC: a day too late for history.
    expect(hasSeasonalHistory('2023-11-06T23:30:00Z', week48)).toBe(false);
    expect(hasSeasonalHistory('2023-11-06T22:59:00Z', week48)).toBe(true);
    expect(hasSeasonalHistory(null, week48)).toBe(false);
  });
});
