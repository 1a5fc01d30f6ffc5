import type { SavedImportProfile } from './import-profile.js';

export interface ImportProfileRepository {
  save(profile: SavedImportProfile): Promise<void>;
  list(municipalityId: string): Promise<SavedImportProfile[]>;
  find(municipalityId: string, id: string): Promise<SavedImportProfile | null>;
}
