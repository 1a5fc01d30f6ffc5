import type { Actor } from '../../domain/access/actor.js';
import type { Deps } from '../../domain/deps.js';
import { importIncidents } from '../../domain/imports/import-incidents.js';
import type { ImportRun } from '../../domain/imports/incoming-incident.js';
import { getMunicipalityOverview } from '../../domain/municipalities/get-municipality-overview.js';
import { listDistricts } from '../../domain/municipalities/list-districts.js';
import { readPoliceEventsFile } from './read-police-events-file.js';

export interface PoliceEventsImportInput {
  /** The feed's JSON, already parsed. */
  events: unknown;
  bodiesJsonl: string | null;
  fileName: string;
  /** The police organisation the events are filed under. */
  organisationId: string;
  isSkippingBadRows: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Reads a police events file for the actor's municipality and imports it through the one import path. */
export async function importPoliceEventsFile(
  deps: Deps,
  actor: Actor,
  input: PoliceEventsImportInput,
): Promise<ImportRun> {
  const { name } = await getMunicipalityOverview(deps, actor);
  const districts = await listDistricts(deps, actor);
  const read = readPoliceEventsFile({
    events: input.events,
    bodiesJsonl: input.bodiesJsonl,
    municipalityName: name,
    districtNames: districts.map((district) => district.name),
  });
  return importIncidents(deps, actor, {
    ...read,
    source: 'police_events',
    fileName: input.fileName,
    organisationId: input.organisationId,
    isSkippingBadRows: input.isSkippingBadRows,
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
}
