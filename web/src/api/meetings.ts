import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiDownload, type DownloadedFile } from './client';
import type { BodyOf, ResponseOf } from './contract';

// The server's own lists, for the UI to iterate over; their types are the API's unions below.
export { agendaItemKinds, jointActionStatuses } from '../../../src/domain/meetings/meeting';

/** A weekly meeting series (OSG Huddinge, Thursdays 09:00 Stockholm time). */
export type MeetingSeries = ResponseOf<'/api/meeting-series'>[number];
export type SeriesInput = BodyOf<'/api/meeting-series', 'post'>;
/** A meeting as GET /api/meetings lists it; `canManage` says whether the actor may edit it. */
export type Meeting = ResponseOf<'/api/meetings'>[number];
export type MeetingInput = BodyOf<'/api/meetings', 'post'>;
export type MeetingDetail = ResponseOf<'/api/meetings/{id}'>;
export type MeetingStatus = Meeting['status'];
export type AgendaItem = MeetingDetail['agenda'][number];
export type AgendaItemKind = AgendaItem['kind'];
export type AgendaItemInput = BodyOf<'/api/agenda-items/{id}', 'patch'>;
export type AttendanceEntry = MeetingDetail['attendance'][number];
export type JointAction = MeetingDetail['actions'][number];
export type JointActionStatus = JointAction['status'];
export type JointActionInput = BodyOf<'/api/meetings/{id}/actions', 'post'>;
export type FlaggedIncident = MeetingDetail['flaggedIncidents'][number];
export type MinutesMailing = MeetingDetail['mailings'][number];
export type MailingStatus = MinutesMailing['status'];
export type OrganisationRef = MeetingDetail['organisations'][number];
export type MeetingMember = MeetingDetail['members'][number];
export type MemberCandidates = ResponseOf<'/api/meeting-members/candidates'>;
export type CalendarFeedState = ResponseOf<'/api/calendar-feed'>;
export type CalendarFeedCreated = ResponseOf<'/api/calendar-feed', 'post'>;

export function useMeetingSeries() {
  return useQuery({
    queryKey: ['meetings', 'series'],
    queryFn: () => api.get('/api/meeting-series'),
  });
}

/** The meetings the user may see, five weeks back to ten ahead (the server's default). */
export function useMeetings() {
  return useQuery({
    queryKey: ['meetings', 'list'],
    queryFn: () => api.get('/api/meetings'),
  });
}

export function useMeeting(id: string | undefined) {
  return useQuery({
    queryKey: ['meetings', 'one', id],
    queryFn: () => api.get('/api/meetings/{id}', { path: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

export function useMemberCandidates(isEnabled: boolean) {
  return useQuery({
    queryKey: ['meetings', 'candidates'],
    queryFn: () => api.get('/api/meeting-members/candidates'),
    enabled: isEnabled,
    staleTime: 5 * 60_000,
  });
}

export function useJointActions(status: 'open' | 'closed' | 'all' = 'open') {
  return useQuery({
    queryKey: ['meetings', 'actions', status],
    queryFn: () => api.get('/api/joint-actions', { query: { status } }),
  });
}

function useInvalidateMeetings() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['meetings'] });
}

/** A mutation whose success reads every meeting query anew. */
function useMeetingMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const invalidate = useInvalidateMeetings();
  return useMutation({ mutationFn, onSuccess: invalidate });
}

export const useCreateSeries = () =>
  useMeetingMutation((input: SeriesInput) => api.post('/api/meeting-series', { body: input }));

export const useUpdateSeries = (id: string) =>
  useMeetingMutation((input: BodyOf<'/api/meeting-series/{id}', 'patch'>) =>
    api.patch('/api/meeting-series/{id}', { path: { id }, body: input }),
  );

export const useCreateMeeting = () =>
  useMeetingMutation((input: MeetingInput) => api.post('/api/meetings', { body: input }));

export const useUpdateMeeting = (id: string) =>
  useMeetingMutation((input: BodyOf<'/api/meetings/{id}', 'patch'>) =>
    api.patch('/api/meetings/{id}', { path: { id }, body: input }),
  );

export const useGenerateAgenda = (id: string) =>
  useMeetingMutation(() => api.post('/api/meetings/{id}/agenda/generate', { path: { id } }));

export const useAddAgendaItem = (id: string) =>
  useMeetingMutation((input: BodyOf<'/api/meetings/{id}/agenda', 'post'>) =>
    api.post('/api/meetings/{id}/agenda', { path: { id }, body: input }),
  );

export const useUpdateAgendaItem = () =>
  useMeetingMutation(({ id, ...input }: AgendaItemInput & { id: string }) =>
    api.patch('/api/agenda-items/{id}', { path: { id }, body: input }),
  );

export const useRemoveAgendaItem = () =>
  useMeetingMutation((id: string) => api.delete('/api/agenda-items/{id}', { path: { id } }));

export const useReorderAgenda = (id: string) =>
  useMeetingMutation((itemIds: string[]) =>
    api.put('/api/meetings/{id}/agenda/order', { path: { id }, body: { itemIds } }),
  );

export const useSaveAttendance = (id: string) =>
  useMeetingMutation((input: BodyOf<'/api/meetings/{id}/attendance', 'put'>) =>
    api.put('/api/meetings/{id}/attendance', { path: { id }, body: input }),
  );

export const useFlagIncident = () =>
  useMeetingMutation(
    ({
      meetingId,
      ...input
    }: BodyOf<'/api/meetings/{id}/flagged-incidents', 'post'> & { meetingId: string }) =>
      api.post('/api/meetings/{id}/flagged-incidents', { path: { id: meetingId }, body: input }),
  );

export const useUnflagIncident = () =>
  useMeetingMutation((flagId: string) =>
    api.delete('/api/meeting-incident-flags/{id}', { path: { id: flagId } }),
  );

export const useCreateJointAction = (meetingId: string) =>
  useMeetingMutation((input: JointActionInput) =>
    api.post('/api/meetings/{id}/actions', { path: { id: meetingId }, body: input }),
  );

export const useUpdateJointAction = () =>
  useMeetingMutation(
    ({ id, ...input }: BodyOf<'/api/joint-actions/{id}', 'patch'> & { id: string }) =>
      api.patch('/api/joint-actions/{id}', { path: { id }, body: input }),
  );

/** Sends the agenda to the members who have not had it (each at most once). */
export const useSendAgenda = (id: string) =>
  useMeetingMutation(() => api.post('/api/meetings/{id}/agenda/send', { path: { id } }));

export const useCloseMeeting = (id: string) =>
  useMeetingMutation(() => api.post('/api/meetings/{id}/close', { path: { id } }));

/** The minutes as DOCX or PDF, with the download's progress. */
export function downloadMinutes(
  id: string,
  format: 'docx' | 'pdf',
  onProgress: (received: number, total: number | null) => void,
): Promise<DownloadedFile> {
  return format === 'docx'
    ? apiDownload('/api/meetings/{id}/minutes.docx', { path: { id } }, onProgress)
    : apiDownload('/api/meetings/{id}/minutes.pdf', { path: { id } }, onProgress);
}

export function useCalendarFeed() {
  return useQuery({
    queryKey: ['calendar-feed'],
    queryFn: () => api.get('/api/calendar-feed'),
  });
}

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/calendar-feed'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar-feed'] }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/api/calendar-feed'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar-feed'] }),
  });
}
