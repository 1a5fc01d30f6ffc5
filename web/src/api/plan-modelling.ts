import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUpload, type UploadProgress } from './client';
import type { BodyOf, ResponseOf } from './contract';
import { useInvalidatePlans, type MeasureStatusColour } from './plans';

/**
 * Modelling a draft in the browser: its problems, goals, indicators, values and measures,
 * the register of efforts, the snapshot, and the people a coordinator may name as contacts.
 */

export type ProblemInput = BodyOf<'/api/plans/{id}/problems', 'post'>;
export type GoalInput = BodyOf<'/api/plans/{id}/goals', 'post'>;
/** What the indicator dialog edits and sends: the body's fields but the position, present. */
export type IndicatorInput = Required<
  Omit<BodyOf<'/api/plans/{id}/indicators', 'post'>, 'position'>
>;
/** What the measure dialog edits and sends: the body's fields it shows, present. */
export type MeasureInput = Required<
  Omit<BodyOf<'/api/plans/{id}/measures', 'post'>, 'position' | 'categoryCodes' | 'districtIds'>
>;
/** What the effort dialog edits and sends: every field of the body, present. */
export type EffortInput = Required<BodyOf<'/api/efforts', 'post'>>;

/** A user a coordinator may name as a measure's contact or a task's owner. */
export type PlanContact = ResponseOf<'/api/plan-contacts'>[number];

export function usePlanContacts(isEnabled = true) {
  return useQuery({
    queryKey: ['plan-contacts'],
    queryFn: () => api.get('/api/plan-contacts'),
    enabled: isEnabled,
    staleTime: 5 * 60_000,
  });
}

/** A change to a plan or the register: afterwards the plan, its gaps and rounds are read anew. */
function usePlanMutation<Input, Output>(send: (input: Input) => Promise<Output>) {
  const invalidate = useInvalidatePlans();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([invalidate(), queryClient.invalidateQueries({ queryKey: ['efforts'] })]),
  });
}

/** What a dialog saves: a new item under the plan, or a change to the item by its id. */
export const useSaveProblem = (planId: string, id: string | null) =>
  usePlanMutation((input: ProblemInput) =>
    id === null
      ? api.post('/api/plans/{id}/problems', { path: { id: planId }, body: input })
      : api.patch('/api/plans/problems/{id}', { path: { id }, body: input }),
  );
export const useSaveGoal = (planId: string, id: string | null) =>
  usePlanMutation((input: GoalInput) =>
    id === null
      ? api.post('/api/plans/{id}/goals', { path: { id: planId }, body: input })
      : api.patch('/api/plans/goals/{id}', { path: { id }, body: input }),
  );
export const useSaveIndicator = (planId: string, id: string | null) =>
  usePlanMutation((input: IndicatorInput) =>
    id === null
      ? api.post('/api/plans/{id}/indicators', { path: { id: planId }, body: input })
      : api.patch('/api/plans/indicators/{id}', { path: { id }, body: input }),
  );
export const useSaveMeasure = (planId: string, id: string | null) =>
  usePlanMutation((input: MeasureInput) =>
    id === null
      ? api.post('/api/plans/{id}/measures', { path: { id: planId }, body: input })
      : api.patch('/api/plans/measures/{id}', { path: { id }, body: input }),
  );

export type PlanItemCollection =
  'problems' | 'goals' | 'indicators' | 'measures' | 'indicator-values';
export const useDeletePlanItem = (collection: PlanItemCollection) =>
  usePlanMutation((id: string) => {
    switch (collection) {
      case 'problems':
        return api.delete('/api/plans/problems/{id}', { path: { id } });
      case 'goals':
        return api.delete('/api/plans/goals/{id}', { path: { id } });
      case 'indicators':
        return api.delete('/api/plans/indicators/{id}', { path: { id } });
      case 'measures':
        return api.delete('/api/plans/measures/{id}', { path: { id } });
      case 'indicator-values':
        return api.delete('/api/plans/indicator-values/{id}', { path: { id } });
    }
  });

export const useSetMeasureStatus = (measureId: string) =>
  usePlanMutation((input: { colour: MeasureStatusColour; comment: string }) =>
    api.put('/api/plans/measures/{id}/status', { path: { id: measureId }, body: input }),
  );

export const useRecordValue = (indicatorId: string) =>
  usePlanMutation((input: { value: number; measuredOn: string; note?: string }) =>
    api.post('/api/plans/indicators/{id}/values', { path: { id: indicatorId }, body: input }),
  );
export const useComputeValue = (indicatorId: string) =>
  usePlanMutation((input: { periodKey: string }) =>
    api.post('/api/plans/indicators/{id}/computed-values', {
      path: { id: indicatorId },
      body: input,
    }),
  );

/** Sends a CSV file's text and reports the upload's progress; every bad row comes back. */
export const useImportValues = (planId: string, onProgress: (progress: UploadProgress) => void) =>
  usePlanMutation((input: { fileName: string; content: string }) =>
    apiUpload(
      'post',
      '/api/plans/{id}/indicator-values/csv',
      { path: { id: planId }, body: input },
      onProgress,
    ),
  );

export const useSaveSnapshot = (planId: string) =>
  usePlanMutation((input: BodyOf<'/api/plans/{id}/snapshot', 'put'>) =>
    api.put('/api/plans/{id}/snapshot', { path: { id: planId }, body: input }),
  );

export const useSaveEffort = (id: string | null) =>
  usePlanMutation((input: EffortInput) =>
    id === null
      ? api.post('/api/efforts', { body: input })
      : api.patch('/api/efforts/{id}', { path: { id }, body: input }),
  );
export const useDeleteEffort = () =>
  usePlanMutation((id: string) => api.delete('/api/efforts/{id}', { path: { id } }));
