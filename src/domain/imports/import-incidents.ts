import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DistrictIndex } from '../districts/district-index.js';
import { notFound } from '../errors.js';
import type { Incident, LocationPrecision, StoredSourceRecord } from '../incidents/incident.js';
import { findPersonalData, maskPersonalData } from '../incidents/personal-data-guard.js';
import { MunicipalityExtent } from '../municipalities/municipality-extent.js';
import type { District } from '../municipalities/municipality.js';
import { importProblem } from './import-problem.js';
import {
  rejectedRow,
  type ImportRun,
  type IncomingIncident,
  type ReadImportFile,
  type RejectedRow,
} from './incoming-incident.js';

interface ImportIncidentsInput extends ReadImportFile {
  source: ImportRun['source'];
  fileName: string;
  /** The organisation the records come from (the police, for police events). */
  organisationId: string;
  /** Import the good rows even if some are rejected; otherwise a file with any bad row writes nothing. */
  isSkippingBadRows: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Records written per transaction; progress is reported after each. */
const batchSize = 1_000;

/**
 * Imports a file's records as incidents, in batches of a thousand, each all or nothing: all of
 * them or, if any row is bad and the user did not choose to skip bad rows, none. Re-running the same file changes
 * nothing: a record is matched by its source id, updated only when its source version
 * changed, and otherwise left alone. Every rejected row is kept in the import run's record.
 */
export async function importIncidents(
  deps: Deps,
  actor: Actor,
  input: ImportIncidentsInput,
): Promise<ImportRun> {
  await authorize(deps, actor, 'incident.import', 'incident.import');
  const startedAt = deps.clock();
  const { store } = deps;
  const organisation = await store.organisations.findById(
    actor.municipalityId,
    input.organisationId,
  );
  if (!organisation) throw notFound('organisation');

  const categories = new Map(
    (await store.taxonomy.list(actor.municipalityId)).map((item) => [item.code, item]),
  );
  const districts = await store.municipalities.listDistricts(actor.municipalityId);
  const extent = new MunicipalityExtent(
    await store.municipalities.findBoundary(actor.municipalityId),
    districts,
  );

  const rejected: RejectedRow[] = [...input.rejected];
  const accepted: IncomingIncident[] = [];
  for (const row of input.rows) {
    const category = categories.get(row.categoryCode);
    const problem = !category
      ? importProblem('category_not_in_taxonomy', { code: row.categoryCode })
      : category.retiredAt !== null
        ? importProblem('category_retired', { code: row.categoryCode })
        : row.point && !extent.contains(row.point)
          ? importProblem('outside_municipality')
          : null;
    if (problem) rejected.push(rejectedRow(row.line, row.sourceId, [problem]));
    else accepted.push(row);
  }
  rejected.sort((a, b) => a.line - b.line);

  const run: ImportRun = {
    id: randomUUID(),
    municipalityId: actor.municipalityId,
    source: input.source,
    fileName: input.fileName,
    actorUserId: actor.userId,
    status: 'completed',
    counts: {
      read:
        input.rows.length +
        input.rejected.length +
        Object.values(input.skipped).reduce((sum, count) => sum + count, 0),
      inserted: 0,
      updated: 0,
      unchanged: 0,
      rejected: rejected.length,
      skipped: input.skipped,
      warnings: input.warnings,
    },
    rejectedRows: rejected,
    startedAt: startedAt.toISOString(),
    finishedAt: startedAt.toISOString(),
  };

  if (rejected.length > 0 && !input.isSkippingBadRows) {
    run.status = 'rejected';
    run.finishedAt = deps.clock().toISOString();
    await store.transaction(async (repositories) => {
      await repositories.importRuns.create(run);
      await recordAudit(repositories, deps.clock(), actor, importAuditEvent(run));
    });
    return run;
  }

  const index = new DistrictIndex(districts);
  const districtsByName = groupByName(districts);
  // Batch by batch, each its own transaction: a report (or another writer) waits for one
  // batch at most, never for the whole file. The run is recorded with the first batch as
  // "unfinished", its counts raised with each batch, and "completed" with the last, audited;
  // should the process die midway, the run says so and what it wrote, and importing the same
  // file again finishes the work (what was written reads as unchanged).
  run.status = 'unfinished';
  for (let start = 0; start === 0 || start < accepted.length; start += batchSize) {
    const batch = accepted.slice(start, start + batchSize);
    const isLast = start + batchSize >= accepted.length;
    await store
      .transaction(async (repositories) => {
        const counts = { inserted: 0, updated: 0, unchanged: 0 };
        const existing = await repositories.incidents.findSourceVersions(
          actor.municipalityId,
          input.source,
          batch.map((row) => row.sourceId),
        );
        const fresh: Incident[] = [];
        for (const row of batch) {
          const stored = existing.get(row.sourceId);
          const incident = toIncident(
            row,
            stored?.id ?? randomUUID(),
            actor,
            input,
            index,
            districtsByName,
            startedAt,
          );
          // Text that retention removed is not brought back by the source.
          if (stored && stored.textRemovedAt !== null) incident.description = '';
          if (stored && isUnchanged(stored, incident)) {
            counts.unchanged += 1;
            continue;
          }
          if (stored) {
            await repositories.incidents.updateFromSource(incident);
            counts.updated += 1;
          } else {
            fresh.push(incident);
          }
        }
        await repositories.incidents.createMany(fresh);
        counts.inserted = fresh.length;
        const next: ImportRun = {
          ...run,
          status: isLast ? 'completed' : 'unfinished',
          counts: {
            ...run.counts,
            inserted: run.counts.inserted + counts.inserted,
            updated: run.counts.updated + counts.updated,
            unchanged: run.counts.unchanged + counts.unchanged,
          },
          finishedAt: deps.clock().toISOString(),
        };
        await repositories.importRuns.save(next);
        if (isLast) await recordAudit(repositories, deps.clock(), actor, importAuditEvent(next));
        // Only once the batch is committed does the run in memory count it.
        return next;
      })
      .then((next) => Object.assign(run, next));
    input.onProgress?.(Math.min(start + batchSize, accepted.length), accepted.length);
  }
  // PostgreSQL plans the follow-up's joins (exports, the picture, re-placing) on fresh figures.
  if (run.counts.inserted + run.counts.updated > 0) await store.incidents.refreshStatistics();
  return run;
}

/**
 * Whether a stored record already says what the file says: the same source version, and the
 * same category, text and place, so that a body text given on a later run, a changed type
 * mapping or a better place does update it. Text that retention removed stays removed.
 */
function isUnchanged(stored: StoredSourceRecord, incident: Incident): boolean {
  if (stored.sourceVersion !== incident.sourceVersion) return false;
  const { point, precision } = incident.location;
  const isSamePlace =
    stored.precision === precision &&
    stored.point?.longitude === point?.longitude &&
    stored.point?.latitude === point?.latitude;
  return (
    stored.categoryCode === incident.categoryCode &&
    isSamePlace &&
    (stored.textRemovedAt !== null || stored.description === incident.description)
  );
}

function importAuditEvent(run: ImportRun) {
  const { read, inserted, updated, unchanged, rejected } = run.counts;
  return {
    action: 'incident.import',
    entityType: 'import_run',
    entityId: run.id,
    outcome: run.status === 'completed' ? ('success' as const) : ('failure' as const),
    details: { source: run.source, read, inserted, updated, unchanged, rejected },
  };
}

const nameKey = (name: string) => name.normalize('NFC').trim().toLowerCase();

function groupByName(districts: District[]): Map<string, District[]> {
  const byName = new Map<string, District[]>();
  for (const district of districts)
    byName.set(nameKey(district.name), [...(byName.get(nameKey(district.name)) ?? []), district]);
  return byName;
}

function toIncident(
  row: IncomingIncident,
  id: string,
  actor: Actor,
  input: ImportIncidentsInput,
  index: DistrictIndex,
  districtsByName: Map<string, District[]>,
  now: Date,
): Incident {
  const named = row.districtNames.flatMap((name) => districtsByName.get(nameKey(name)) ?? []);
  const placed = row.point ? index.districtsAt(row.point) : [];
  const districtIds = [
    ...new Set([
      ...[...placed, ...named].map((district) => district.id),
      ...(row.districtIds ?? []),
    ]),
  ];
  const precision: LocationPrecision = row.point
    ? row.locationPrecision === 'place_name'
      ? 'place_name'
      : 'point'
    : row.address
      ? 'address'
      : districtIds.length > 0
        ? 'district'
        : row.locationPrecision === 'district'
          ? 'municipality'
          : row.locationPrecision;
  return {
    id,
    municipalityId: actor.municipalityId,
    reportId: null,
    occurredAt: row.occurredAt,
    occurredUntil: row.occurredUntil,
    timePrecision: row.timePrecision,
    reportedAt: row.reportedAt,
    location: { point: row.point, address: row.address, chosenDistrictId: null, precision },
    categoryCode: row.categoryCode,
    severity: null,
    unsafety: null,
    description: maskPersonalData(row.description, findPersonalData(row.description, now)),
    personalDataKinds: [],
    peopleCount: row.peopleCount,
    organisationId: input.organisationId,
    reporterUserId: actor.userId,
    source: input.source,
    sourceId: row.sourceId,
    sourceVersion: row.sourceVersion,
    status: 'reviewed',
    duplicateOfId: null,
    archiveReason: null,
    textRemovedAt: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    districtIds,
  };
}
