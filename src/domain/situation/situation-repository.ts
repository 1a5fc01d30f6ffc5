import type { HourCount } from '../../analysis/situation-picture.js';

/**
 * The situation picture's own reads, from the daily rollups the incident writes keep (issue
 * 3): a year's picture reads a few thousand rollup rows rather than every incident.
 */
export interface SituationRepository {
  /**
   * Incidents that count (new or reviewed, not duplicates or archived) that occurred in
   * [from, to): per district, and for the whole municipality with `districtId` null.
   */
  countByDistrictAndCategory(
    municipalityId: string,
    from: string,
    to: string,
  ): Promise<{ districtId: string | null; categoryCode: string; count: number }[]>;
  /**
   * Counting incidents (new or reviewed) of [from, to) whose time is known to the minute, per
   * Stockholm day and hour.
   */
  countExactTimesByHour(municipalityId: string, from: string, to: string): Promise<HourCount[]>;
  /**
   * A number raised in the same transaction as every change to what the picture reads
   * (counted incidents, districts, taxonomy): a picture computed at a version holds while it
   * is current.
   */
  readVersion(municipalityId: string): Promise<number>;
  /**
   * Like `readVersion`, for a picture that read these spans of time only ([from, to); a null
   * `from` reaches back to the start): the highest version at which a change touched a
   * Stockholm week overlapping them, or the whole picture. A report in week 50 leaves it as
   * it was for a picture of week 30.
   */
  readVersionOf(
    municipalityId: string,
    spans: readonly { from: string | null; to: string }[],
  ): Promise<number>;
  /** Computes the municipality's rollups again from its incidents: they are a cache. */
  rebuildRollups(municipalityId: string): Promise<void>;
}
