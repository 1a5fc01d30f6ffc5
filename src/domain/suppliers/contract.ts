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
