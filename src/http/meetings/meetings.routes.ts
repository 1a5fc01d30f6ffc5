import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { closeMeeting } from '../../domain/meetings/close-meeting.js';
import { createMeeting } from '../../domain/meetings/create-meeting.js';
import { exportMeetingMinutes } from '../../domain/meetings/export-meeting-minutes.js';
import { getMeeting } from '../../domain/meetings/get-meeting.js';
import { listMeetingSeries, getMeetingSeries } from '../../domain/meetings/list-meeting-series.js';
import { listMeetings } from '../../domain/meetings/list-meetings.js';
import { listMemberCandidates } from '../../domain/meetings/list-member-candidates.js';
import {
  createMeetingSeries,
  updateMeetingSeries,
} from '../../domain/meetings/save-meeting-series.js';
import { sendAgenda } from '../../domain/meetings/send-agenda.js';
import { updateMeeting } from '../../domain/meetings/update-meeting.js';
import type { MeetingSeries } from '../../domain/meetings/meeting.js';
import { plannedOccurrences } from '../../domain/meetings/series-occurrences.js';
import { minutesWords } from '../../reports/meeting-minutes/meeting-minutes-words.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import { meetingMinutesRoutes } from './meeting-minutes.routes.js';
import {
  CreateMeetingSchema,
  CreateSeriesSchema,
  IdParamsSchema,
  ListMeetingsQuerySchema,
  MeetingDetailSchema,
  MeetingSchema,
  MeetingSeriesSchema,
  MemberCandidatesSchema,
  UpdateMeetingSchema,
  UpdateSeriesSchema,
} from './meetings.schema.js';
import { presentDetail } from './present-meeting.js';
import { requires } from '../route-permission.js';
import { fileResponse } from '../shared.schema.js';

export const meetingTags = ['Möten'];

/** The series with the coming days it skips (holidays, eves), so the coordinator sees them. */
const presentSeries = (series: MeetingSeries, now: Date) => ({
  ...series,
  timeZone: 'Europe/Stockholm' as const,
  skippedOccurrences: plannedOccurrences(series, now).skipped,
});

const contentTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/**
 * The OSG meeting workspace (issue 6): series, meetings, closing and the minutes as files;
 * the agenda, attendance, flags and joint actions are in meeting-minutes.routes.ts.
 */
export const meetingRoutes: FastifyPluginAsync<RouteContext> = async (plugin, context) => {
  const { deps, tasks } = context;
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = meetingTags;

  app.get(
    '/api/meeting-series',
    {
      schema: {
        tags,
        summary: 'Meeting series the user may see',
        response: { 200: MeetingSeriesSchema.array() },
      },
    },
    async (request) =>
      (await listMeetingSeries(deps, requireActor(request))).map((series) =>
        presentSeries(series, deps.clock()),
      ),
  );

  app.post(
    '/api/meeting-series',
    {
      config: {
        ...requires('meeting.manage', 'meeting_series.create'),
        ...mayFailWith('MEETING_INVALID'),
      },
      schema: {
        tags,
        summary: 'Start a series (weekly, Stockholm time); its coming 8 meetings are made',
        body: CreateSeriesSchema,
        response: { 201: MeetingSeriesSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentSeries(
            await createMeetingSeries(deps, requireActor(request), request.body),
            deps.clock(),
          ),
        ),
  );

  app.get(
    '/api/meeting-series/:id',
    {
      schema: {
        tags,
        summary: 'One series',
        params: IdParamsSchema,
        response: { 200: MeetingSeriesSchema },
      },
    },
    async (request) =>
      presentSeries(
        await getMeetingSeries(deps, requireActor(request), request.params.id),
        deps.clock(),
      ),
  );

  app.patch(
    '/api/meeting-series/:id',
    {
      config: {
        ...requires('meeting.manage', 'meeting_series.update'),
        ...mayFailWith('MEETING_INVALID'),
      },
      schema: {
        tags,
        summary: 'Change a series; coming meetings not yet worked on follow',
        params: IdParamsSchema,
        body: UpdateSeriesSchema,
        response: { 200: MeetingSeriesSchema },
      },
    },
    async (request) =>
      presentSeries(
        await updateMeetingSeries(deps, requireActor(request), request.params.id, request.body),
        deps.clock(),
      ),
  );

  app.get(
    '/api/meeting-members/candidates',
    {
      schema: {
        tags,
        summary: 'Organisations and users that may be made members or responsible',
        response: { 200: MemberCandidatesSchema },
      },
    },
    async (request) => listMemberCandidates(deps, requireActor(request)),
  );

  app.get(
    '/api/meetings',
    {
      schema: {
        tags,
        summary: 'Meetings the user may see, by start; series meetings are made first',
        querystring: ListMeetingsQuerySchema,
        response: { 200: MeetingSchema.array() },
      },
    },
    async (request) => listMeetings(deps, requireActor(request), request.query),
  );

  app.post(
    '/api/meetings',
    {
      config: {
        ...requires('meeting.manage', 'meeting.create'),
        ...mayFailWith('MEETING_INVALID'),
      },
      schema: {
        tags,
        summary: 'A one-off meeting',
        body: CreateMeetingSchema,
        response: { 201: MeetingSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMeeting(deps, requireActor(request), request.body)),
  );

  app.get(
    '/api/meetings/:id',
    {
      schema: {
        tags,
        summary: 'A meeting with agenda, minutes and actions (members and managers)',
        params: IdParamsSchema,
        response: { 200: MeetingDetailSchema },
      },
    },
    async (request) =>
      presentDetail(await getMeeting(deps, requireActor(request), request.params.id)),
  );

  app.patch(
    '/api/meetings/:id',
    {
      config: {
        ...requires('meeting.manage', 'meeting.update'),
        ...mayFailWith('MEETING_INVALID', 'MEETING_CLOSED'),
      },
      schema: {
        tags,
        summary: 'Change an open meeting',
        params: IdParamsSchema,
        body: UpdateMeetingSchema,
        response: { 200: MeetingDetailSchema },
      },
    },
    async (request) =>
      presentDetail(
        await updateMeeting(deps, requireActor(request), request.params.id, request.body),
      ),
  );

  app.post(
    '/api/meetings/:id/close',
    {
      config: requires('meeting.manage', 'meeting.close'),
      schema: {
        tags,
        summary: 'Close the meeting: freeze the minutes and e-mail them to every member (once)',
        params: IdParamsSchema,
        response: { 200: MeetingDetailSchema },
      },
    },
    async (request) =>
      presentDetail(await closeMeeting(deps, requireActor(request), request.params.id)),
  );

  app.post(
    '/api/meetings/:id/agenda/send',
    {
      config: {
        ...requires('meeting.manage', 'meeting.agenda.send'),
        ...mayFailWith('MEETING_CLOSED'),
      },
      schema: {
        tags,
        summary:
          'Send the agenda to every member by e-mail (DOCX and PDF attached); again: only to those who have not had it',
        params: IdParamsSchema,
        response: { 200: MeetingDetailSchema },
      },
    },
    async (request) =>
      presentDetail(await sendAgenda(deps, requireActor(request), request.params.id)),
  );

  for (const format of ['docx', 'pdf'] as const) {
    app.get(
      `/api/meetings/:id/minutes.${format}`,
      {
        config: mayFailWith('TASK_TIMED_OUT'),
        schema: {
          tags,
          summary: `The minutes as ${format.toUpperCase()} (audited)`,
          params: IdParamsSchema,
          produces: [contentTypes[format]],
          response: {
            200: fileResponse(`The minutes as ${format.toUpperCase()}`, contentTypes[format]),
          },
        },
      },
      async (request, reply) => {
        const data = await exportMeetingMinutes(
          deps,
          requireActor(request),
          request.params.id,
          format,
        );
        const file = Buffer.from(await tasks.run('render-meeting-minutes', { format, data }));
        const name = encodeURIComponent(`${minutesWords.fileName(data)}.${format}`);
        return reply
          .type(contentTypes[format])
          .header('content-disposition', `attachment; filename*=UTF-8''${name}`)
          .header('cache-control', 'no-store')
          .send(file);
      },
    );
  }

  await plugin.register(meetingMinutesRoutes, context);
};
