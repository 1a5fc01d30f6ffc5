import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  addAgendaItem,
  removeAgendaItem,
  reorderAgenda,
  updateAgendaItem,
} from '../../domain/meetings/edit-agenda.js';
import {
  flagIncidentForMeeting,
  unflagIncidentForMeeting,
} from '../../domain/meetings/flag-incident-for-meeting.js';
import { generateAgenda } from '../../domain/meetings/generate-agenda.js';
import { listJointActions } from '../../domain/meetings/list-joint-actions.js';
import { saveAttendance } from '../../domain/meetings/save-attendance.js';
import { createJointAction, updateJointAction } from '../../domain/meetings/save-joint-action.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import { NoContentSchema } from '../shared.schema.js';
import {
  AgendaItemSchema,
  CreateAgendaItemSchema,
  CreateJointActionSchema,
  FlagIncidentSchema,
  FlaggedIncidentSchema,
  IdParamsSchema,
  JointActionSchema,
  ListJointActionsQuerySchema,
  MeetingDetailSchema,
  ReorderAgendaSchema,
  SaveAttendanceSchema,
  UpdateAgendaItemSchema,
  UpdateJointActionSchema,
} from './meetings.schema.js';
import { presentDetail } from './present-meeting.js';
import { requires } from '../route-permission.js';

/** What is written during a meeting: the agenda, attendance, flagged incidents, joint actions. */
export const meetingMinutesRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Möten'];

  app.post(
    '/api/meetings/:id/agenda/generate',
    {
      config: {
        ...requires('meeting.manage', 'meeting.agenda.generate'),
        ...mayFailWith('MEETING_CLOSED'),
      },
      schema: {
        tags,
        summary: "Build the agenda from the week's picture; again: adds only what is new",
        params: IdParamsSchema,
        response: { 200: AgendaItemSchema.array() },
      },
    },
    async (request) => generateAgenda(deps, requireActor(request), request.params.id),
  );

  app.post(
    '/api/meetings/:id/agenda',
    {
      config: {
        ...requires('meeting.read_as_member', 'meeting.agenda.add'),
        ...mayFailWith('MEETING_INVALID', 'MEETING_CLOSED'),
      },
      schema: {
        tags,
        summary:
          'Add an item of its own to the agenda (every member, before and during the meeting)',
        params: IdParamsSchema,
        body: CreateAgendaItemSchema,
        response: { 201: AgendaItemSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addAgendaItem(deps, requireActor(request), request.params.id, request.body)),
  );

  app.put(
    '/api/meetings/:id/agenda/order',
    {
      config: {
        ...requires('meeting.manage', 'meeting.agenda.reorder'),
        ...mayFailWith('MEETING_INVALID', 'MEETING_CLOSED'),
      },
      schema: {
        tags,
        summary: 'Put the agenda in order: every item once',
        params: IdParamsSchema,
        body: ReorderAgendaSchema,
        response: { 200: AgendaItemSchema.array() },
      },
    },
    async (request) =>
      reorderAgenda(deps, requireActor(request), request.params.id, request.body.itemIds),
  );

  app.patch(
    '/api/agenda-items/:id',
    {
      config: {
        ...requires('meeting.manage', 'meeting.agenda.update'),
        ...mayFailWith('MEETING_INVALID', 'MEETING_CLOSED'),
      },
      schema: {
        tags,
        summary: "Change an agenda item's title, notes or decisions",
        params: IdParamsSchema,
        body: UpdateAgendaItemSchema,
        response: { 200: AgendaItemSchema },
      },
    },
    async (request) =>
      updateAgendaItem(deps, requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/api/agenda-items/:id',
    {
      config: {
        ...requires('meeting.manage', 'meeting.agenda.remove'),
        ...mayFailWith('MEETING_CLOSED'),
      },
      schema: {
        tags,
        summary: 'Take an item off its agenda',
        params: IdParamsSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await removeAgendaItem(deps, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/meetings/:id/attendance',
    {
      config: {
        ...requires('meeting.manage', 'meeting.attendance.save'),
        ...mayFailWith('MEETING_INVALID', 'MEETING_CLOSED'),
      },
      schema: {
        tags,
        summary: 'Who of the members were present, and other attendees',
        params: IdParamsSchema,
        body: SaveAttendanceSchema,
        response: { 200: MeetingDetailSchema },
      },
    },
    async (request) =>
      presentDetail(
        await saveAttendance(deps, requireActor(request), request.params.id, request.body),
      ),
  );

  app.post(
    '/api/meetings/:id/flagged-incidents',
    {
      config: {
        ...requires('meeting.flag_incident', 'meeting.incident.flag'),
        ...mayFailWith('MEETING_INVALID', 'MEETING_CLOSED'),
      },
      schema: {
        tags,
        summary: 'Flag an incident for the meeting (coordinators)',
        params: IdParamsSchema,
        body: FlagIncidentSchema,
        response: { 201: FlaggedIncidentSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await flagIncidentForMeeting(
            deps,
            requireActor(request),
            request.params.id,
            request.body,
          ),
        ),
  );

  app.delete(
    '/api/meeting-incident-flags/:id',
    {
      config: {
        ...requires('meeting.flag_incident', 'meeting.incident.unflag'),
        ...mayFailWith('MEETING_CLOSED'),
      },
      schema: {
        tags,
        summary: 'Take a flag off (by its id)',
        params: IdParamsSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await unflagIncidentForMeeting(deps, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/meetings/:id/actions',
    {
      config: {
        ...requires('meeting.manage', 'joint_action.create'),
        ...mayFailWith('MEETING_INVALID', 'MEETING_CLOSED'),
      },
      schema: {
        tags,
        summary: 'Record a joint action decided at the meeting',
        params: IdParamsSchema,
        body: CreateJointActionSchema,
        response: { 201: JointActionSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createJointAction(deps, requireActor(request), request.params.id, request.body),
        ),
  );

  app.get(
    '/api/joint-actions',
    {
      schema: {
        tags,
        summary: 'Joint actions the user may see (default: open ones)',
        querystring: ListJointActionsQuerySchema,
        response: { 200: JointActionSchema.array() },
      },
    },
    async (request) => listJointActions(deps, requireActor(request), request.query),
  );

  app.patch(
    '/api/joint-actions/:id',
    {
      config: {
        ...requires('meeting.read_as_member', 'joint_action.update'),
        ...mayFailWith('MEETING_INVALID'),
      },
      schema: {
        tags,
        summary:
          'Follow up a joint action: managers any field; those responsible for it its status and outcome',
        params: IdParamsSchema,
        body: UpdateJointActionSchema,
        response: { 200: JointActionSchema },
      },
    },
    async (request) =>
      updateJointAction(deps, requireActor(request), request.params.id, request.body),
  );
};
