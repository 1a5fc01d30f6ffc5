import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiDownload, apiUpload, type DownloadedFile, type UploadProgress } from './client';
import type { BodyOf, ResponseOf } from './contract';

// The server's own lists, for the UI to iterate over; their types are the API's unions below.
export {
  agreementKinds,
  agreementStatuses,
  commitmentStatuses,
} from '../../../src/domain/agreements/agreement';
export { maxDocumentBytes } from '../../../src/domain/agreements/signed-document';

/** An agreement or citizen promise as GET /api/agreements lists it; `status` is the server's. */
export type Agreement = ResponseOf<'/api/agreements'>[number];
export type AgreementKind = Agreement['kind'];
export type AgreementStatus = Agreement['status'];
export type AgreementParty = Agreement['parties'][number];
export type AgreementDetail = ResponseOf<'/api/agreements/{id}'>;
export type Commitment = AgreementDetail['commitments'][number];
export type LinkedMeasure = ResponseOf<'/api/agreements/linkable-measures'>[number];
/** Oldest first in a commitment: the last is the current status. */
export type CommitmentFollowUp = Commitment['followUps'][number];
export type CommitmentStatus = CommitmentFollowUp['status'];
export type SignedDocumentInfo = NonNullable<AgreementDetail['document']>;
type AgreementBody = BodyOf<'/api/agreements', 'post'>;
/** What the agreement form edits and sends: every field of the body, present. */
export type AgreementInput = Required<Omit<AgreementBody, 'parties'>> & {
  parties: Required<NonNullable<AgreementBody['parties']>[number]>[];
};
export type CommitmentInput = BodyOf<'/api/agreements/{id}/commitments', 'post'>;
export type FollowUpInput = BodyOf<'/api/agreements/commitments/{id}/follow-ups', 'post'>;

export function useAgreements() {
  return useQuery({ queryKey: ['agreements'], queryFn: () => api.get('/api/agreements') });
}

export function useAgreement(id: string | undefined) {
  return useQuery({
    queryKey: ['agreements', id],
    queryFn: () => api.get('/api/agreements/{id}', { path: { id: id ?? '' } }),
    enabled: id !== undefined,
    retry: false,
  });
}

export function useLinkableMeasures(isEnabled: boolean) {
  return useQuery({
    queryKey: ['agreements', 'linkable-measures'],
    queryFn: () => api.get('/api/agreements/linkable-measures'),
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
    mutationFn: (input: AgreementInput) => api.post('/api/agreements', { body: input }),
    onSuccess: invalidate,
  });
}

export function useUpdateAgreement(id: string) {
  const invalidate = useInvalidateAgreements();
  return useMutation({
    mutationFn: (input: AgreementInput) =>
      api.patch('/api/agreements/{id}', { path: { id }, body: input }),
    onSuccess: invalidate,
  });
}

/** Adds a commitment (no `commitmentId`) or changes one. */
export function useSaveCommitment(agreementId: string) {
  const invalidate = useInvalidateAgreements();
  return useMutation({
    mutationFn: ({ commitmentId, ...input }: CommitmentInput & { commitmentId: string | null }) =>
      commitmentId === null
        ? api.post('/api/agreements/{id}/commitments', { path: { id: agreementId }, body: input })
        : api.patch('/api/agreements/commitments/{id}', {
            path: { id: commitmentId },
            body: input,
          }),
    onSuccess: invalidate,
  });
}

export function useRecordFollowUp(commitmentId: string) {
  const invalidate = useInvalidateAgreements();
  return useMutation({
    mutationFn: (input: FollowUpInput) =>
      api.post('/api/agreements/commitments/{id}/follow-ups', {
        path: { id: commitmentId },
        body: input,
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
      apiUpload(
        'post',
        '/api/agreements/{id}/document',
        {
          path: { id: agreementId },
          body: { fileName: file.name, contentBase64: await base64Of(file) },
        },
        onProgress,
      ),
    onSuccess: invalidate,
  });
}

export function downloadSignedDocument(
  agreementId: string,
  onProgress: (received: number, total: number | null) => void,
): Promise<DownloadedFile> {
  return apiDownload('/api/agreements/{id}/document', { path: { id: agreementId } }, onProgress);
}
