import type { Contract, ProgrammeItem } from './contract.js';

export interface ContractRepository {
  save(contract: Contract): Promise<void>;
  find(municipalityId: string, id: string): Promise<Contract | null>;
  /** Newest start first; of one supplier (as supplier) when given. */
  list(municipalityId: string, supplierId?: string): Promise<Contract[]>;
  /** Contracts naming this supplier as a subcontractor. */
  listAsSubcontractor(municipalityId: string, supplierId: string): Promise<Contract[]>;
  /** The programme of each contract, by contract id. */
  listProgrammes(
    municipalityId: string,
    contractIds: readonly string[],
  ): Promise<Map<string, ProgrammeItem[]>>;
  replaceProgramme(
    municipalityId: string,
    contractId: string,
    items: readonly ProgrammeItem[],
  ): Promise<void>;
}
