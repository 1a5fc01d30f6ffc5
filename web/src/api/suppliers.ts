import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiDownload, apiUpload, type DownloadedFile, type UploadProgress } from './client';
import type { BodyOf, ResponseOf } from './contract';

// The server's own lists, for the UI to iterate over; their types are the API's unions below.
export {
  checkKinds,
  checkResults,
  manualCheckSources,
  matchReviewDecisions,
} from '../../../src/domain/suppliers/check';
export { decisionKinds } from '../../../src/domain/suppliers/contract';
export { validateOrganisationNumber } from '../../../src/domain/identity/organisation-number';

export type SupplierSummary = ResponseOf<'/api/suppliers'>[number];
export type RiskLevel = SupplierSummary['riskLevel'];
export type SupplierDetail = ResponseOf<'/api/suppliers/{id}'>;
export type Supplier = SupplierDetail['supplier'];
export type LegalForm = Supplier['legalForm'];
export type Address = NonNullable<Supplier['address']>;
export type BeneficialOwner = Supplier['beneficialOwners'][number];
export type Decision = ResponseOf<'/api/suppliers/{id}/decisions'>[number];
export type DecisionKind = Decision['decision'];

export type ContractDetail = ResponseOf<'/api/contracts/{id}'>;
export type Contract = ContractDetail['contract'];
export type ProgrammeItem = ContractDetail['programme'][number];
export type DueCheck = ResponseOf<'/api/supplier-checks/due'>[number];
export type DueStatus = DueCheck['status'];

export type Check = ResponseOf<'/api/suppliers/{id}/checks'>[number];
export type CheckKind = Check['kind'];
export type CheckSource = Check['source'];
export type CheckResult = Check['result'];
export type Evidence = NonNullable<Check['evidence']>;
/**
 * A check's registry record. The API document types it only as an object (the server's schema
 * is z.record), so its shape is the server's own type until that schema describes it.
 */
export type { CompanyRecord } from '../../../src/domain/suppliers/company-registry';
export type SanctionsMatch = Check['matches'][number];
export type MatchFeature = SanctionsMatch['features'][number];
export type MatchReviewDecision = NonNullable<SanctionsMatch['review']>['decision'];

export type Risk = ResponseOf<'/api/suppliers/{id}/risk'>;
export type RedFlag = Risk['flags'][number];
export type RedFlagRule = RedFlag['rule'];

export type RegisterSupplierInput = BodyOf<'/api/suppliers', 'post'>;
export type ContractInput = BodyOf<'/api/contracts', 'post'>;
/** A manual check as its dialog holds it: the evidence still a file, read when it is sent. */
export type ManualCheckInput = Omit<BodyOf<'/api/suppliers/{id}/checks', 'post'>, 'evidence'> & {
  file: File | null;
};

export const maxEvidenceBytes = 10 * 1_048_576;

export function useSuppliers(search: string) {
  return useQuery({
    queryKey: ['suppliers', 'list', search],
    queryFn: () => api.get('/api/suppliers', { query: { q: search } }),
  });
}

export function useSupplier(id: string | undefined) {
  return useQuery({
    queryKey: ['suppliers', 'one', id],
    queryFn: () => api.get('/api/suppliers/{id}', { path: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

export function useSupplierChecks(id: string) {
  return useQuery({
    queryKey: ['suppliers', 'checks', id],
    queryFn: () => api.get('/api/suppliers/{id}/checks', { path: { id } }),
  });
}

export function useSupplierRisk(id: string) {
  return useQuery({
    queryKey: ['suppliers', 'risk', id],
    queryFn: () => api.get('/api/suppliers/{id}/risk', { path: { id } }),
  });
}

export function useSupplierDecisions(id: string) {
  return useQuery({
    queryKey: ['suppliers', 'decisions', id],
    queryFn: () => api.get('/api/suppliers/{id}/decisions', { path: { id } }),
  });
}

export function useContract(id: string | undefined) {
  return useQuery({
    queryKey: ['suppliers', 'contract', id],
    queryFn: () => api.get('/api/contracts/{id}', { path: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

/** Overdue checks and those due within 30 days, worst first (procurement only). */
export function useDueChecks(isEnabled = true) {
  return useQuery({
    queryKey: ['suppliers', 'due'],
    queryFn: () => api.get('/api/supplier-checks/due'),
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
    mutationFn: (input: RegisterSupplierInput) => api.post('/api/suppliers', { body: input }),
    onSuccess: invalidate,
  });
}

export function useCreateContract() {
  const invalidate = useInvalidateSuppliers();
  return useMutation({
    mutationFn: (input: ContractInput) => api.post('/api/contracts', { body: input }),
    onSuccess: invalidate,
  });
}

export function useReplaceProgramme(contractId: string) {
  const invalidate = useInvalidateSuppliers();
  return useMutation({
    mutationFn: (items: ProgrammeItem[]) =>
      api.put('/api/contracts/{id}/programme', { path: { id: contractId }, body: { items } }),
    onSuccess: invalidate,
  });
}

export function useRunRegistryCheck(supplierId: string) {
  const invalidate = useInvalidateSuppliers();
  return useMutation({
    mutationFn: (contractId: string | null) =>
      api.post('/api/suppliers/{id}/checks/registry', {
        path: { id: supplierId },
        body: { contractId },
      }),
    onSuccess: invalidate,
  });
}

export function useRunSanctionsScreening(supplierId: string) {
  const invalidate = useInvalidateSuppliers();
  return useMutation({
    mutationFn: (contractId: string | null) =>
      api.post('/api/suppliers/{id}/checks/sanctions', {
        path: { id: supplierId },
        body: { contractId },
      }),
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
      return apiUpload(
        'post',
        '/api/suppliers/{id}/checks',
        { path: { id: supplierId }, body: { ...fields, evidence } },
        onProgress,
      );
    },
    onSuccess: invalidate,
  });
}

export function useReviewMatch() {
  const invalidate = useInvalidateSuppliers();
  return useMutation({
    mutationFn: (
      input: { matchId: string } & BodyOf<'/api/sanctions-matches/{id}/review', 'post'>,
    ) =>
      api.post('/api/sanctions-matches/{id}/review', {
        path: { id: input.matchId },
        body: {
          decision: input.decision,
          comment: input.comment,
        },
      }),
    onSuccess: invalidate,
  });
}

export function useRecordDecision(supplierId: string) {
  const invalidate = useInvalidateSuppliers();
  return useMutation({
    mutationFn: (input: BodyOf<'/api/suppliers/{id}/decisions', 'post'>) =>
      api.post('/api/suppliers/{id}/decisions', { path: { id: supplierId }, body: input }),
    onSuccess: invalidate,
  });
}

export function downloadEvidence(evidenceId: string): Promise<DownloadedFile> {
  return apiDownload('/api/supplier-evidence/{id}', { path: { id: evidenceId } }, () => undefined);
}
