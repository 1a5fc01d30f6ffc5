/**
 * Retention (gallring) of free text, per record type (data protection: keep what is needed): the
 * words of a report or a signal are kept for a set time, the counts for good. 0 keeps the
 * text for ever. Set with TRYGGVE_RETENTION_INCIDENT_TEXT_MONTHS and
 * TRYGGVE_RETENTION_SIGNAL_TEXT_MONTHS.
 */
export interface RetentionSettings {
  /** Months after an incident was reported that its description is removed. */
  incidentTextMonths: number;
  /** Months after a signal was closed (last changed) that its text is removed. */
  signalTextMonths: number;
  /**
   * Months after a case of individual interventions was closed that its identity, notes and
   * every text are erased (issue 14); its facts stay for the aggregates. 60 when absent.
   */
  caseRecordsMonths?: number;
}

export const defaultRetentionSettings: RetentionSettings = {
  incidentTextMonths: 36,
  signalTextMonths: 36,
  caseRecordsMonths: 60,
};

/** The instant `months` calendar months before `now`, as UTC; null when `months` is 0. */
export function retentionCutoff(now: Date, months: number): string | null {
  if (months <= 0) return null;
  const cutoff = new Date(now);
  const day = cutoff.getUTCDate();
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  // 31 May minus three months is the last of February, not 3 March.
  const lastDay = new Date(
    Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0),
  ).getUTCDate();
  cutoff.setUTCDate(Math.min(day, lastDay));
  return cutoff.toISOString();
}
