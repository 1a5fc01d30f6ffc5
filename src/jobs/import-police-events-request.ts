import type { Actor } from '../domain/access/actor.js';
import type { Deps } from '../domain/deps.js';
import type { ImportRun } from '../domain/imports/incoming-incident.js';
import { PoliceImportSchema } from '../http/imports/police-import-request.js';
import { readJsonBody } from '../http/raw-json-body.js';
import { importPoliceEventsFile } from '../integrations/polisen/import-police-events-file.js';

/**
 * The police events route's work from its raw body, in a worker thread: a file of tens of
 * thousands of events costs more than a second to parse, check and hand over, which would
 * otherwise hold the event loop. The route (src/http/imports) only decides access.
 */
export async function importPoliceEventsFromBody(
  deps: Deps,
  actor: Actor,
  body: Uint8Array | null,
): Promise<ImportRun> {
  const request = readJsonBody(body, PoliceImportSchema);
  return importPoliceEventsFile(deps, actor, {
    events: request.events,
    bodiesJsonl: request.bodies ?? null,
    fileName: request.fileName,
    organisationId: request.organisationId,
    isSkippingBadRows: request.isSkippingBadRows,
  });
}
