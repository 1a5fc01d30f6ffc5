import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FollowUpReport } from '../../domain/follow-up/follow-up.js';
import { assignTask } from '../../domain/follow-up/assign-task.js';
import { createRound } from '../../domain/follow-up/create-round.js';
import { createRoundsFromInterval } from '../../domain/follow-up/create-rounds-from-interval.js';
import {
  createReportDraft,
  finalizeReport,
  getReport,
  updateReport,
} from '../../domain/follow-up/follow-up-reports.js';
import { getAttention } from '../../domain/follow-up/get-attention.js';
import { getRound } from '../../domain/follow-up/get-round.js';
import { listMyTasks } from '../../domain/follow-up/list-my-tasks.js';
import { listRounds } from '../../domain/follow-up/list-rounds.js';
import { listNotifications, markNotificationRead } from '../../domain/follow-up/notifications.js';
import { reportTask } from '../../domain/follow-up/report-task.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import { fileResponse, IdParamsSchema, NoContentSchema } from '../shared.schema.js';
import {
  AssignTaskSchema,
  AttentionItemSchema,
  CreateRoundSchema,
  MyTaskSchema,
  NotificationSchema,
  NotificationsQuerySchema,
  ReportSchema,
  ReportTaskSchema,
  ReportWithDataSchema,
  RoundDetailSchema,
  RoundProgressSchema,
  RoundSchema,
  TaskSchema,
  UpdateReportSchema,
} from './follow-up.schema.js';
import { requires } from '../route-permission.js';

const withoutMunicipality = <T extends { municipalityId: string }>({
  municipalityId: _municipality,
  ...rest
}: T) => rest;

const presentReport = ({ archivedData, ...report }: FollowUpReport) => ({
  ...withoutMunicipality(report),
  isArchived: archivedData !== null,
});

/** A file name from the case number and round: "uppfoljning-KS-2017-581.173-2017-04-13". */
const fileName = (caseNumber: string, dueOn: string, extension: string) =>
  `uppfoljning-${`${caseNumber}-${dueOn}`.replace(/[^A-Za-z0-9.-]+/g, '-')}.${extension}`;

/** Follow-up of plans: rounds and tasks, notices, the start page's attention list, reports. */
export const followUpRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps, tasks }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Uppföljning'];

  app.get(
    '/api/attention',
    {
      schema: {
        tags,
        summary:
          'The start page: overdue and due follow-ups, expired and expiring plans, with days',
        response: { 200: z.array(AttentionItemSchema) },
      },
    },
    async (request) => getAttention(deps, requireActor(request)),
  );

  app.get(
    '/api/plans/:id/follow-up-rounds',
    {
      schema: {
        tags,
        summary: "A plan's rounds with their progress",
        params: IdParamsSchema,
        response: { 200: z.array(RoundProgressSchema) },
      },
    },
    async (request) =>
      (await listRounds(deps, requireActor(request), request.params.id)).map(withoutMunicipality),
  );

  app.post(
    '/api/plans/:id/follow-up-rounds/from-interval',
    {
      config: {
        ...requires('follow_up.manage', 'follow_up.round_create'),
        ...mayFailWith('FOLLOW_UP_INVALID'),
      },
      schema: {
        tags,
        summary: "Make the rounds the plan's interval gives (those missing), a task per measure",
        params: IdParamsSchema,
        response: { 201: z.array(RoundSchema) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          (await createRoundsFromInterval(deps, requireActor(request), request.params.id)).map(
            withoutMunicipality,
          ),
        ),
  );

  app.post(
    '/api/plans/:id/follow-up-rounds',
    {
      config: {
        ...requires('follow_up.manage', 'follow_up.round_create'),
        ...mayFailWith('FOLLOW_UP_INVALID', 'FOLLOW_UP_ROUND_EXISTS'),
      },
      schema: {
        tags,
        summary: 'Add a round by hand, a task per measure',
        params: IdParamsSchema,
        body: CreateRoundSchema,
        response: { 201: RoundSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        withoutMunicipality(
          await createRound(deps, requireActor(request), {
            planId: request.params.id,
            ...request.body,
          }),
        ),
      ),
  );

  app.get(
    '/api/follow-up-rounds/:id',
    {
      schema: {
        tags,
        summary: 'One round: its tasks with their measures, progress and reports',
        params: IdParamsSchema,
        response: { 200: RoundDetailSchema },
      },
    },
    async (request) => {
      const round = await getRound(deps, requireActor(request), request.params.id);
      return {
        ...withoutMunicipality(round),
        tasks: round.tasks.map(withoutMunicipality),
      };
    },
  );

  app.get(
    '/api/follow-up-tasks/mine',
    {
      schema: {
        tags,
        summary: "The signed-in user's follow-up tasks, open first",
        response: { 200: z.array(MyTaskSchema) },
      },
    },
    async (request) => (await listMyTasks(deps, requireActor(request))).map(withoutMunicipality),
  );

  app.put(
    '/api/follow-up-tasks/:id/report',
    {
      config: {
        ...requires('follow_up.report', 'follow_up.task_report'),
        ...mayFailWith('FOLLOW_UP_REPORT_FINAL'),
      },
      schema: {
        tags,
        summary:
          'Report a task: delivery, process, effect and a colour (its owner, or a coordinator)',
        params: IdParamsSchema,
        body: ReportTaskSchema,
        response: { 200: TaskSchema },
      },
    },
    async (request) =>
      withoutMunicipality(
        await reportTask(deps, requireActor(request), request.params.id, request.body),
      ),
  );

  app.put(
    '/api/follow-up-tasks/:id/assignee',
    {
      config: {
        ...requires('follow_up.manage', 'follow_up.task_assign'),
        ...mayFailWith('FOLLOW_UP_INVALID'),
      },
      schema: {
        tags,
        summary: 'Give a task to another user',
        params: IdParamsSchema,
        body: AssignTaskSchema,
        response: { 200: TaskSchema },
      },
    },
    async (request) =>
      withoutMunicipality(
        await assignTask(
          deps,
          requireActor(request),
          request.params.id,
          request.body.assigneeUserId,
        ),
      ),
  );

  app.get(
    '/api/follow-up-notifications',
    {
      schema: {
        tags,
        summary: "The signed-in user's follow-up notices, newest first",
        querystring: NotificationsQuerySchema,
        response: { 200: z.array(NotificationSchema) },
      },
    },
    async (request) =>
      (await listNotifications(deps, requireActor(request), request.query.unread === 'true')).map(
        ({ userId: _user, ...notice }) => withoutMunicipality(notice),
      ),
  );

  app.post(
    '/api/follow-up-notifications/:id/read',
    {
      config: requires('follow_up.report', 'follow_up.notification_read'),
      schema: {
        tags,
        summary: 'Mark one of my notices read',
        params: IdParamsSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await markNotificationRead(deps, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/follow-up-rounds/:id/reports',
    {
      config: requires('follow_up.manage', 'follow_up.report_create'),
      schema: {
        tags,
        summary: "Start a draft of the round's report (tjänsteutlåtande), the letterhead filled in",
        params: IdParamsSchema,
        response: { 201: ReportSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentReport(await createReportDraft(deps, requireActor(request), request.params.id)),
        ),
  );

  app.get(
    '/api/follow-up-reports/:id',
    {
      schema: {
        tags,
        summary: 'A report with the data it renders (a final one from its archive)',
        params: IdParamsSchema,
        response: { 200: ReportWithDataSchema },
      },
    },
    async (request) => {
      const { report, data } = await getReport(deps, requireActor(request), request.params.id);
      return { ...presentReport(report), data: { ...data } };
    },
  );

  app.patch(
    '/api/follow-up-reports/:id',
    {
      config: {
        ...requires('follow_up.manage', 'follow_up.report_update'),
        ...mayFailWith('FOLLOW_UP_REPORT_FINAL'),
      },
      schema: {
        tags,
        summary: 'Save the written sections and the letterhead of a draft',
        params: IdParamsSchema,
        body: UpdateReportSchema,
        response: { 200: ReportSchema },
      },
    },
    async (request) =>
      presentReport(
        await updateReport(deps, requireActor(request), request.params.id, request.body),
      ),
  );

  app.post(
    '/api/follow-up-reports/:id/final',
    {
      config: {
        ...requires('follow_up.manage', 'follow_up.report_finalize'),
        ...mayFailWith('FOLLOW_UP_REPORT_FINAL'),
      },
      schema: {
        tags,
        summary: 'Mark the report final: frozen, archived with its data',
        params: IdParamsSchema,
        response: { 200: ReportSchema },
      },
    },
    async (request) =>
      presentReport(await finalizeReport(deps, requireActor(request), request.params.id)),
  );

  for (const format of ['docx', 'pdf'] as const) {
    app.get(
      `/api/follow-up-reports/:id/report.${format}`,
      {
        config: mayFailWith('TASK_TIMED_OUT'),
        schema: {
          tags,
          summary: `The report as ${format.toUpperCase()}: a draft made anew from today's data and its saved texts`,
          params: IdParamsSchema,
          produces: [
            format === 'pdf'
              ? 'application/pdf'
              : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          ],
          response: {
            200: fileResponse(
              `The report as ${format.toUpperCase()}`,
              format === 'pdf'
                ? 'application/pdf'
                : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            ),
          },
        },
      },
      async (request, reply) => {
        const { data } = await getReport(deps, requireActor(request), request.params.id, format);
        const file = Buffer.from(await tasks.run('render-follow-up-report', { format, data }));
        return reply
          .type(
            format === 'pdf'
              ? 'application/pdf'
              : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          )
          .header(
            'content-disposition',
            `attachment; filename="${fileName(data.caseNumber, data.round.dueOn, format)}"`,
          )
          .header('cache-control', 'no-store')
          .send(file);
      },
    );
  }
};
