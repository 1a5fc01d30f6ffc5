import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createProgramme } from '../../domain/interventions/create-programme.js';
import { listProgrammes } from '../../domain/interventions/list-programmes.js';
import { updateProgramme } from '../../domain/interventions/update-programme.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requires } from '../route-permission.js';
import { requireActor } from '../session-plugin.js';
import { IdParamsSchema } from '../shared.schema.js';
import {
  CreateProgrammeSchema,
  ProgrammeSchema,
  ProgrammeWithAggregatesSchema,
  UpdateProgrammeSchema,
} from './interventions.schema.js';

/**
 * Programmes of individual interventions (issue 14): SIG, avhopparverksamhet, Samkraft-style
 * teams and the municipality's own, with their aggregates (counts below 5 suppressed). No
 * person is named here; cases are in cases.routes.ts.
 */
export const interventionProgrammeRoutes: FastifyPluginAsync<RouteContext> = async (
  plugin,
  { deps },
) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Individinsatser: program'];

  app.get(
    '/api/intervention-programmes',
    {
      config: requires('intervention.read_aggregates', 'intervention.programme_list'),
      schema: {
        tags,
        summary:
          'The programmes with their aggregates: participants, open, closed, with a goal met, started per year; counts below 5 suppressed',
        response: { 200: ProgrammeWithAggregatesSchema.array() },
      },
    },
    async (request) => listProgrammes(deps, requireActor(request)),
  );

  app.post(
    '/api/intervention-programmes',
    {
      config: {
        ...requires('intervention.manage_programmes', 'intervention.programme_create'),
        ...mayFailWith('PROGRAMME_INVALID'),
      },
      schema: {
        tags,
        summary: 'Set up a programme',
        body: CreateProgrammeSchema,
        response: { 201: ProgrammeSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createProgramme(deps, requireActor(request), request.body)),
  );

  app.patch(
    '/api/intervention-programmes/:id',
    {
      config: {
        ...requires('intervention.manage_programmes', 'intervention.programme_update'),
        ...mayFailWith('PROGRAMME_INVALID'),
      },
      schema: {
        tags,
        summary: 'Change a programme: status (dormant with a planned restart, ended), owner, links',
        params: IdParamsSchema,
        body: UpdateProgrammeSchema,
        response: { 200: ProgrammeSchema },
      },
    },
    async (request) =>
      updateProgramme(deps, requireActor(request), request.params.id, request.body),
  );
};
