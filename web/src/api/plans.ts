import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EffortEvaluation, EffortLevel } from '../../../src/domain/plans/effort';
import type {
  DecisionBodyKind,
  IndicatorDirection,
  IndicatorValueSource,
  MeasureStatusColour,
  PlanKind,
  PlanStatus,
} from '../../../src/domain/plans/plan';
import { api } from './client';

// The server's own lists: one source for kinds, statuses and colours.
export {
  decisionBodyKinds,
  measureStatusColours,
  planKinds,
  planStatuses,
} from '../../../src/domain/plans/plan';
export type {
  DecisionBodyKind,
  EffortEvaluation,
  EffortLevel,
  IndicatorDirection,
  IndicatorValueSource,
  MeasureStatusColour,
  PlanKind,
  PlanStatus,
};

/** One version of a plan, as GET /api/plans lists it; `status` is derived by the server. */
export interface Plan {
  id: string;
  lineageId: string;
  version: number;
  revisesPlanId: string | null;
  title: string;
  kind: PlanKind;
  owner: string;
  summary: string;
  validFrom: string | null;
  validUntil: string | null;
  followUpIntervalMonths: number;
  decision: {
    body: DecisionBodyKind;
    bodyName: string;
    decidedOn: string;
    caseNumber: string;
  } | null;
  adoptedAt: string | null;
  adoptedByUserId: string | null;
  replacedByPlanId: string | null;
  replacedOn: string | null;
  createdByUserId: string | null;
  createdAt: string;
  updatedAt: string;
  status: PlanStatus;
}

export interface PlanProblem {
  id: string;
  title: string;
  description: string;
  categoryCodes: string[];
  districtIds: string[];
  isPrioritised: boolean;
}

export interface IndicatorValue {
  id: string;
  measuredOn: string;
  value: number;
  source: IndicatorValueSource;
  sourceDetail: string;
  note: string;
}

export interface Indicator {
  id: string;
  name: string;
  unit: string;
  direction: IndicatorDirection;
  baselineValue: number | null;
  baselineOn: string | null;
  targetValue: number | null;
  targetOn: string | null;
  computation: { categoryCodes: string[]; districtIds: string[]; periodKind: string } | null;
  values: IndicatorValue[];
}

export interface Goal {
  id: string;
  title: string;
  description: string;
  indicators: Indicator[];
}

/** A row of BRÅ's grid. */
export interface Measure {
  id: string;
  problemId: string | null;
  cause: string;
  measure: string;
  operativeGoal: string;
  startsOn: string | null;
  endsOn: string | null;
  responsible: string;
  contactPerson: string;
  partners: string[];
  plannedHours: number | null;
  costSek: number | null;
  statusColour: MeasureStatusColour | null;
  statusComment: string;
  statusUpdatedAt: string | null;
  goalIds: string[];
}

export interface PlanSnapshot {
  periodKind: string;
  periodKey: string;
  picture: unknown;
  savedAt: string;
}

export interface PlanDetail extends Plan {
  problems: PlanProblem[];
  goals: Goal[];
  measures: Measure[];
  snapshot: PlanSnapshot | null;
}

export interface PlanInput {
  title: string;
  kind: PlanKind;
  owner: string;
  summary?: string;
  validFrom?: string | null;
  validUntil?: string | null;
  followUpIntervalMonths?: number;
}

export interface AdoptPlanInput {
  decisionBody: DecisionBodyKind;
  decisionBodyName: string;
  decidedOn: string;
  caseNumber: string;
  validFrom?: string;
  validUntil?: string;
}

export interface Effort {
  id: string;
  name: string;
  level: EffortLevel;
  owner: string;
  targetGroup: string;
  evidenceBasis: string;
  evaluation: EffortEvaluation;
  evaluationNote: string;
  goalIds: string[];
  problemIds: string[];
  startedOn: string | null;
  endedOn: string | null;
}

export interface GapView {
  planId: string;
  prioritisedProblems: { problem: PlanProblem; effortIds: string[]; measureIds: string[] }[];
  unaddressedProblems: { problem: PlanProblem; effortIds: string[]; measureIds: string[] }[];
  goalsWithoutWork: { id: string; title: string }[];
  unevaluatedEfforts: Effort[];
}

export const planPath = (id: string) => `/plans/${encodeURIComponent(id)}`;

/** Each plan's newest version, drafts first. */
export function usePlans() {
  return useQuery({
    queryKey: ['plans', 'list'],
    queryFn: () => api.get<Plan[]>('/plans', { latest: 'true' }),
  });
}

/** Every version of one plan. */
export function usePlanVersions(lineageId: string | undefined) {
  return useQuery({
    queryKey: ['plans', 'versions', lineageId],
    queryFn: () => api.get<Plan[]>('/plans', { lineageId }),
    enabled: lineageId !== undefined,
  });
}

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: ['plans', 'one', id],
    queryFn: () => api.get<PlanDetail>(planPath(id ?? '')),
    enabled: id !== undefined,
  });
}

export function useGapView(id: string, isEnabled: boolean) {
  return useQuery({
    queryKey: ['plans', 'gaps', id],
    queryFn: () => api.get<GapView>(`${planPath(id)}/gaps`),
    enabled: isEnabled,
  });
}

export function useEfforts(isEnabled = true) {
  return useQuery({
    queryKey: ['efforts'],
    queryFn: () => api.get<Effort[]>('/efforts'),
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
    mutationFn: (input: PlanInput) => api.post<Plan>('/plans', input),
    onSuccess: invalidate,
  });
}

export function useUpdatePlan(id: string) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: Partial<PlanInput>) => api.patch<Plan>(planPath(id), input),
    onSuccess: invalidate,
  });
}

export function useAdoptPlan(id: string) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: AdoptPlanInput) => api.post<Plan>(`${planPath(id)}/adoption`, input),
    onSuccess: invalidate,
  });
}

export function useRevisePlan(id: string) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: () => api.post<Plan>(`${planPath(id)}/revisions`),
    onSuccess: invalidate,
  });
}
