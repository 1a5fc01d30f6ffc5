import type { Effort } from './effort.js';

export interface EffortRepository {
  save(effort: Effort): Promise<void>;
  find(municipalityId: string, id: string): Promise<Effort | null>;
  /** By level (local first), then name. */
  list(municipalityId: string): Promise<Effort[]>;
  delete(municipalityId: string, id: string): Promise<void>;
}
