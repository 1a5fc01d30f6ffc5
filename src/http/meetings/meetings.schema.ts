import { z } from 'zod';
import { agendaItemKinds, jointActionStatuses } from '../../domain/meetings/meeting.js';
import {
  DaySchema,
  InstantSchema,
  OrganisationKindSchema,
  singleLinePattern,
} from '../shared.schema.js';

/** The OSG meeting workspace (issue 6). */

export const meetingStatuses = ['scheduled', 'cancelled', 'closed'] as const;
export const mailingStatuses = ['pending', 'sent', 'failed', 'no_mailer'] as const;

const Day = DaySchema('2026-12-03');
const Instant = InstantSchema('2026-12-03T08:00:00Z');
const Line = (max: number) =>
  z.string().max(max).regex(singleLinePattern, 'one line without control characters');
const Title = Line(300).trim().min(1, 'a title');
const hasNoNul = (text: string) => !text.includes('\u0000');
const Prose = z.string().max(20_000).refine(hasNoNul, 'text without NUL characters');
const Ids = z.array(z.uuid()).max(200);
const Duration = z
  .number()
  .int()
  .min(5)
  .max(24 * 60);

export const IdParamsSchema = z.object({ id: z.uuid('an id in UUID form') });
export const CalendarFileParamsSchema = z.object({ file: z.string().max(200) });

export const MeetingSeriesSchema = z.object({
  id: z.string(),
  title: z.string(),
  place: z.string(),
  weekday: z.number().int().describe('1 Monday … 7 Sunday'),
  startTime: z.string().describe('Stockholm wall clock, HH:MM'),
  durationMinutes: z.number().int(),
  timeZone: z.literal('Europe/Stockholm'),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  organisationIds: z.array(z.string()),
  memberUserIds: z.array(z.string()),
  skippedOccurrences: z
    .array(z.object({ occurrenceOn: z.string(), holiday: z.string() }))
    .describe(
      'Coming days the series would meet on but skips: Swedish public holidays and eves (julafton)',
    ),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const CreateSeriesSchema = z.object({
  title: Title,
  place: Line(300).optional(),
  weekday: z.number().int().min(1).max(7),
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 09:00'),
  durationMinutes: Duration,
  startsOn: Day,
  endsOn: Day.nullable().optional(),
  organisationIds: Ids.optional(),
  memberUserIds: Ids.optional(),
});
export const UpdateSeriesSchema = CreateSeriesSchema.partial();

export const MeetingSchema = z.object({
  id: z.string(),
  seriesId: z.string().nullable(),
  title: z.string(),
  place: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(meetingStatuses),
  organisationIds: z.array(z.string()),
  memberUserIds: z.array(z.string()),
  agendaGeneratedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedByUserId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  canManage: z.boolean(),
});

export const ListMeetingsQuerySchema = z.object({
  from: Day.optional(),
  to: Day.optional(),
  seriesId: z.uuid().optional(),
});

export const CreateMeetingSchema = z.object({
  title: Title,
  place: Line(300).optional(),
  startsAt: Instant,
  durationMinutes: Duration,
  organisationIds: Ids.optional(),
  memberUserIds: Ids.optional(),
});

export const UpdateMeetingSchema = CreateMeetingSchema.partial().extend({
  generalNotes: Prose.optional(),
  guests: Prose.optional(),
  isCancelled: z.boolean().optional(),
});

export const AgendaItemSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  position: z.number().int(),
  kind: z.enum(agendaItemKinds),
  sourceRef: z.string().nullable(),
  title: z.string(),
  notes: z.string(),
  decisions: z.string(),
  isAutomatic: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const CreateAgendaItemSchema = z.object({
  title: Title,
  notes: Prose.optional(),
  decisions: Prose.optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export const UpdateAgendaItemSchema = z.object({
  title: Title.optional(),
  notes: Prose.optional(),
  decisions: Prose.optional(),
});
export const ReorderAgendaSchema = z.object({ itemIds: z.array(z.uuid()).max(500) });

export const AttendanceEntrySchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  isPresent: z.boolean().nullable(),
});
export const SaveAttendanceSchema = z.object({
  entries: z.array(z.object({ userId: z.uuid(), isPresent: z.boolean().nullable() })).max(500),
  guests: Prose.optional(),
});

export const JointActionSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  seriesId: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  districtIds: z.array(z.string()),
  organisationIds: z.array(z.string()),
  responsibleUserIds: z.array(z.string()),
  dueOn: z.string().nullable(),
  expectedResult: z.string(),
  status: z.enum(jointActionStatuses),
  outcome: z.string(),
  isOpen: z.boolean(),
  isOverdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
});

export const CreateJointActionSchema = z.object({
  title: Title,
  description: Prose.optional(),
  districtIds: Ids.optional(),
  organisationIds: Ids.optional(),
  responsibleUserIds: Ids.optional(),
  dueOn: Day.nullable().optional(),
  expectedResult: Prose.optional(),
  status: z.enum(jointActionStatuses).optional(),
});
export const UpdateJointActionSchema = CreateJointActionSchema.partial().extend({
  outcome: Prose.optional(),
});
export const ListJointActionsQuerySchema = z.object({
  status: z.enum(['open', 'closed', 'all']).optional(),
  seriesId: z.uuid().optional(),
});

export const FlagIncidentSchema = z.object({
  incidentId: z.uuid(),
  note: Line(1000).optional(),
});
export const FlaggedIncidentSchema = z.object({
  id: z.string().describe("The flag's own id"),
  incidentId: z.string(),
  meetingId: z.string(),
  note: z.string(),
  categoryCode: z.string(),
  occurredAt: z.string().nullable(),
  districtIds: z.array(z.string()),
  flaggedByUserId: z.string().nullable(),
  flaggedAt: z.string(),
});

export const MinutesMailingSchema = z.object({
  userId: z.string(),
  status: z.enum(mailingStatuses),
  sentAt: z.string().nullable(),
});

const OrganisationRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: OrganisationKindSchema,
});

export const MeetingDetailSchema = MeetingSchema.extend({
  organisations: z.array(OrganisationRefSchema),
  members: z.array(
    z.object({
      userId: z.string(),
      displayName: z.string(),
      organisationId: z.string(),
      organisationName: z.string(),
    }),
  ),
  generalNotes: z.string(),
  agenda: z.array(AgendaItemSchema),
  attendance: z.array(AttendanceEntrySchema),
  guests: z.string(),
  actions: z.array(JointActionSchema),
  carriedActions: z.array(JointActionSchema),
  flaggedIncidents: z.array(FlaggedIncidentSchema),
  mailings: z.array(MinutesMailingSchema),
  agendaMailings: z
    .array(MinutesMailingSchema)
    .describe('Who has been sent the agenda before the meeting, each at most once'),
});

export const MemberCandidatesSchema = z.object({
  organisations: z.array(OrganisationRefSchema),
  users: z.array(z.object({ id: z.string(), displayName: z.string(), organisationId: z.string() })),
});

export const CalendarFeedStateSchema = z.object({
  isActive: z.boolean(),
  createdAt: z.string().nullable(),
});
export const CalendarFeedCreatedSchema = z.object({ url: z.string(), createdAt: z.string() });
