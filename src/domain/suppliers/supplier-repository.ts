import type { Supplier } from './supplier.js';

export interface SupplierRepository {
  save(supplier: Supplier): Promise<void>;
  find(municipalityId: string, id: string): Promise<Supplier | null>;
  findByOrganisationNumber(
    municipalityId: string,
    organisationNumber: string,
  ): Promise<Supplier | null>;
  /** By name; `search` matches name or number, case-insensitively. */
  list(municipalityId: string, search?: string): Promise<Supplier[]>;
}
