import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CheckKind,
  CheckResult,
  CheckSource,
  MatchReviewDecision,
} from '../../../src/domain/suppliers/check';
import type { DecisionKind } from '../../../src/domain/suppliers/contract';
import type { RedFlagRule, RiskLevel } from '../../../src/domain/suppliers/red-flags/red-flag';
import type { CompanyRecord } from '../../../src/domain/suppliers/company-registry';
import type { LegalForm } from '../../../src/domain/identity/organisation-number';
import { api, apiDownload, apiUpload, type DownloadedFile, type UploadProgress } from './client';

// The server's own lists: one source for kinds, results, sources and decisions.
export {
  checkKinds,
  checkResults,
  manualCheckSources,
  matchReviewDecisions,
} from '../../../src/domain/suppliers/check';
export { decisionKinds } from '../../../src/domain/suppliers/contract';
export { validateOrganisationNumber } from '../../../src/domain/identity/organisation-number';
export type {
  CheckKind,
  CheckResult,
  CheckSource,
  CompanyRecord,
  DecisionKind,
  LegalForm,
  MatchReviewDecision,
  RedFlagRule,
  RiskLevel,
};

/** The API of supplier vetting (issue 8); its contract is /work/notes/suppliers-api.md. */

export interface Address {
  careOf: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
}

export interface BeneficialOwner {
  name: string;
  birthDate: string | null;
  identifier: string | null;
  countries: string[];
}

export interface Supplier {
  id: string;
  organisationNumber: string;
  vatNumber: string;
  legalForm: LegalForm;
  legalFormLabel: { sv: string; en: string };
  isSoleTrader: boolean;
  name: string;
  address: Address | null;
  phone: string | null;
  beneficialOwners: BeneficialOwner[];
  createdAt: string;
  updatedAt: string;
}

export interface Decision {
  id: string;
  supplierId: string;
  contractId: string | null;
  decision: DecisionKind;
  note: string;
  decidedByUserId: string | null;
  decidedAt: string;
}

export interface SupplierSummary extends Supplier {
  contractCount: number;
  latestDecision: Decision | null;
  overdueCheckCount: number;
  dueCheckCount: number;
  riskLevel: RiskLevel;
}

export interface Contract {
  id: string;
  supplierId: string;
  supplierName: string;
  procurementReference: string;
  title: string;
  startsOn: string;
  endsOn: string;
  valueSek: number;
  responsibleUnit: string;
  responsibleOfficerUserId: string | null;
  subcontractorIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ProgrammeItem {
  checkKind: CheckKind;
  /** null: at award only. */
  intervalMonths: number | null;
  responsibleUserId: string | null;
}

export type DueStatus = 'overdue' | 'due' | 'scheduled';

export interface DueCheck {
  contractId: string;
  contractTitle: string;
  procurementReference: string;
  supplierId: string;
  supplierName: string;
  checkKind: CheckKind;
  responsibleUserId: string | null;
  dueOn: string;
  lastCheckedOn: string | null;
  status: DueStatus;
  /** Days late (overdue) or left. */
  days: number;
}

export interface ContractDetail {
  contract: Contract;
  programme: ProgrammeItem[];
  due: DueCheck[];
}

export interface Evidence {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

export interface MatchFeature {
  feature: string;
  weight: number;
  detail: string;
}

export interface SanctionsMatch {
  id: string;
  subjectKey: string;
  subjectName: string;
  entityId: string;
  caption: string;
  schema: string;
  datasets: string[];
  score: number;
  features: MatchFeature[];
  review: {
    decision: MatchReviewDecision;
    comment: string;
    decidedByUserId: string | null;
    decidedAt: string;
  } | null;
}

export interface Check {
  id: string;
  supplierId: string;
  contractId: string | null;
  kind: CheckKind;
  source: CheckSource;
  checkedOn: string;
  result: CheckResult;
  summary: string;
  evidence: Evidence | null;
  performedByUserId: string | null;
  createdAt: string;
  registryRecord: CompanyRecord | null;
  matches: SanctionsMatch[];
}

export interface RedFlag {
  rule: RedFlagRule;
  level: RiskLevel;
  reason: string;
  params: Record<string, string | number>;
}

export interface Risk {
  level: RiskLevel;
  flags: RedFlag[];
  basedOn: { registryCheckedOn: string | null; sanctionsCheckedOn: string | null };
}

export interface SupplierDetail {
  supplier: Supplier;
  contracts: Contract[];
  subcontractorOf: Contract[];
}

export interface RegisterSupplierInput {
  organisationNumber: string;
  name: string;
  address?: Address | null;
  phone?: string | null;
}

export interface ContractInput {
  supplierId: string;
  procurementReference: string;
  title: string;
  startsOn: string;
  endsOn: string;
  valueSek: number;
  responsibleUnit: string;
  responsibleOfficerUserId?: string | null;
  subcontractorIds?: string[];
  programme?: ProgrammeItem[];
}

export interface ManualCheckInput {
  kind: CheckKind;
  source: CheckSource;
  checkedOn: string;
  result: CheckResult;
  summary: string;
  contractId?: string | null;
  file: File | null;
}

/** The largest extract the server accepts (10 MB). */
export const maxEvidenceBytes = 10 * 1_048_576;

const supplierPath = (id: string) => `/suppliers/${encodeURIComponent(id)}`;
const contractPath = (id: string) => `/contracts/${encodeURIComponent(id)}`;

export function useSuppliers(search: string) {
  return useQuery({
    queryKey: ['suppliers', 'list', search],
    queryFn: () => api.get<SupplierSummary[]>('/suppliers', { q: search }),
  });
}

export function useSupplier(id: string | undefined) {
  return useQuery({
    queryKey: ['suppliers', 'one', id],
    queryFn: () => api.get<SupplierDetail>(supplierPath(id ?? '')),
    enabled: id !== undefined,
  });
}

export function useSupplierChecks(id: string) {
  return useQuery({
    queryKey: ['suppliers', 'checks', id],
    queryFn: () => api.get<Check[]>(`${supplierPath(id)}/checks`),
  });
}

export function useSupplierRisk(id: string) {
  return useQuery({
    queryKey: ['suppliers', 'risk', id],
    queryFn: () => api.get<Risk>(`${supplierPath(id)}/risk`),
  });
}

export function useSupplierDecisions(id: string) {
  return useQuery({
    queryKey: ['suppliers', 'decisions', id],
    queryFn: () => api.get<Decision[]>(`${supplierPath(id)}/decisions`),
  });
}

export function useContract(id: string | undefined) {
  return useQuery({
    queryKey: ['suppliers', 'contract', id],
    queryFn: () => api.get<ContractDetail>(contractPath(id ?? '')),
    enabled: id !== undefined,
  });
}

/** Overdue checks and those due within 30 days, worst first (procurement only). */
export function useDueChecks(isEnabled = true) {
  return useQuery({
    queryKey: ['suppliers', 'due'],
    queryFn: () => api.get<DueCheck[]>('/supplier-checks/due'),
    enabled: isEnabled,
  });
}

/** After any change: everything of supplier vetting is read anew (checks move risk and due). */
function useInvalidateSuppliers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['suppliers'] });
}

export function useRegisterSupplier() {
  const invalidate = useInvalidateSuppliers();
  return useMutation({
    mutationFn: (input: RegisterSupplierInput) => api.post<Supplier>('/suppliers', input),
    onSuccess: invalidate,
  });
}

export function useCreateContract() {
  const invalidate = useInvalidateSuppliers();
  return useMutation({
    mutationFn: (input: ContractInput) => api.post<ContractDetail>('/contracts', input),
    onSuccess: invalidate,
  });
}

export function useReplaceProgramme(contractId: string) {
  const invalidate = useInvalidateSuppliers();
  return useMutation({
    mutationFn: (items: ProgrammeItem[]) =>
      api.put<ContractDetail>(`${contractPath(contractId)}/programme`, { items }),
    onSuccess: invalidate,
  });
}

export function useRunRegistryCheck(supplierId: string) {
  const invalidate = useInvalidateSuppliers();
  return useMutation({
    mutationFn: (contractId: string | null) =>
      api.post<Check[]>(`${supplierPath(supplierId)}/checks/registry`, { contractId }),
    onSuccess: invalidate,
  });
}

export function useRunSanctionsScreening(supplierId: string) {
  const invalidate = useInvalidateSuppliers();
  return useMutation({
    mutationFn: (contractId: string | null) =>
      api.post<Check>(`${supplierPath(supplierId)}/checks/sanctions`, { contractId }),
    onSuccess: invalidate,
  });
}

/** The file's bytes as base64, in chunks (a spread of 10 MB would overflow the call stack). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

export function useRecordManualCheck(supplierId: string) {
  const invalidate = useInvalidateSuppliers();
  return useMutation({
    mutationFn: async ({
      input,
      onProgress,
    }: {
      input: ManualCheckInput;
      onProgress: (progress: UploadProgress) => void;
    }) => {
      const { file, ...fields } = input;
      const evidence =
        file === null ? null : { fileName: file.name, contentBase64: await base64Of(file) };
      return apiUpload<Check>(
        `${supplierPath(supplierId)}/checks`,
        { ...fields, evidence },
        onProgress,
      );
    },
    onSuccess: invalidate,
  });
}

export function useReviewMatch() {
  const invalidate = useInvalidateSuppliers();
  return useMutation({
    mutationFn: (input: { matchId: string; decision: MatchReviewDecision; comment: string }) =>
      api.post<SanctionsMatch>(`/sanctions-matches/${encodeURIComponent(input.matchId)}/review`, {
        decision: input.decision,
        comment: input.comment,
      }),
    onSuccess: invalidate,
  });
}

export function useRecordDecision(supplierId: string) {
  const invalidate = useInvalidateSuppliers();
  return useMutation({
    mutationFn: (input: { decision: DecisionKind; note: string; contractId?: string | null }) =>
      api.post<Decision>(`${supplierPath(supplierId)}/decisions`, input),
    onSuccess: invalidate,
  });
}

export function downloadEvidence(evidenceId: string): Promise<DownloadedFile> {
  return apiDownload(`/supplier-evidence/${encodeURIComponent(evidenceId)}`, {}, () => undefined);
}
