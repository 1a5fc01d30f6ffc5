import type { AlarmDecision, DailyCount, EarlyWarningSettings } from './early-warning.js';

export interface EarlyWarningRepository {
  /** Counted incidents per day, district and category for the days [fromDay, toDay). */
  dailyCounts(municipalityId: string, fromDay: string, toDay: string): Promise<DailyCount[]>;
  /** The municipality's settings; the defaults for any it never saved. */
  findSettings(municipalityId: string): Promise<EarlyWarningSettings>;
  saveSettings(
    municipalityId: string,
    settings: EarlyWarningSettings,
    updatedAt: string,
  ): Promise<void>;
  addDecision(decision: AlarmDecision): Promise<void>;
  /** Every decision on these alarms, oldest first. */
  listDecisions(municipalityId: string, alarmKeys: readonly string[]): Promise<AlarmDecision[]>;
  /** The points of counted incidents in [from, to), for hot spots and the heat layer; a place
   * name's point (precision place_name) is too coarse and left out. */
  listPoints(
    municipalityId: string,
    from: string,
    to: string,
  ): Promise<{ longitude: number; latitude: number }[]>;
  /**
   * The counted incidents of one category in [from, to), in time order, at most `limit`:
   * each with its time and, when it has an exact point (precision point or address), the
   * point; otherwise the precision that kept it out (near-repeat analysis).
   */
  listCategoryEvents(
    municipalityId: string,
    categoryCode: string,
    from: string,
    to: string,
    limit: number,
  ): Promise<CategoryEvent[]>;
}

export interface CategoryEvent {
  occurredAt: string;
  /** Null without an exact point. */
  point: { longitude: number; latitude: number } | null;
  precision: string;
}
