import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiDownload, type DownloadedFile } from './client';
import type { BodyOf, ResponseOf } from './contract';

// The server's own list, for the UI to iterate over; its type is the API's union below.
export { deliveryStates } from '../../../src/domain/follow-up/follow-up';

/** One thing on the start page a coordinator must not miss, with how many days. */
export type AttentionItem = ResponseOf<'/api/attention'>[number];
export type AttentionKind = AttentionItem['kind'];

export type Round = ResponseOf<'/api/plans/{id}/follow-up-rounds/from-interval', 'post'>[number];
export type RoundProgress = ResponseOf<'/api/plans/{id}/follow-up-rounds'>[number];
export type RoundDetail = ResponseOf<'/api/follow-up-rounds/{id}'>;
export type Task = Omit<RoundDetail['tasks'][number], 'measure'>;
export type DeliveryState = NonNullable<Task['deliveryState']>;
export type MyTask = ResponseOf<'/api/follow-up-tasks/mine'>[number];
export type ReportTaskInput = BodyOf<'/api/follow-up-tasks/{id}/report', 'put'>;

export type FollowUpReport = ResponseOf<'/api/follow-up-reports/{id}'>;
export type ReportHeading = FollowUpReport['heading'];
export type ReportTexts = FollowUpReport['texts'];
export type FollowUpNotification = ResponseOf<'/api/follow-up-notifications'>[number];

/** The start page's list: overdue and due follow-ups, expired and expiring plans. */
export function useAttention(isEnabled: boolean) {
  return useQuery({
    queryKey: ['follow-up', 'attention'],
    queryFn: () => api.get('/api/attention'),
    enabled: isEnabled,
  });
}

export function useRounds(planId: string) {
  return useQuery({
    queryKey: ['follow-up', 'rounds', planId],
    queryFn: () => api.get('/api/plans/{id}/follow-up-rounds', { path: { id: planId } }),
  });
}

export function useRound(id: string | undefined) {
  return useQuery({
    queryKey: ['follow-up', 'round', id],
    queryFn: () => api.get('/api/follow-up-rounds/{id}', { path: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

export function useMyTasks() {
  return useQuery({
    queryKey: ['follow-up', 'mine'],
    queryFn: () => api.get('/api/follow-up-tasks/mine'),
  });
}

export function useNotifications() {
  return useQuery({
    queryKey: ['follow-up', 'notifications'],
    queryFn: () => api.get('/api/follow-up-notifications', { query: { unread: 'true' } }),
  });
}

export function useReport(id: string | undefined) {
  return useQuery({
    queryKey: ['follow-up', 'report', id],
    queryFn: () => api.get('/api/follow-up-reports/{id}', { path: { id: id ?? '' } }),
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
      api.post('/api/plans/{id}/follow-up-rounds/from-interval', { path: { id: planId } }),
    onSuccess: invalidate,
  });
}

export function useCreateRound(planId: string) {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: (input: BodyOf<'/api/plans/{id}/follow-up-rounds', 'post'>) =>
      api.post('/api/plans/{id}/follow-up-rounds', { path: { id: planId }, body: input }),
    onSuccess: invalidate,
  });
}

export function useReportTask(id: string) {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: (input: ReportTaskInput) =>
      api.put('/api/follow-up-tasks/{id}/report', { path: { id }, body: input }),
    onSuccess: invalidate,
  });
}

export function useAssignTask() {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: ({ taskId, assigneeUserId }: { taskId: string; assigneeUserId: string }) =>
      api.put('/api/follow-up-tasks/{id}/assignee', {
        path: { id: taskId },
        body: {
          assigneeUserId,
        },
      }),
    onSuccess: invalidate,
  });
}

export function useMarkNotificationRead() {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: (id: string) =>
      api.post('/api/follow-up-notifications/{id}/read', { path: { id } }),
    onSuccess: invalidate,
  });
}

export function useCreateReport(roundId: string) {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: () => api.post('/api/follow-up-rounds/{id}/reports', { path: { id: roundId } }),
    onSuccess: invalidate,
  });
}

export function useUpdateReport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<'/api/follow-up-reports/{id}', 'patch'>) =>
      api.patch('/api/follow-up-reports/{id}', { path: { id }, body: input }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['follow-up', 'report', id], saved);
    },
  });
}

export function useFinalizeReport(id: string) {
  const invalidate = useInvalidateFollowUp();
  return useMutation({
    mutationFn: () => api.post('/api/follow-up-reports/{id}/final', { path: { id } }),
    onSuccess: invalidate,
  });
}

/** The report as DOCX or PDF, made on the server from today's data and the saved texts. */
export function downloadReport(
  id: string,
  format: 'docx' | 'pdf',
  onProgress: (received: number, total: number | null) => void,
): Promise<DownloadedFile> {
  return format === 'docx'
    ? apiDownload('/api/follow-up-reports/{id}/report.docx', { path: { id } }, onProgress)
    : apiDownload('/api/follow-up-reports/{id}/report.pdf', { path: { id } }, onProgress);
}
