import type { Actor } from '../access/actor.js';
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
  return deps.store.importRuns.list(actor.municipalityId, limit);
}
