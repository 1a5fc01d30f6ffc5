import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { BodyOf, ResponseOf } from './contract';

// The server's own lists, for the UI to iterate over; their types are the API's unions below.
export {
  decisionBodyKinds,
  measureStatusColours,
  planKinds,
  planStatuses,
} from '../../../src/domain/plans/plan';

/** One version of a plan, as GET /api/plans lists it; `status` is derived by the server. */
export type Plan = ResponseOf<'/api/plans'>[number];
export type PlanKind = Plan['kind'];
export type PlanStatus = Plan['status'];
export type DecisionBodyKind = NonNullable<Plan['decision']>['body'];
export type PlanDetail = ResponseOf<'/api/plans/{id}'>;
export type PlanProblem = PlanDetail['problems'][number];
export type Goal = PlanDetail['goals'][number];
export type Indicator = Goal['indicators'][number];
export type IndicatorDirection = Indicator['direction'];
export type IndicatorValue = Indicator['values'][number];
export type IndicatorValueSource = IndicatorValue['source'];
/** A row of BRÅ's grid. */
export type Measure = PlanDetail['measures'][number];
export type MeasureStatusColour = NonNullable<Measure['statusColour']>;
export type PlanSnapshot = NonNullable<PlanDetail['snapshot']>;
export type PlanInput = BodyOf<'/api/plans', 'post'>;
export type AdoptPlanInput = BodyOf<'/api/plans/{id}/adoption', 'post'>;
export type Effort = ResponseOf<'/api/efforts'>[number];
export type EffortLevel = Effort['level'];
export type EffortEvaluation = Effort['evaluation'];
export type GapView = ResponseOf<'/api/plans/{id}/gaps'>;

/** Each plan's newest version, drafts first. */
export function usePlans() {
  return useQuery({
    queryKey: ['plans', 'list'],
    queryFn: () => api.get('/api/plans', { query: { latest: 'true' } }),
  });
}

/** Every version of one plan. */
export function usePlanVersions(lineageId: string | undefined) {
  return useQuery({
    queryKey: ['plans', 'versions', lineageId],
    queryFn: () => api.get('/api/plans', { query: { lineageId } }),
    enabled: lineageId !== undefined,
  });
}

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: ['plans', 'one', id],
    queryFn: () => api.get('/api/plans/{id}', { path: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

export function useGapView(id: string, isEnabled: boolean) {
  return useQuery({
    queryKey: ['plans', 'gaps', id],
    queryFn: () => api.get('/api/plans/{id}/gaps', { path: { id } }),
    enabled: isEnabled,
  });
}

export function useEfforts(isEnabled = true) {
  return useQuery({
    queryKey: ['efforts'],
    queryFn: () => api.get('/api/efforts'),
    enabled: isEnabled,
  });
}

/** After a change: plans, their gaps and the follow-up read anew. */
export function useInvalidatePlans() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['plans'] }),
      queryClient.invalidateQueries({ queryKey: ['follow-up'] }),
    ]);
}

export function useCreatePlan() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: PlanInput) => api.post('/api/plans', { body: input }),
    onSuccess: invalidate,
  });
}

export function useUpdatePlan(id: string) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: Partial<PlanInput>) =>
      api.patch('/api/plans/{id}', { path: { id }, body: input }),
    onSuccess: invalidate,
  });
}

export function useAdoptPlan(id: string) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: AdoptPlanInput) =>
      api.post('/api/plans/{id}/adoption', { path: { id }, body: input }),
    onSuccess: invalidate,
  });
}

export function useRevisePlan(id: string) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: () => api.post('/api/plans/{id}/revisions', { path: { id } }),
    onSuccess: invalidate,
  });
}
