import type { Organisation } from './organisation.js';

export interface OrganisationRepository {
  create(organisation: Organisation): Promise<void>;
  /** Only within the municipality: another municipality's organisation is "not found". */
  findById(municipalityId: string, id: string): Promise<Organisation | null>;
  findByName(municipalityId: string, name: string): Promise<Organisation | null>;
  list(municipalityId: string): Promise<(Organisation & { userCount: number })[]>;
  setDisabledAt(id: string, disabledAt: string | null): Promise<void>;
}
