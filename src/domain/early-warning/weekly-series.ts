import { formatLocalDate, type LocalDate } from '../../shared/time/stockholm-time.js';
import type { DailyCount } from './early-warning.js';
import type { WeeklySeries } from './find-alarms.js';

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * Sums daily counts into weekly series of `weeks` weeks starting on `firstDay` (a Monday),
 * one per district × category that has any count, zero-filled where a week has none.
 * Days outside the span are ignored.
 */
export function weeklySeries(
  daily: readonly DailyCount[],
  firstDay: LocalDate,
  weeks: number,
): WeeklySeries[] {
  const start = dayNumber(formatLocalDate(firstDay));
  const series = new Map<string, WeeklySeries>();
  for (const row of daily) {
    const week = Math.floor((dayNumber(row.day) - start) / 7);
    if (week < 0 || week >= weeks) continue;
    const key = `${row.districtId ?? ''}\u0000${row.categoryCode}`;
    let item = series.get(key);
    if (!item) {
      item = {
        districtId: row.districtId,
        categoryCode: row.categoryCode,
        counts: new Array<number>(weeks).fill(0),
      };
      series.set(key, item);
    }
    item.counts[week] = (item.counts[week] as number) + row.count;
  }
  return [...series.values()];
}
