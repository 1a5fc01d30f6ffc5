import type { NotableChange } from '../../analysis/situation-picture.js';
import type { Period, PeriodKind } from '../../analysis/periods.js';
import type { ProtectedPictureRow } from '../../analysis/disclosure-control.js';

/**
 * The situation picture as a reader receives it (get-situation-picture.ts computes it). Its own
 * file, so the ports in deps.ts (the picture cache) name it without importing the use case.
 */

export interface SituationPictureInput {
  periodKind: PeriodKind;
  periodKey: string;
  locale: 'sv' | 'en';
}

export interface SituationPicture {
  period: Period;
  previousPeriod: Period;
  baselinePeriods: number;
  lastYearPeriod: Period | null;
  /** Counts of 1 or 2, and what would reveal them, are null for aggregates-only readers. */
  rows: ProtectedPictureRow[];
  largestChanges: (NotableChange & { sentence: string })[];
  /** Weekday (Monday first) × hour, Swedish time; incidents with an exact time only. */
  weekdayHour: (number | null)[][];
  /**
   * The small-count rule was applied (src/analysis/disclosure-control.ts): the reader sees
   * aggregates only, so counts under 3 are hidden and a custom period covers whole weeks.
   */
  hasSmallCountsHidden: boolean;
}
