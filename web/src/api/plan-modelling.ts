import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUpload, type UploadProgress } from './client';
import {
  planPath,
  useInvalidatePlans,
  type Effort,
  type Goal,
  type Indicator,
  type IndicatorDirection,
  type IndicatorValue,
  type Measure,
  type MeasureStatusColour,
  type PlanProblem,
  type PlanSnapshot,
} from './plans';

/**
 * Modelling a draft in the browser: its problems, goals, indicators, values and measures,
 * the register of efforts, the snapshot, and the people a coordinator may name as contacts.
 */

export interface ProblemInput {
  title: string;
  description?: string;
  categoryCodes?: string[];
  districtIds?: string[];
  isPrioritised?: boolean;
}
export interface GoalInput {
  title: string;
  description?: string;
}
export interface IndicatorInput {
  goalId: string;
  name: string;
  unit: string;
  direction: IndicatorDirection;
  baselineValue: number | null;
  baselineOn: string | null;
  targetValue: number | null;
  targetOn: string | null;
  computation: Indicator['computation'];
}
export type MeasureInput = Omit<
  Measure,
  'id' | 'statusColour' | 'statusComment' | 'statusUpdatedAt'
>;
export type EffortInput = Omit<Effort, 'id'>;

/** A user a coordinator may name as a measure's contact or a task's owner. */
export interface PlanContact {
  id: string;
  displayName: string;
  organisationName: string;
}

export function usePlanContacts(isEnabled = true) {
  return useQuery({
    queryKey: ['plan-contacts'],
    queryFn: () => api.get<PlanContact[]>('/plan-contacts'),
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
const saveItem =
  <Input, Output>(planId: string, collection: string, itemId: string | null) =>
  (input: Input) =>
    itemId === null
      ? api.post<Output>(`${planPath(planId)}/${collection}`, input)
      : api.patch<Output>(`/plans/${collection}/${encodeURIComponent(itemId)}`, input);

export const useSaveProblem = (planId: string, id: string | null) =>
  usePlanMutation(saveItem<ProblemInput, PlanProblem>(planId, 'problems', id));
export const useSaveGoal = (planId: string, id: string | null) =>
  usePlanMutation(saveItem<GoalInput, Goal>(planId, 'goals', id));
export const useSaveIndicator = (planId: string, id: string | null) =>
  usePlanMutation(saveItem<IndicatorInput, Indicator>(planId, 'indicators', id));
export const useSaveMeasure = (planId: string, id: string | null) =>
  usePlanMutation(saveItem<MeasureInput, Measure>(planId, 'measures', id));

export type PlanItemCollection =
  'problems' | 'goals' | 'indicators' | 'measures' | 'indicator-values';
export const useDeletePlanItem = (collection: PlanItemCollection) =>
  usePlanMutation((id: string) =>
    api.delete<void>(`/plans/${collection}/${encodeURIComponent(id)}`),
  );

export const useSetMeasureStatus = (measureId: string) =>
  usePlanMutation((input: { colour: MeasureStatusColour; comment: string }) =>
    api.put<Measure>(`/plans/measures/${encodeURIComponent(measureId)}/status`, input),
  );

const indicatorPath = (id: string) => `/plans/indicators/${encodeURIComponent(id)}`;
export const useRecordValue = (indicatorId: string) =>
  usePlanMutation((input: { value: number; measuredOn: string; note?: string }) =>
    api.post<IndicatorValue>(`${indicatorPath(indicatorId)}/values`, input),
  );
export const useComputeValue = (indicatorId: string) =>
  usePlanMutation((input: { periodKey: string }) =>
    api.post<IndicatorValue>(`${indicatorPath(indicatorId)}/computed-values`, input),
  );

/** Sends a CSV file's text and reports the upload's progress; every bad row comes back. */
export const useImportValues = (planId: string, onProgress: (progress: UploadProgress) => void) =>
  usePlanMutation((input: { fileName: string; content: string }) =>
    apiUpload<{ imported: number }>(`${planPath(planId)}/indicator-values/csv`, input, onProgress),
  );

export const useSaveSnapshot = (planId: string) =>
  usePlanMutation((input: { periodKind: string; periodKey: string }) =>
    api.put<PlanSnapshot>(`${planPath(planId)}/snapshot`, input),
  );

export const useSaveEffort = (id: string | null) =>
  usePlanMutation((input: EffortInput) =>
    id === null
      ? api.post<Effort>('/efforts', input)
      : api.patch<Effort>(`/efforts/${encodeURIComponent(id)}`, input),
  );
export const useDeleteEffort = () =>
  usePlanMutation((id: string) => api.delete<void>(`/efforts/${encodeURIComponent(id)}`));
