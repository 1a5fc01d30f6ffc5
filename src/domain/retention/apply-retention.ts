import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { defaultRetentionSettings, retentionCutoff } from './retention.js';

export interface RetentionRunSummary {
  municipalities: number;
  incidentTexts: number;
  signalTexts: number;
}

/**
 * Removes the free text that has outlived its retention, in every municipality: the
 * descriptions of incidents reported before the cutoff, and the text of signals closed before
 * theirs. Category, place, time and status stay, so the picture and the counts do not change.
 * Each batch of a municipality's removal and its audit entry (counts only) are one
 * transaction; a second run the same day finds nothing left to remove.
 */
/** Texts removed per transaction, of each kind. */
export const retentionBatchSize = 1_000;

export async function applyRetention(deps: Deps): Promise<RetentionRunSummary> {
  const settings = deps.retention ?? defaultRetentionSettings;
  const now = deps.clock();
  const incidentCutoff = retentionCutoff(now, settings.incidentTextMonths);
  const signalCutoff = retentionCutoff(now, settings.signalTextMonths);
  const summary: RetentionRunSummary = { municipalities: 0, incidentTexts: 0, signalTexts: 0 };
  for (const municipality of await deps.store.municipalities.list()) {
    summary.municipalities += 1;
    // In batches, each its own transaction with its audit entry (issue 21): the first run over
    // years of history no longer holds the database (SQLite stalled 3 s) for one huge update.
    for (let isMore = true; isMore;) {
      isMore = await deps.store.transaction(async (repositories) => {
        const removedAt = now.toISOString();
        const incidentTexts = incidentCutoff
          ? await repositories.incidents.removeTextReportedBefore(
              municipality.id,
              incidentCutoff,
              removedAt,
              retentionBatchSize,
            )
          : 0;
        const signalTexts = signalCutoff
          ? await repositories.signals.removeTextClosedBefore(
              municipality.id,
              signalCutoff,
              removedAt,
              retentionBatchSize,
            )
          : 0;
        summary.incidentTexts += incidentTexts;
        summary.signalTexts += signalTexts;
        if (incidentTexts + signalTexts === 0) return false;
        await recordAudit(
          repositories,
          now,
          { municipalityId: municipality.id, userId: null, organisationId: null, roles: [] },
          {
            action: 'retention.apply',
            entityType: 'municipality',
            entityId: municipality.id,
            details: { via: 'job', incidentTexts, signalTexts, incidentCutoff, signalCutoff },
          },
        );
        return incidentTexts === retentionBatchSize || signalTexts === retentionBatchSize;
      });
    }
  }
  return summary;
}
