import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { IssuedLink } from './types';

/** A layer as the checklist and the installation page show it: its size and its credit. */
export interface LayerCredit {
  id: string;
  name: string;
  source: string | null;
  districtCount: number;
}

export interface Onboarding {
  municipality: { id: string; code: string; name: string };
  hasBoundary: boolean;
  layers: LayerCredit[];
  placeNameCount: number;
  organisationCount: number;
  userCount: number;
  importCount: number;
}

export interface Installation {
  isInstallationAdmin: boolean;
  municipalities: { id: string; code: string; name: string }[];
}

export interface CreateMunicipalityInput {
  code: string;
  firstAdministrator: { email: string; displayName: string; organisationName: string };
}

export interface CreatedMunicipality {
  municipality: { id: string; code: string; name: string };
  layers: LayerCredit[];
  invitation: IssuedLink;
}

/** A new municipality's checklist (admins). */
export function useOnboarding() {
  return useQuery({
    queryKey: ['onboarding'],
    queryFn: () => api.get<Onboarding>('/municipality/onboarding'),
  });
}

/** Whether the user administers the installation, and its municipalities if so. */
export function useInstallation() {
  return useQuery({
    queryKey: ['installation'],
    queryFn: () => api.get<Installation>('/installation'),
    staleTime: 5 * 60_000,
  });
}

export function useCreateMunicipality() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMunicipalityInput) =>
      api.post<CreatedMunicipality>('/installation/municipalities', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['installation'] }),
  });
}
