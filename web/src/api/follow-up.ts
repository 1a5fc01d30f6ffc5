import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeliveryState } from '../../../src/domain/follow-up/follow-up';
import { api, apiDownload, type DownloadedFile } from './client';
import type { MeasureStatusColour } from './plans';

export { deliveryStates } from '../../../src/domain/follow-up/follow-up';
export type { DeliveryState };

export type AttentionKind =
  'follow_up_overdue' | 'plan_expired' | 'follow_up_due' | 'plan_expiring';

/** One thing on the start page a coordinator must not miss, with how many days. */
export interface AttentionItem {
  kind: AttentionKind;
  severity: 'red' | 'amber';
  planId: string;
  planTitle: string;
  roundId: string | null;
  roundLabel: string | null;
  day: string;
  days: number;
  reportedCount: number | null;
  taskCount: number | null;
}

export interface Round {
  id: string;
  planId: string;
  label: string;
  dueOn: string;
  origin: 'interval' | 'manual';
  isFinal: boolean;
  createdAt: string;
}

export interface RoundProgress extends Round {
  taskCount: number;
  reportedCount: number;
  byColour: { green: number; yellow: number; red: number; none: number };
  daysOverdue: number;
  isReported: boolean;
}

export interface Task {
  id: string;
  roundId: string;
  planId: string;
  measureId: string;
  assigneeUserId: string | null;
  colour: MeasureStatusColour | null;
  deliveryState: DeliveryState | null;
  delivery: string;
  process: string;
  effect: string;
  hoursSpent: number | null;
  costSek: number | null;
  reportedAt: string | null;
  reportedByUserId: string | null;
}

export interface RoundDetail extends RoundProgress {
  tasks: (Task & {
    measure: {
      measure: string;
      cause: string;
      operativeGoal: string;
      responsible: string;
      contactPerson: string;
    } | null;
  })[];
  reports: { id: string; finalizedAt: string | null; createdAt: string; updatedAt: string }[];
}

export interface MyTask extends Task {
  planTitle: string;
  roundLabel: string;
  dueOn: string;
  measureTitle: string;
}

export interface ReportTaskInput {
  colour: MeasureStatusColour;
  deliveryState: DeliveryState;
  delivery: string;
  process: string;
  effect: string;
  hoursSpent?: number | null;
  costSek?: number | null;
}

export interface ReportHeading {
  title: string;
  date: string;
  caseNumber: string;
  handlerName: string;
  handlerEmail: string;
  addressee: string;
  administrationName: string;
  signatures: { name: string; title: string }[];
  attachments: string[];
  distribution: string[];
}

export interface ReportTexts {
  proposal: string;
  summary: string;
  description: string;
  administrationView: string;
  consequences: string;
}

export interface FollowUpReport {
  id: string;
  roundId: string;
  planId: string;
  heading: ReportHeading;
  texts: ReportTexts;
  finalizedAt: string | null;
  isArchived: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface FollowUpNotification {
  id: string;
  planId: string;
  roundId: string;
  taskId: string;
  kind: 'reminder' | 'escalation';
  dueOn: string;
  message: string;
  createdAt: string;
  readAt: string | null;
}

const roundPath = (id: string) => `/follow-up-rounds/${encodeURIComponent(id)}`;
const reportPath = (id: string) => `/follow-up-reports/${encodeURIComponent(id)}`;

/** The start page's list: overdue and due follow-ups, expired and expiring plans. */
export function useAttention(isEnabled: boolean) {
  return useQuery({
    queryKey: ['follow-up', 'attention'],
    queryFn: () => api.get<AttentionItem[]>('/attention'),
    enabled: isEnabled,
  });
}

export function useRounds(planId: string) {
  return useQuery({
    queryKey: ['follow-up', 'rounds', planId],
    queryFn: () =>
      api.get<RoundProgress[]>(`/plans/${encodeURIComponent(planId)}/follow-up-rounds`),
  });
}

export function useRound(id: string | undefined) {
  return useQuery({
    queryKey: ['follow-up', 'round', id],
    queryFn: () => api.get<RoundDetail>(roundPath(id ?? '')),
    enabled: id !== undefined,
  });
}

export function useMyTasks() {
  return useQuery({
    queryKey: ['follow-up', 'mine'],
    queryFn: () => api.get<MyTask[]>('/follow-up-tasks/mine'),
  });
}

export function useNotifications() {
  return useQuery({
    queryKey: ['follow-up', 'notifications'],
    queryFn: () => api.get<FollowUpNotification[]>('/follow-up-notifications', { unread: 'true' }),
  });
}

export function useReport(id: string | undefined) {
  return useQuery({
    queryKey: ['follow-up', 'report', id],
    queryFn: () => api.get<FollowUpReport>(reportPath(id ?? '')),
    enabled: id !== undefined,
  });
}

function useInvalidateFollowUp() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['follow-up'] }),
      queryClient.invalidateQueries({ queryKey: ['plans'] }),
    ]);
}

export function useCreateRoundsFromInterval(planId: string) {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: () =>
      api.post<Round[]>(`/plans/${encodeURIComponent(planId)}/follow-up-rounds/from-interval`),
    onSuccess: invalidate,
  });
}

export function useCreateRound(planId: string) {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: (input: { label: string; dueOn: string }) =>
      api.post<Round>(`/plans/${encodeURIComponent(planId)}/follow-up-rounds`, input),
    onSuccess: invalidate,
  });
}

export function useReportTask(id: string) {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: (input: ReportTaskInput) =>
      api.put<Task>(`/follow-up-tasks/${encodeURIComponent(id)}/report`, input),
    onSuccess: invalidate,
  });
}

export function useAssignTask() {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: ({ taskId, assigneeUserId }: { taskId: string; assigneeUserId: string }) =>
      api.put<Task>(`/follow-up-tasks/${encodeURIComponent(taskId)}/assignee`, {
        assigneeUserId,
      }),
    onSuccess: invalidate,
  });
}

export function useMarkNotificationRead() {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<undefined>(`/follow-up-notifications/${encodeURIComponent(id)}/read`),
    onSuccess: invalidate,
  });
}

export function useCreateReport(roundId: string) {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: () => api.post<FollowUpReport>(`${roundPath(roundId)}/reports`),
    onSuccess: invalidate,
  });
}

export function useUpdateReport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { heading?: Partial<ReportHeading>; texts?: Partial<ReportTexts> }) =>
      api.patch<FollowUpReport>(reportPath(id), input),
    onSuccess: (saved) => {
      queryClient.setQueryData(['follow-up', 'report', id], saved);
    },
  });
}

export function useFinalizeReport(id: string) {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: () => api.post<FollowUpReport>(`${reportPath(id)}/final`),
    onSuccess: invalidate,
  });
}

/** The report as DOCX or PDF, made on the server from today's data and the saved texts. */
export function downloadReport(
  id: string,
  format: 'docx' | 'pdf',
  onProgress: (received: number, total: number | null) => void,
): Promise<DownloadedFile> {
  return apiDownload(`${reportPath(id)}/report.${format}`, {}, onProgress);
}
