import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AgendaItemKind,
  JointActionStatus,
  MailingStatus,
  MeetingStatus,
} from '../../../src/domain/meetings/meeting';
import { api, apiDownload, type DownloadedFile } from './client';
import type { OrganisationKind } from './types';

// The server's own lists: one source for kinds and statuses.
export { agendaItemKinds, jointActionStatuses } from '../../../src/domain/meetings/meeting';
export type { AgendaItemKind, JointActionStatus, MailingStatus, MeetingStatus };

/** A weekly meeting series (OSG Huddinge, Thursdays 09:00 Stockholm time). */
export interface MeetingSeries {
  id: string;
  title: string;
  place: string;
  /** 1 Monday … 7 Sunday. */
  weekday: number;
  /** Stockholm wall clock, "09:00". */
  startTime: string;
  durationMinutes: number;
  timeZone: 'Europe/Stockholm';
  startsOn: string;
  endsOn: string | null;
  organisationIds: string[];
  memberUserIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface SeriesInput {
  title: string;
  place?: string;
  weekday: number;
  startTime: string;
  durationMinutes: number;
  startsOn: string;
  endsOn?: string | null;
  organisationIds?: string[];
  memberUserIds?: string[];
}

/** A meeting as GET /api/meetings lists it; `canManage` says whether the actor may edit it. */
export interface Meeting {
  id: string;
  seriesId: string | null;
  title: string;
  place: string;
  startsAt: string;
  endsAt: string;
  status: MeetingStatus;
  organisationIds: string[];
  memberUserIds: string[];
  agendaGeneratedAt: string | null;
  closedAt: string | null;
  closedByUserId: string | null;
  createdAt: string;
  updatedAt: string;
  canManage: boolean;
}

export interface MeetingInput {
  title: string;
  place?: string;
  /** UTC instant. */
  startsAt: string;
  durationMinutes: number;
  organisationIds?: string[];
  memberUserIds?: string[];
}

export interface AgendaItem {
  id: string;
  meetingId: string;
  position: number;
  kind: AgendaItemKind;
  sourceRef: string | null;
  title: string;
  notes: string;
  decisions: string;
  isAutomatic: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface AgendaItemInput {
  title?: string;
  notes?: string;
  decisions?: string;
}

export interface AttendanceEntry {
  userId: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  isPresent: boolean | null;
}

export interface JointAction {
  id: string;
  meetingId: string;
  seriesId: string | null;
  title: string;
  description: string;
  districtIds: string[];
  organisationIds: string[];
  responsibleUserIds: string[];
  dueOn: string | null;
  expectedResult: string;
  status: JointActionStatus;
  outcome: string;
  isOpen: boolean;
  isOverdue: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface JointActionInput {
  title: string;
  description?: string;
  districtIds?: string[];
  organisationIds?: string[];
  responsibleUserIds?: string[];
  dueOn?: string | null;
  expectedResult?: string;
  status?: JointActionStatus;
  outcome?: string;
}

export interface FlaggedIncident {
  id: string;
  incidentId: string;
  meetingId: string;
  note: string;
  categoryCode: string;
  occurredAt: string | null;
  districtIds: string[];
  flaggedByUserId: string | null;
  flaggedAt: string;
}

export interface MinutesMailing {
  userId: string;
  status: MailingStatus;
  sentAt: string | null;
}

export interface OrganisationRef {
  id: string;
  name: string;
  kind: OrganisationKind;
}

export interface MeetingMember {
  userId: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
}

export interface MeetingDetail extends Meeting {
  organisations: OrganisationRef[];
  members: MeetingMember[];
  generalNotes: string;
  agenda: AgendaItem[];
  attendance: AttendanceEntry[];
  guests: string;
  actions: JointAction[];
  carriedActions: JointAction[];
  flaggedIncidents: FlaggedIncident[];
  mailings: MinutesMailing[];
}

export interface MemberCandidates {
  organisations: OrganisationRef[];
  users: { id: string; displayName: string; organisationId: string }[];
}

export interface CalendarFeedState {
  isActive: boolean;
  createdAt: string | null;
}

export interface CalendarFeedCreated {
  url: string;
  createdAt: string;
}

const meetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;

export function useMeetingSeries() {
  return useQuery({
    queryKey: ['meetings', 'series'],
    queryFn: () => api.get<MeetingSeries[]>('/meeting-series'),
  });
}

/** The meetings the user may see, five weeks back to ten ahead (the server's default). */
export function useMeetings() {
  return useQuery({
    queryKey: ['meetings', 'list'],
    queryFn: () => api.get<Meeting[]>('/meetings'),
  });
}

export function useMeeting(id: string | undefined) {
  return useQuery({
    queryKey: ['meetings', 'one', id],
    queryFn: () => api.get<MeetingDetail>(meetingPath(id ?? '')),
    enabled: id !== undefined,
  });
}

export function useMemberCandidates(isEnabled: boolean) {
  return useQuery({
    queryKey: ['meetings', 'candidates'],
    queryFn: () => api.get<MemberCandidates>('/meeting-members/candidates'),
    enabled: isEnabled,
    staleTime: 5 * 60_000,
  });
}

export function useJointActions(status: 'open' | 'closed' | 'all' = 'open') {
  return useQuery({
    queryKey: ['meetings', 'actions', status],
    queryFn: () => api.get<JointAction[]>('/joint-actions', { status }),
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
  useMeetingMutation((input: SeriesInput) => api.post<MeetingSeries>('/meeting-series', input));

export const useUpdateSeries = (id: string) =>
  useMeetingMutation((input: Partial<SeriesInput>) =>
    api.patch<MeetingSeries>(`/meeting-series/${encodeURIComponent(id)}`, input),
  );

export const useCreateMeeting = () =>
  useMeetingMutation((input: MeetingInput) => api.post<Meeting>('/meetings', input));

export const useUpdateMeeting = (id: string) =>
  useMeetingMutation(
    (
      input: Partial<MeetingInput> & {
        generalNotes?: string;
        guests?: string;
        isCancelled?: boolean;
      },
    ) => api.patch<MeetingDetail>(meetingPath(id), input),
  );

export const useGenerateAgenda = (id: string) =>
  useMeetingMutation(() => api.post<AgendaItem[]>(`${meetingPath(id)}/agenda/generate`));

export const useAddAgendaItem = (id: string) =>
  useMeetingMutation((input: AgendaItemInput & { title: string; position?: number }) =>
    api.post<AgendaItem>(`${meetingPath(id)}/agenda`, input),
  );

export const useUpdateAgendaItem = () =>
  useMeetingMutation(({ id, ...input }: AgendaItemInput & { id: string }) =>
    api.patch<AgendaItem>(`/agenda-items/${encodeURIComponent(id)}`, input),
  );

export const useRemoveAgendaItem = () =>
  useMeetingMutation((id: string) => api.delete<void>(`/agenda-items/${encodeURIComponent(id)}`));

export const useReorderAgenda = (id: string) =>
  useMeetingMutation((itemIds: string[]) =>
    api.put<AgendaItem[]>(`${meetingPath(id)}/agenda/order`, { itemIds }),
  );

export const useSaveAttendance = (id: string) =>
  useMeetingMutation(
    (input: { entries: { userId: string; isPresent: boolean | null }[]; guests?: string }) =>
      api.put<MeetingDetail>(`${meetingPath(id)}/attendance`, input),
  );

export const useFlagIncident = () =>
  useMeetingMutation(
    ({ meetingId, ...input }: { meetingId: string; incidentId: string; note?: string }) =>
      api.post<FlaggedIncident>(`${meetingPath(meetingId)}/flagged-incidents`, input),
  );

export const useUnflagIncident = () =>
  useMeetingMutation((flagId: string) =>
    api.delete<void>(`/meeting-incident-flags/${encodeURIComponent(flagId)}`),
  );

export const useCreateJointAction = (meetingId: string) =>
  useMeetingMutation((input: JointActionInput) =>
    api.post<JointAction>(`${meetingPath(meetingId)}/actions`, input),
  );

export const useUpdateJointAction = () =>
  useMeetingMutation(({ id, ...input }: Partial<JointActionInput> & { id: string }) =>
    api.patch<JointAction>(`/joint-actions/${encodeURIComponent(id)}`, input),
  );

export const useCloseMeeting = (id: string) =>
  useMeetingMutation(() => api.post<MeetingDetail>(`${meetingPath(id)}/close`));

/** The minutes as DOCX or PDF, with the download's progress. */
export function downloadMinutes(
  id: string,
  format: 'docx' | 'pdf',
  onProgress: (received: number, total: number | null) => void,
): Promise<DownloadedFile> {
  return apiDownload(`${meetingPath(id)}/minutes.${format}`, {}, onProgress);
}

export function useCalendarFeed() {
  return useQuery({
    queryKey: ['calendar-feed'],
    queryFn: () => api.get<CalendarFeedState>('/calendar-feed'),
  });
}

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CalendarFeedCreated>('/calendar-feed'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar-feed'] }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<void>('/calendar-feed'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar-feed'] }),
  });
}
