import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, apiUpload, type UploadProgress } from './client';
import type { BodyOf, QueryOf } from './contract';
import type { DistrictLayerInput, OrganisationKind } from './types';

export function useMunicipality() {
  return useQuery({
    queryKey: ['municipality'],
    queryFn: () => api.get('/api/municipality'),
    staleTime: 5 * 60_000,
  });
}

/** Admins and coordinators may list organisations; pass isEnabled false for other roles. */
export function useOrganisations(options: { isEnabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['organisations'],
    queryFn: () => api.get('/api/organisations'),
    select: (data) => data.organisations,
    enabled: options.isEnabled ?? true,
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; kind: OrganisationKind }) =>
      api.post('/api/organisations', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}

export function useSetOrganisationEnabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, isEnabled }: { id: string; isEnabled: boolean }) =>
      isEnabled
        ? api.post('/api/organisations/{id}/enable', { path: { id } })
        : api.post('/api/organisations/{id}/disable', { path: { id } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['organisations'] });
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
}

export type UserFilter = QueryOf<'/api/users'>;

export function useUsers(filter: UserFilter) {
  return useQuery({
    queryKey: ['users', filter],
    queryFn: () => api.get('/api/users', { query: { ...filter } }),
    select: (data) => data.users,
    placeholderData: (previous) => previous,
  });
}

export type InviteUserInput = BodyOf<'/api/users', 'post'>;

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteUserInput) => api.post('/api/users', { body: input }),
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
      isEnabled
        ? api.post('/api/users/{id}/enable', { path: { id } })
        : api.post('/api/users/{id}/disable', { path: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export type UpdateUserInput = BodyOf<'/api/users/{id}', 'patch'>;

/** Changes a user's name, roles or organisation (audited on the server). */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateUserInput & { id: string }) =>
      api.patch('/api/users/{id}', { path: { id }, body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      await queryClient.invalidateQueries({ queryKey: ['organisations'] });
    },
  });
}

export function useCreatePasswordResetLink() {
  return useMutation({
    mutationFn: (id: string) => api.post('/api/users/{id}/password-reset', { path: { id } }),
  });
}

export type AuditFilter = Omit<QueryOf<'/api/audit'>, 'before' | 'limit'>;

const auditPageSize = 50;

export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', filter],
    queryFn: ({ pageParam }) =>
      api.get('/api/audit', {
        query: { ...filter, before: pageParam ?? undefined, limit: auditPageSize },
      }),
    initialPageParam: null as number | null,
    getNextPageParam: (lastPage) => lastPage.nextBefore,
  });
}

export function useVerifyAuditChain() {
  return useMutation({
    mutationFn: () => api.get('/api/audit/verification'),
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
        ? apiUpload('post', '/api/district-layers', { body: input }, setProgress)
        : apiUpload('put', '/api/district-layers/{id}', { path: { id }, body: input }, setProgress);
    },
    onSuccess: () => refreshDistrictViews(queryClient),
  });
  return { ...mutation, progress };
}

/** Removes a layer; incidents are unassigned from its districts. */
export function useDeleteDistrictLayer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete('/api/district-layers/{id}', { path: { id } }),
    onSuccess: () => refreshDistrictViews(queryClient),
  });
}
