import type { ImportRun } from './incoming-incident.js';

export interface ImportRunRepository {
  create(run: ImportRun): Promise<void>;
  list(municipalityId: string, limit: number): Promise<ImportRun[]>;
}
