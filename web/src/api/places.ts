import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { BodyOf, ResponseOf } from './contract';

export type Onboarding = ResponseOf<'/api/municipality/onboarding'>;
/** A layer as the checklist and the installation page show it: its size and its credit. */
export type LayerCredit = Onboarding['layers'][number];
export type Installation = ResponseOf<'/api/installation'>;
export type CreateMunicipalityInput = BodyOf<'/api/installation/municipalities', 'post'>;
export type CreatedMunicipality = ResponseOf<'/api/installation/municipalities', 'post'>;

/** A new municipality's checklist (admins). */
export function useOnboarding() {
  return useQuery({
    queryKey: ['onboarding'],
    queryFn: () => api.get('/api/municipality/onboarding'),
  });
}

/** Whether the user administers the installation, and its municipalities if so. */
export function useInstallation() {
  return useQuery({
    queryKey: ['installation'],
    queryFn: () => api.get('/api/installation'),
    staleTime: 5 * 60_000,
  });
}

export function useCreateMunicipality() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMunicipalityInput) =>
      api.post('/api/installation/municipalities', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['installation'] }),
  });
}
