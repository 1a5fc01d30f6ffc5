import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.js';
import type { Deps } from '../../domain/deps.js';
import type { ImportRun } from '../../domain/imports/incoming-incident.js';
import { importPoliceEventsFile } from '../../integrations/polisen/import-police-events-file.js';
import { readJsonBody } from '../raw-json-body.js';

/** A police events file as POST /api/imports/police-events takes it. */
export const PoliceImportSchema = z.object({
  fileName: z.string().min(1).max(200),
  organisationId: z.uuid('the police organisation'),
  /** The feed's JSON array, as the file holds it; every element is checked. */
  events: z.unknown(),
  /** The body texts, one JSON object a line. */
  bodies: z.string().max(20_000_000).optional(),
  isSkippingBadRows: z.boolean().default(false),
});

/**
 * The police events route's work from its raw body, for a worker thread
 * (src/jobs/worker-tasks.ts): a file of tens of thousands of events costs more than a second
 * to parse, check and hand over, which would otherwise hold the event loop.
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
