import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, apiUpload, type UploadProgress } from './client';
import type {
  AuditOutcome,
  AuditPage,
  AuditVerification,
  DistrictLayerInput,
  IssuedLink,
  Municipality,
  Organisation,
  OrganisationKind,
  Role,
  UserStatus,
  UploadedDistrictLayer,
  UserSummary,
} from './types';

export function useMunicipality() {
  return useQuery({
    queryKey: ['municipality'],
    queryFn: () => api.get<Municipality>('/municipality'),
    staleTime: 5 * 60_000,
  });
}

/** Admins and coordinators may list organisations; pass isEnabled false for other roles. */
export function useOrganisations(options: { isEnabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['organisations'],
    queryFn: () => api.get<{ organisations: Organisation[] }>('/organisations'),
    select: (data) => data.organisations,
    enabled: options.isEnabled ?? true,
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; kind: OrganisationKind }) =>
      api.post<{ organisation: Organisation }>('/organisations', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}

export function useSetOrganisationEnabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, isEnabled }: { id: string; isEnabled: boolean }) =>
      api.post<{ organisation: Organisation }>(
        `/organisations/${encodeURIComponent(id)}/${isEnabled ? 'enable' : 'disable'}`,
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['organisations'] });
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
}

export interface UserFilter {
  organisationId?: string;
  status?: UserStatus;
}

export function useUsers(filter: UserFilter) {
  return useQuery({
    queryKey: ['users', filter],
    queryFn: () => api.get<{ users: UserSummary[] }>('/users', { ...filter }),
    select: (data) => data.users,
    placeholderData: (previous) => previous,
  });
}

export interface InviteUserInput {
  email: string;
  displayName: string;
  organisationId: string;
  roles: Role[];
}

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteUserInput) =>
      api.post<{ user: UserSummary; invitation: IssuedLink }>('/users', input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      await queryClient.invalidateQueries({ queryKey: ['organisations'] });
    },
  });
}

export function useSetUserEnabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, isEnabled }: { id: string; isEnabled: boolean }) =>
      api.post<{ user: UserSummary }>(
        `/users/${encodeURIComponent(id)}/${isEnabled ? 'enable' : 'disable'}`,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useCreatePasswordResetLink() {
  return useMutation({
    mutationFn: (id: string) =>
      api.post<IssuedLink>(`/users/${encodeURIComponent(id)}/password-reset`),
  });
}

export interface AuditFilter {
  action?: string;
  outcome?: AuditOutcome;
  /** ISO timestamps. */
  from?: string;
  to?: string;
}

const auditPageSize = 50;

export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', filter],
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>('/audit', { ...filter, before: pageParam, limit: auditPageSize }),
    initialPageParam: null as number | null,
    getNextPageParam: (lastPage) => lastPage.nextBefore,
  });
}

export function useVerifyAuditChain() {
  return useMutation({
    mutationFn: () => api.get<AuditVerification>('/audit/verification'),
  });
}

/** Every query that shows districts: after a layer is added, replaced or removed. */
async function refreshDistrictViews(queryClient: ReturnType<typeof useQueryClient>) {
  await queryClient.invalidateQueries({ queryKey: ['municipality'] });
  await queryClient.invalidateQueries({ queryKey: ['districts'] });
  await queryClient.invalidateQueries({ queryKey: ['situation'] });
  await queryClient.invalidateQueries({ queryKey: ['incidents'] });
}

/**
 * Adds a layer of districts (no `id`) or replaces one (with `id`), with the upload's progress:
 * a layer file can be tens of megabytes.
 */
export function useSaveDistrictLayer() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: ({ id, ...input }: DistrictLayerInput & { id?: string }) => {
      setProgress(null);
      return id === undefined
        ? apiUpload<UploadedDistrictLayer>('/district-layers', input, setProgress)
        : apiUpload<UploadedDistrictLayer>(
            `/district-layers/${encodeURIComponent(id)}`,
            input,
            setProgress,
            'PUT',
          );
    },
    onSuccess: () => refreshDistrictViews(queryClient),
  });
  return { ...mutation, progress };
}

/** Removes a layer; incidents are unassigned from its districts. */
export function useDeleteDistrictLayer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<undefined>(`/district-layers/${encodeURIComponent(id)}`),
    onSuccess: () => refreshDistrictViews(queryClient),
  });
}
