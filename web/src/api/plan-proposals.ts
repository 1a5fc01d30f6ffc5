import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { ResponseOf } from './contract';
import { useInvalidatePlans, type PlanInput } from './plans';

/** A problem the plan's saved situation picture proposes: a large rise or an alarm. */
export type ProblemProposal = ResponseOf<'/api/plans/{id}/problem-proposals'>[number];

/** Starts a draft with this week's situation picture saved on it. */
export function useCreatePlanFromPicture() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: PlanInput) => api.post('/api/plans/from-picture', { body: input }),
    onSuccess: invalidate,
  });
}

/** What the plan's picture proposes as problems (under ['plans'], so read anew on change). */
export function useProblemProposals(planId: string, isEnabled: boolean) {
  return useQuery({
    queryKey: ['plans', 'proposals', planId],
    queryFn: () => api.get('/api/plans/{id}/problem-proposals', { path: { id: planId } }),
    enabled: isEnabled,
  });
}

/** Takes the accepted proposals in as prioritised problems, all or none. */
export function useAcceptProposals(planId: string) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (keys: string[]) =>
      api.post('/api/plans/{id}/problem-proposals', { path: { id: planId }, body: { keys } }),
    onSuccess: invalidate,
  });
}
