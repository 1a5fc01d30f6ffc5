import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { deleteEffort } from '../../domain/plans/delete-effort.js';
import { getEffort, listEfforts } from '../../domain/plans/list-efforts.js';
import { saveEffort } from '../../domain/plans/save-effort.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import {
  CreateEffortSchema,
  EffortSchema,
  PlanIdParamsSchema,
  UpdateEffortSchema,
} from './plans.schema.js';
import { requires } from '../route-permission.js';
import { NoContentSchema } from '../shared.schema.js';

/** The register of efforts (kartläggning): local, regional and national. */
export const effortRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Kartläggning'];

  app.get(
    '/api/efforts',
    {
      schema: {
        tags,
        summary: 'The register: local, regional, national; by name',
        response: { 200: EffortSchema.array() },
      },
    },
    async (request) => listEfforts(deps, requireActor(request)),
  );

  app.post(
    '/api/efforts',
    {
      config: {
        ...requires('plan.manage', 'effort.create'),
        ...mayFailWith('EFFORT_INVALID'),
      },
      schema: {
        tags,
        summary: 'Add an effort with its level, owner, target group, evidence and evaluation',
        body: CreateEffortSchema,
        response: { 201: EffortSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await saveEffort(deps, requireActor(request), null, request.body)),
  );

  app.get(
    '/api/efforts/:id',
    {
      schema: {
        tags,
        summary: 'One effort',
        params: PlanIdParamsSchema,
        response: { 200: EffortSchema },
      },
    },
    async (request) => getEffort(deps, requireActor(request), request.params.id),
  );

  app.patch(
    '/api/efforts/:id',
    {
      config: {
        ...requires('plan.manage', 'effort.update'),
        ...mayFailWith('EFFORT_INVALID'),
      },
      schema: {
        tags,
        summary: 'Change an effort, its evaluation or its links to goals and problems',
        params: PlanIdParamsSchema,
        body: UpdateEffortSchema,
        response: { 200: EffortSchema },
      },
    },
    async (request) => saveEffort(deps, requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/api/efforts/:id',
    {
      config: requires('plan.manage', 'effort.delete'),
      schema: {
        tags,
        summary: 'Remove a mistaken entry',
        params: PlanIdParamsSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await deleteEffort(deps, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
