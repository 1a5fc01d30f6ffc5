import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AgreementKind,
  AgreementStatus,
  CommitmentStatus,
} from '../../../src/domain/agreements/agreement';
import { api, apiDownload, apiUpload, type DownloadedFile, type UploadProgress } from './client';

// The server's own lists: one source for kinds, statuses and colours.
export {
  agreementKinds,
  agreementStatuses,
  commitmentStatuses,
} from '../../../src/domain/agreements/agreement';
export { maxDocumentBytes } from '../../../src/domain/agreements/signed-document';
export type { AgreementKind, AgreementStatus, CommitmentStatus };

export interface AgreementParty {
  organisationId: string;
  organisationName: string;
  signatoryName: string;
  signatoryTitle: string;
}

/** An agreement or citizen promise as GET /api/agreements lists it; `status` is the server's. */
export interface Agreement {
  id: string;
  kind: AgreementKind;
  title: string;
  summary: string;
  validFrom: string | null;
  validUntil: string | null;
  signedOn: string | null;
  parties: AgreementParty[];
  status: AgreementStatus;
  hasDocument: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface LinkedMeasure {
  id: string;
  planId: string;
  planTitle: string;
  measure: string;
}

export interface CommitmentFollowUp {
  id: string;
  commitmentId: string;
  followedUpOn: string;
  status: CommitmentStatus;
  comment: string;
  recordedByName: string;
  recordedAt: string;
}

export interface Commitment {
  id: string;
  agreementId: string;
  text: string;
  responsibleOrganisationId: string | null;
  measureIds: string[];
  position: number;
  measures: LinkedMeasure[];
  /** Oldest first: the last is the current status. */
  followUps: CommitmentFollowUp[];
}

export interface SignedDocumentInfo {
  fileName: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export interface AgreementDetail extends Agreement {
  commitments: Commitment[];
  document: SignedDocumentInfo | null;
}

export interface AgreementInput {
  kind: AgreementKind;
  title: string;
  summary: string;
  validFrom: string | null;
  validUntil: string | null;
  signedOn: string | null;
  parties: { organisationId: string; signatoryName: string; signatoryTitle: string }[];
}

export interface CommitmentInput {
  text: string;
  responsibleOrganisationId: string | null;
  measureIds: string[];
}

export interface FollowUpInput {
  status: CommitmentStatus;
  comment: string;
  followedUpOn: string;
}

const agreementPath = (id: string) => `/agreements/${encodeURIComponent(id)}`;
const commitmentPath = (id: string) => `/agreements/commitments/${encodeURIComponent(id)}`;

export function useAgreements() {
  return useQuery({ queryKey: ['agreements'], queryFn: () => api.get<Agreement[]>('/agreements') });
}

export function useAgreement(id: string | undefined) {
  return useQuery({
    queryKey: ['agreements', id],
    queryFn: () => api.get<AgreementDetail>(agreementPath(id ?? '')),
    enabled: id !== undefined,
    retry: false,
  });
}

export function useLinkableMeasures(isEnabled: boolean) {
  return useQuery({
    queryKey: ['agreements', 'linkable-measures'],
    queryFn: () => api.get<LinkedMeasure[]>('/agreements/linkable-measures'),
    enabled: isEnabled,
  });
}

function useInvalidateAgreements() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['agreements'] });
}

export function useCreateAgreement() {
  const invalidate = useInvalidateAgreements();
  return useMutation({
    mutationFn: (input: AgreementInput) => api.post<Agreement>('/agreements', input),
    onSuccess: invalidate,
  });
}

export function useUpdateAgreement(id: string) {
  const invalidate = useInvalidateAgreements();
  return useMutation({
    mutationFn: (input: AgreementInput) => api.patch<Agreement>(agreementPath(id), input),
    onSuccess: invalidate,
  });
}

/** Adds a commitment (no `commitmentId`) or changes one. */
export function useSaveCommitment(agreementId: string) {
  const invalidate = useInvalidateAgreements();
  return useMutation({
    mutationFn: ({ commitmentId, ...input }: CommitmentInput & { commitmentId: string | null }) =>
      commitmentId === null
        ? api.post(`${agreementPath(agreementId)}/commitments`, input)
        : api.patch(commitmentPath(commitmentId), input),
    onSuccess: invalidate,
  });
}

export function useRecordFollowUp(commitmentId: string) {
  const invalidate = useInvalidateAgreements();
  return useMutation({
    mutationFn: (input: FollowUpInput) =>
      api.post<CommitmentFollowUp>(`${commitmentPath(commitmentId)}/follow-ups`, input),
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

export function useUploadSignedDocument(agreementId: string) {
  const invalidate = useInvalidateAgreements();
  return useMutation({
    mutationFn: async ({
      file,
      onProgress,
    }: {
      file: File;
      onProgress: (progress: UploadProgress) => void;
    }) =>
      apiUpload<SignedDocumentInfo>(
        `${agreementPath(agreementId)}/document`,
        { fileName: file.name, contentBase64: await base64Of(file) },
        onProgress,
      ),
    onSuccess: invalidate,
  });
}

export function downloadSignedDocument(
  agreementId: string,
  onProgress: (received: number, total: number | null) => void,
): Promise<DownloadedFile> {
  return apiDownload(`${agreementPath(agreementId)}/document`, {}, onProgress);
}
