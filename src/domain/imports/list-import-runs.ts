import type { Actor } from '../access/actor.js';
import { auditRead } from '../audit/audit-read.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { ImportRun } from './incoming-incident.js';

/** The latest imports with their counts and every rejected row. */
export async function listImportRuns(
  deps: Deps,
  actor: Actor,
  limit: number,
): Promise<ImportRun[]> {
  await authorize(deps, actor, 'incident.import', 'import.list');
  const runs = await deps.store.importRuns.list(actor.municipalityId, limit);
  // Rejected rows quote the file's content: every listing is recorded (issue 20).
  await auditRead(deps, actor, {
    action: 'import.list',
    entityType: 'import_run',
    ids: runs.map((run) => run.id),
  });
  return runs;
}
