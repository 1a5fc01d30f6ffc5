import type { Actor } from '../../domain/access/actor.js';
import type { Deps } from '../../domain/deps.js';
import { importIncidents } from '../../domain/imports/import-incidents.js';
import type { ImportProfile } from '../../domain/imports/import-profile.js';
import {
  unreadableFile,
  type ImportRun,
  type ReadImportFile,
} from '../../domain/imports/incoming-incident.js';
import { listTaxonomy } from '../../domain/incidents/list-taxonomy.js';
import { listDistricts } from '../../domain/municipalities/list-districts.js';
import { CsvFormatError } from '../../domain/imports/csv-format-error.js';
import { readCsvFile } from './read-csv-file.js';

export interface CsvImportInput {
  text: string;
  fileName: string;
  profile: ImportProfile;
  organisationId: string;
  isSkippingBadRows: boolean;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Reads a CSV file with a profile and imports it through the one import path. A file that
 * cannot be read at all is recorded as a rejected run saying why, like any bad row.
 */
export async function importCsvFile(
  deps: Deps,
  actor: Actor,
  input: CsvImportInput,
): Promise<ImportRun> {
  const categories = await listTaxonomy(deps, actor);
  const districts = await listDistricts(deps, actor);
  let read: ReadImportFile;
  try {
    read = readCsvFile({
      text: input.text,
      profile: input.profile,
      categories,
      districtNames: districts.map((district) => district.name),
      now: deps.clock(),
    });
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    read = unreadableFile(error.problem);
  }
  return importIncidents(deps, actor, {
    ...read,
    source: 'csv',
    fileName: input.fileName,
    organisationId: input.organisationId,
    isSkippingBadRows: input.isSkippingBadRows,
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
}
