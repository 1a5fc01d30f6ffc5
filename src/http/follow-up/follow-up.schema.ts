import { z } from 'zod';
import { attentionKinds } from '../../domain/follow-up/get-attention.js';
import {
  deliveryStates,
  emailStatuses,
  notificationKinds,
  roundOrigins,
} from '../../domain/follow-up/follow-up.js';
import { measureStatusColours } from '../../domain/plans/plan.js';
import { DaySchema, singleLinePattern } from '../shared.schema.js';

const Day = DaySchema('2027-04-13');
const Line = (max: number) =>
  z.string().trim().max(max).regex(singleLinePattern, 'one line of text');
const Text = (max: number) => z.string().max(max);

export const RoundSchema = z.object({
  id: z.string(),
  planId: z.string(),
  label: z.string(),
  dueOn: z.string(),
  origin: z.enum(roundOrigins),
  isFinal: z.boolean(),
  createdByUserId: z.string().nullable(),
  createdAt: z.string(),
});

const ColourCounts = z.object({
  green: z.number().int(),
  yellow: z.number().int(),
  red: z.number().int(),
  none: z.number().int(),
});

export const RoundProgressSchema = RoundSchema.extend({
  taskCount: z.number().int(),
  reportedCount: z.number().int(),
  byColour: ColourCounts,
  daysOverdue: z.number().int(),
  isReported: z.boolean().describe('A final report exists for the round'),
});

export const TaskSchema = z.object({
  id: z.string(),
  roundId: z.string(),
  planId: z.string(),
  measureId: z.string(),
  assigneeUserId: z.string().nullable(),
  colour: z.enum(measureStatusColours).nullable(),
  deliveryState: z.enum(deliveryStates).nullable(),
  delivery: z.string(),
  process: z.string(),
  effect: z.string(),
  hoursSpent: z.number().nullable(),
  costSek: z.number().nullable(),
  reportedAt: z.string().nullable(),
  reportedByUserId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const RoundDetailSchema = RoundProgressSchema.extend({
  tasks: z.array(
    TaskSchema.extend({
      measure: z
        .object({
          measure: z.string(),
          cause: z.string(),
          operativeGoal: z.string(),
          responsible: z.string(),
          contactPerson: z.string(),
        })
        .nullable(),
    }),
  ),
  reports: z.array(
    z.object({
      id: z.string(),
      finalizedAt: z.string().nullable(),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
  ),
});

export const MyTaskSchema = TaskSchema.extend({
  planTitle: z.string(),
  roundLabel: z.string(),
  dueOn: z.string(),
  measureTitle: z.string(),
});

export const CreateRoundSchema = z.object({
  label: Line(200).min(1, 'a name for the round'),
  dueOn: Day,
});

export const ReportTaskSchema = z.object({
  colour: z.enum(measureStatusColours),
  deliveryState: z.enum(deliveryStates),
  delivery: Text(8000),
  process: Text(8000),
  effect: Text(8000),
  hoursSpent: z.number().min(0).max(1_000_000).nullable().optional(),
  costSek: z.number().min(0).max(1e12).nullable().optional(),
});

export const AssignTaskSchema = z.object({ assigneeUserId: z.uuid() });

export const NotificationSchema = z.object({
  id: z.string(),
  planId: z.string(),
  roundId: z.string(),
  taskId: z.string(),
  kind: z.enum(notificationKinds),
  dueOn: z.string(),
  message: z.string(),
  emailStatus: z.enum(emailStatuses),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const NotificationsQuerySchema = z.object({
  unread: z.enum(['true', 'false']).default('false'),
});

export const AttentionItemSchema = z.object({
  kind: z.enum(attentionKinds),
  severity: z.enum(['red', 'amber']),
  planId: z.string(),
  planTitle: z.string(),
  roundId: z.string().nullable(),
  roundLabel: z.string().nullable(),
  day: z.string(),
  days: z.number().int().describe('Days late (red) or left (amber)'),
  reportedCount: z.number().int().nullable(),
  taskCount: z.number().int().nullable(),
});

const HeadingFields = {
  title: Line(300),
  date: Day,
  caseNumber: Line(100),
  handlerName: Line(200),
  handlerEmail: Line(320),
  addressee: Line(300),
  administrationName: Line(300),
  signatures: z.array(z.object({ name: Line(200), title: Line(200) })).max(10),
  attachments: z.array(Line(500)).max(50),
  distribution: z.array(Line(300)).max(100),
};

const TextFields = {
  proposal: Text(20_000),
  summary: Text(20_000),
  description: Text(50_000),
  administrationView: Text(20_000),
  consequences: Text(20_000),
};

export const ReportSchema = z.object({
  id: z.string(),
  roundId: z.string(),
  planId: z.string(),
  heading: z.object(HeadingFields),
  texts: z.object(TextFields),
  finalizedAt: z.string().nullable(),
  finalizedByUserId: z.string().nullable(),
  isArchived: z.boolean().describe('The data is frozen with the report'),
  createdByUserId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ReportWithDataSchema = ReportSchema.extend({
  data: z.record(z.string(), z.unknown()).describe('What the DOCX and PDF are rendered from'),
});

export const UpdateReportSchema = z.object({
  heading: z.object(HeadingFields).partial().optional(),
  texts: z.object(TextFields).partial().optional(),
});
