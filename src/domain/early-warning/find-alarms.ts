import { ears } from '../../analysis/early-warning/ears.js';
import { farrington, farringtonDefaults } from '../../analysis/early-warning/farrington.js';
import { benjaminiHochberg } from '../../analysis/early-warning/false-discovery.js';
import { normalProbability } from '../../analysis/early-warning/normal-distribution.js';
import {
  addDays,
  formatLocalDate,
  stockholmLocalParts,
  type LocalDate,
} from '../../shared/time/stockholm-time.js';
import type { AlarmMethod, EarlyWarningSettings } from './early-warning.js';

/** One weekly count series: a district (null: the whole municipality) × a category. */
export interface WeeklySeries {
  districtId: string | null;
  categoryCode: string;
  /** Oldest first; the last count is the week under test. */
  counts: number[];
}

/** What a method said of one series' last week, before the filters. */
interface SeriesTest {
  districtId: string | null;
  categoryCode: string;
  method: AlarmMethod;
  observed: number;
  expected: number;
  /** The count above which the method alarms. */
  threshold: number;
  /** One-sided p-value of the observed count under the method's model. */
  pValue: number;
  isMethodAlarm: boolean;
}

export interface TestedAlarm extends SeriesTest {
  /** Benjamini–Hochberg adjusted p-value over every series tested this week. */
  adjustedPValue: number;
}

/** Weeks of history the seasonal method needs before the week under test. */
export const seasonalHistoryWeeks =
  farringtonDefaults.years * farringtonDefaults.frequency + farringtonDefaults.halfWindow;

/**
 * Whether the municipality's data reaches back far enough for the seasonal method in the week
 * beginning `weekFirstDay`: its earliest incident (an instant) falls, in Swedish time, on or
 * before the first day of the seasonal history.
 */
export function hasSeasonalHistory(earliestIncident: string | null, weekFirstDay: LocalDate) {
  if (earliestIncident === null) return false;
  const seasonalStart = addDays(weekFirstDay, -7 * seasonalHistoryWeeks);
  const earliestDay = stockholmLocalParts(new Date(earliestIncident));
  return formatLocalDate(earliestDay) <= formatLocalDate(seasonalStart);
}

/** Counts a year of history must hold for the seasonal method: about one every five weeks. */
const seasonalMinimumPerYear = 10;

/**
 * The seasonal method reads three years back, and its expectation is only as good as those
 * years. A series qualifies when each of the three years before the tested week holds at
 * least `seasonalMinimumPerYear` counts: the category was being recorded steadily. A series
 * that began later (a category added, EST reports that started this autumn) or is too sparse
 * to show a season is judged by EARS, which learns from the last weeks instead.
 */
function hasOwnSeasonalHistory(counts: readonly number[]): boolean {
  if (counts.length <= seasonalHistoryWeeks) return false;
  const { frequency, years } = farringtonDefaults;
  return Array.from({ length: years }, (_, year) => {
    const end = counts.length - 1 - year * frequency;
    return counts.slice(Math.max(0, end - frequency), end).reduce((sum, count) => sum + count, 0);
  }).every((total) => total >= seasonalMinimumPerYear);
}

function testSeries(
  series: WeeklySeries,
  settings: EarlyWarningSettings,
  isSeasonal: boolean,
): SeriesTest | null {
  const base = { districtId: series.districtId, categoryCode: series.categoryCode };
  if (isSeasonal && hasOwnSeasonalHistory(series.counts)) {
    const result = farrington(series.counts.slice(-(seasonalHistoryWeeks + 1)), {
      thresholdMethod: settings.seasonalThreshold,
      powertrans: settings.seasonalPowerTransform,
    });
    const expected = result.expected[0];
    const threshold = result.upperbound[0];
    if (expected !== undefined && Number.isFinite(expected) && threshold !== undefined) {
      return {
        ...base,
        method: 'farrington',
        observed: result.observed[0] ?? 0,
        expected,
        threshold,
        pValue: result.pValue[0] ?? 1,
        isMethodAlarm: result.isAlarm[0] ?? false,
      };
    }
  }
  const result = ears(series.counts, {
    method: settings.method,
    minSigma: settings.minimumSigma,
  });
  const last = result.observed.length - 1;
  if (last < 0) return null;
  const observed = result.observed[last] as number;
  const expected = result.expected[last] as number;
  const sigma = result.sigma[last] as number;
  // The p-value of this week's standardised count under the normal model EARS assumes. For
  // C3 too: its statistic adds the two weeks before, and that sum is not standard normal.
  const standardised = (observed - expected) / sigma;
  return {
    ...base,
    method: settings.method,
    observed,
    expected,
    threshold: result.upperbound[last] as number,
    // A 0/0 (a flat baseline, no change, no minimum sigma) tests nothing.
    pValue: Number.isNaN(standardised) ? 1 : normalProbability(standardised, false),
    isMethodAlarm: result.isAlarm[last] as boolean,
  };
}

/**
 * Tests the last week of every series and keeps the alarms a meeting should see: the
 * method alarms, the count reaches the minimum (the category's own, if set), the category
 * is switched on, and the alarm survives Benjamini–Hochberg at the settings' rate across
 * every series tested (switched-off categories are not tested). The seasonal method is used
 * where `hasSeasonalHistory` says the municipality's data reaches back far enough.
 */
/** What the tests found in a week, before the small-count rule and the decisions. */
export interface FoundAlarms {
  tested: number;
  alarms: TestedAlarm[];
}

export function findAlarms(
  series: readonly WeeklySeries[],
  settings: EarlyWarningSettings,
  hasSeasonalHistory: boolean,
): FoundAlarms {
  const isEnabled = (code: string) => settings.categories[code]?.isEnabled ?? true;
  const tests = series
    .filter((item) => isEnabled(item.categoryCode))
    .map((item) => testSeries(item, settings, settings.isSeasonalEnabled && hasSeasonalHistory))
    .filter((test): test is SeriesTest => test !== null);
  const adjusted = benjaminiHochberg(tests.map((test) => test.pValue));
  const alarms = tests
    .map((test, index) => ({ ...test, adjustedPValue: adjusted[index] as number }))
    .filter(
      (test) =>
        test.isMethodAlarm &&
        test.observed >=
          (settings.categories[test.categoryCode]?.minimumCount ?? settings.minimumCount) &&
        test.adjustedPValue <= settings.falseDiscoveryRate,
    )
    .sort((a, b) => a.adjustedPValue - b.adjustedPValue || b.observed - a.observed);
  return { tested: tests.length, alarms };
}
