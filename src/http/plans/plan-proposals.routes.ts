import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { acceptProblemProposals } from '../../domain/plans/accept-problem-proposals.js';
import { createPlanFromPicture } from '../../domain/plans/create-plan-from-picture.js';
import { listProblemProposals } from '../../domain/plans/problem-proposals.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requires } from '../route-permission.js';
import { requireActor } from '../session-plugin.js';
import { AcceptProposalsSchema, ProblemProposalSchema } from './plan-proposals.schema.js';
import {
  CreatePlanSchema,
  PlanIdParamsSchema,
  PlanProblemSchema,
  PlanSchema,
} from './plans.schema.js';

/**
 * Plans from the picture (issue 16): a draft started from this week's situation picture, and
 * the problems its picture proposes, taken in by the coordinator.
 */
export const planProposalRoutes: FastifyPluginAsync<RouteContext> = async (plugin, context) => {
  const { deps } = context;
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Handlingsplaner'];

  app.post(
    '/api/plans/from-picture',
    {
      config: {
        ...requires('plan.manage', 'plan.create'),
        ...mayFailWith('PLAN_INVALID'),
      },
      schema: {
        tags,
        summary: "Start a draft with this week's situation picture saved on it",
        body: CreatePlanSchema,
        response: { 201: PlanSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createPlanFromPicture(deps, requireActor(request), request.body)),
  );

  app.get(
    '/api/plans/:id/problem-proposals',
    {
      config: requires('plan.manage', 'plan.problem.save'),
      schema: {
        tags,
        summary: "The problems the plan's saved picture proposes: its largest rises and alarms",
        params: PlanIdParamsSchema,
        response: { 200: ProblemProposalSchema.array() },
      },
    },
    async (request) => listProblemProposals(deps, requireActor(request), request.params.id),
  );

  app.post(
    '/api/plans/:id/problem-proposals',
    {
      config: {
        ...requires('plan.manage', 'plan.problem.save'),
        ...mayFailWith('PLAN_INVALID', 'PLAN_LOCKED'),
      },
      schema: {
        tags,
        summary: 'Take the accepted proposals into a draft as prioritised problems, all or none',
        params: PlanIdParamsSchema,
        body: AcceptProposalsSchema,
        response: { 201: PlanProblemSchema.array() },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await acceptProblemProposals(
            deps,
            requireActor(request),
            request.params.id,
            request.body.keys,
          ),
        ),
  );
};
