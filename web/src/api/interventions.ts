import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { BodyOf, ResponseOf } from './contract';

// The server's own lists, for the UI to iterate over.
export { programmeKinds, programmeStatuses } from '../../../src/domain/interventions/programme';
export { agencies, legalGrounds } from '../../../src/domain/interventions/intervention-case';

export type ProgrammeWithAggregates = ResponseOf<'/api/intervention-programmes'>[number];
export type SuppressedCount = ProgrammeWithAggregates['aggregates']['participants'];
export type CaseDetail = ResponseOf<'/api/intervention-cases/{id}'>;
export type DueCaseFollowUp = ResponseOf<'/api/intervention-follow-ups'>[number];
export type EmergencyReview = ResponseOf<'/api/intervention-reviews'>[number];
export type DisclosureInput = BodyOf<'/api/intervention-cases/{id}/disclosures', 'post'>;
export type PlanItemInput = BodyOf<'/api/intervention-cases/{id}/plan-items', 'post'>;

/** The programmes with their suppressed aggregates: every role. */
export function useProgrammes() {
  return useQuery({
    queryKey: ['interventions', 'programmes'],
    queryFn: () => api.get('/api/intervention-programmes'),
  });
}

/** The caseworker's due plan follow-ups, for "Mina uppgifter". */
export function useDueCaseFollowUps() {
  return useQuery({
    queryKey: ['interventions', 'follow-ups'],
    queryFn: () => api.get('/api/intervention-follow-ups'),
  });
}

export function useEmergencyReviews(isEnabled: boolean) {
  return useQuery({
    queryKey: ['interventions', 'reviews'],
    queryFn: () => api.get('/api/intervention-reviews'),
    enabled: isEnabled,
  });
}

export function useInterventionCase(id: string) {
  return useQuery({
    queryKey: ['interventions', 'case', id],
    queryFn: () => api.get('/api/intervention-cases/{id}', { path: { id } }),
    retry: false,
  });
}

function useInvalidateInterventions() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['interventions'] });
}

export function useRequestEmergencyAccess(id: string) {
  const invalidate = useInvalidateInterventions();
  return useMutation({
    mutationFn: (reason: string) =>
      api.post('/api/intervention-cases/{id}/emergency-access', {
        path: { id },
        body: { reason },
      }),
    onSuccess: invalidate,
  });
}

export function useRecordDisclosure(id: string) {
  const invalidate = useInvalidateInterventions();
  return useMutation({
    mutationFn: (input: DisclosureInput) =>
      api.post('/api/intervention-cases/{id}/disclosures', { path: { id }, body: input }),
    onSuccess: invalidate,
  });
}

export function useSavePlanItem(id: string) {
  const invalidate = useInvalidateInterventions();
  return useMutation({
    mutationFn: (input: PlanItemInput) =>
      api.post('/api/intervention-cases/{id}/plan-items', { path: { id }, body: input }),
    onSuccess: invalidate,
  });
}
