import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { defaultRetentionSettings, retentionCutoff } from './retention.js';
import type { Repositories } from '../deps.js';

/**
 * Erases the identity, notes and every text of the municipality's cases closed before the
 * cutoff (a day), with one counts-only audit entry. The cases' status, dates and goals met
 * stay, so the aggregates do not change.
 */
async function eraseCaseRecords(
  repositories: Repositories,
  now: Date,
  municipalityId: string,
  cutoff: string | null,
  summary: RetentionRunSummary,
): Promise<void> {
  if (cutoff === null) return;
  const closedBefore = cutoff.slice(0, 10);
  const erased = await repositories.interventions.eraseClosedCases(
    municipalityId,
    closedBefore,
    now.toISOString(),
  );
  summary.caseRecords += erased.cases;
  if (erased.cases === 0) return;
  await recordAudit(
    repositories,
    now,
    { municipalityId, userId: null, organisationId: null, roles: [] },
    {
      action: 'retention.apply_case_records',
      entityType: 'municipality',
      entityId: municipalityId,
      details: { via: 'job', ...erased, closedBefore },
    },
  );
}

export interface RetentionRunSummary {
  municipalities: number;
  incidentTexts: number;
  signalTexts: number;
  /** Cases of individual interventions whose identity and texts were erased (issue 14). */
  caseRecords: number;
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
  const caseCutoff = retentionCutoff(
    now,
    settings.caseRecordsMonths ?? defaultRetentionSettings.caseRecordsMonths ?? 60,
  );
  const summary: RetentionRunSummary = {
    municipalities: 0,
    incidentTexts: 0,
    signalTexts: 0,
    caseRecords: 0,
  };
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
    await deps.store.transaction((repositories) =>
      eraseCaseRecords(repositories, now, municipality.id, caseCutoff, summary),
    );
  }
  return summary;
}
