import type { ImportRun } from './incoming-incident.js';

export interface ImportRunRepository {
  create(run: ImportRun): Promise<void>;
  /** Records the run, or its progress since it was last saved. */
  save(run: ImportRun): Promise<void>;
  list(municipalityId: string, limit: number): Promise<ImportRun[]>;
}
