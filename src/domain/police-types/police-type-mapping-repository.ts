import type { PoliceTypeMapping } from './police-type-mapping.js';

export interface PoliceTypeMappingRepository {
  list(municipalityId: string): Promise<PoliceTypeMapping[]>;
  /** Adds or changes the municipality's entry for the type. */
  save(municipalityId: string, mapping: PoliceTypeMapping): Promise<void>;
  /** Removes the entry; returns whether there was one. */
  remove(municipalityId: string, policeType: string): Promise<boolean>;
}
