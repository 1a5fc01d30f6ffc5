import type { CheckKind } from './check.js';

/**
 * A contract won in a procurement, with its supplier and the subcontractors the supplier
 * reported (themselves suppliers, so they can be checked too), and its check programme:
 * which checks, first at award and then every N months while the contract runs.
 */
export interface Contract {
  id: string;
  municipalityId: string;
  supplierId: string;
  procurementReference: string;
  title: string;
  /** First and last day of the contract period. */
  startsOn: string;
  endsOn: string;
  /** The contract's value in whole kronor. */
  valueSek: number;
  responsibleUnit: string;
  responsibleOfficerUserId: string | null;
  subcontractorIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ProgrammeItem {
  checkKind: CheckKind;
  /** Months between checks after the one at award; null: at award only. */
  intervalMonths: number | null;
  responsibleUserId: string | null;
}

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

export const decisionKinds = ['approve', 'request_information', 'exclude', 'terminate'] as const;
export type DecisionKind = (typeof decisionKinds)[number];

/** A procurement officer's decision on a supplier, with a note: append-only and audited. */
export interface SupplierDecision {
  id: string;
  municipalityId: string;
  supplierId: string;
  contractId: string | null;
  decision: DecisionKind;
  note: string;
  decidedByUserId: string | null;
  decidedAt: string;
}

export interface DecisionRepository {
  add(decision: SupplierDecision): Promise<void>;
  /** Newest first. */
  list(municipalityId: string, supplierId: string): Promise<SupplierDecision[]>;
  /** The newest decision of each supplier. */
  listLatest(municipalityId: string): Promise<Map<string, SupplierDecision>>;
}
