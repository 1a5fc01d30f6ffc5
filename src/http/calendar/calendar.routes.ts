import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createCalendarFeed,
  getCalendarFeedState,
  readCalendarFeed,
  revokeCalendarFeed,
} from '../../domain/meetings/calendar-feed.js';
import { notFound } from '../../domain/errors.js';
import {
  CalendarFeedCreatedSchema,
  CalendarFeedStateSchema,
  CalendarFileParamsSchema,
} from '../meetings/meetings.schema.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import { fileResponse, NoContentSchema } from '../shared.schema.js';
import { renderCalendar } from './icalendar.js';
import { requires } from '../route-permission.js';

/**
 * Each user's iCalendar feed (issue 6): a secret, revocable URL that calendar programs poll
 * without a session, carrying the user's meetings and joint-action deadlines.
 */
export const calendarRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Kalender'];

  app.get(
    '/api/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Whether the user has a calendar feed',
        response: { 200: CalendarFeedStateSchema },
      },
    },
    async (request) => getCalendarFeedState(deps, requireActor(request)),
  );

  app.post(
    '/api/calendar-feed',
    {
      config: requires('calendar.use', 'calendar_feed.create'),
      schema: {
        tags,
        summary: 'A new secret feed URL (shown once); an earlier one stops working',
        response: { 201: CalendarFeedCreatedSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCalendarFeed(deps, requireActor(request))),
  );

  app.delete(
    '/api/calendar-feed',
    {
      config: requires('calendar.use', 'calendar_feed.revoke'),
      schema: {
        tags,
        summary: 'Revoke the feed URL',
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await revokeCalendarFeed(deps, requireActor(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/calendar/:file',
    {
      config: { isPublic: true },
      schema: {
        tags,
        summary: 'The feed itself, text/calendar: the secret token is the address (<token>.ics)',
        params: CalendarFileParamsSchema,
        produces: ['text/calendar'],
        response: { 200: fileResponse('The iCalendar feed', 'text/calendar') },
      },
    },
    async (request, reply) => {
      const match = /^([A-Za-z0-9_-]+)\.ics$/.exec(request.params.file);
      if (!match?.[1]) throw notFound('calendar');
      const content = await readCalendarFeed(deps, match[1]);
      const host = new URL(deps.settings.publicUrl).hostname || 'tryggve';
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', 'inline; filename="tryggve.ics"')
        .send(renderCalendar(content, deps.clock(), host));
    },
  );
};
