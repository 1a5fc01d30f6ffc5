import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { adoptPlan } from '../../domain/plans/adopt-plan.js';
import { createPlan } from '../../domain/plans/create-plan.js';
import { getGapView } from '../../domain/plans/get-gap-view.js';
import { getPlan } from '../../domain/plans/get-plan.js';
import { listPlanContacts } from '../../domain/plans/list-plan-contacts.js';
import { listPlans } from '../../domain/plans/list-plans.js';
import { revisePlan } from '../../domain/plans/revise-plan.js';
import { savePlanSnapshot } from '../../domain/plans/save-plan-snapshot.js';
import { updatePlan } from '../../domain/plans/update-plan.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import { effortRoutes } from './efforts.routes.js';
import { planItemRoutes } from './plan-items.routes.js';
import { planProposalRoutes } from './plan-proposals.routes.js';
import {
  AdoptPlanSchema,
  CreatePlanSchema,
  GapViewSchema,
  ListPlansQuerySchema,
  PlanDetailSchema,
  PlanContactSchema,
  PlanIdParamsSchema,
  PlanSchema,
  PlanSnapshotSchema,
  SaveSnapshotSchema,
  UpdatePlanSchema,
} from './plans.schema.js';
import { requires } from '../route-permission.js';

export const planTags = ['Handlingsplaner'];

/**
 * Action plans (issue 5): versions, adoption, revision, the situation picture each rests on,
 * and the gap view; with their items (plan-items.routes.ts) and the register of efforts.
 */
export const planRoutes: FastifyPluginAsync<RouteContext> = async (plugin, context) => {
  const { deps } = context;
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = planTags;

  app.get(
    '/api/plans',
    {
      schema: {
        tags,
        summary: "The municipality's plans with their status today; drafts first",
        querystring: ListPlansQuerySchema,
        response: { 200: PlanSchema.array() },
      },
    },
    async (request) => {
      const { latest, ...filter } = request.query;
      return listPlans(deps, requireActor(request), { ...filter, isLatestOnly: latest === 'true' });
    },
  );

  app.get(
    '/api/plan-contacts',
    {
      schema: {
        tags,
        summary:
          "The municipality's active users a coordinator may name as a measure's contact or a task's owner",
        response: { 200: PlanContactSchema.array() },
      },
    },
    async (request) => listPlanContacts(deps, requireActor(request)),
  );

  app.post(
    '/api/plans',
    {
      config: {
        ...requires('plan.manage', 'plan.create'),
        ...mayFailWith('PLAN_INVALID'),
      },
      schema: {
        tags,
        summary: 'Start a plan as a draft',
        body: CreatePlanSchema,
        response: { 201: PlanSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPlan(deps, requireActor(request), request.body)),
  );

  app.get(
    '/api/plans/:id',
    {
      schema: {
        tags,
        summary: 'One version with its problems, goals, indicators, values, measures and snapshot',
        params: PlanIdParamsSchema,
        response: { 200: PlanDetailSchema },
      },
    },
    async (request) => getPlan(deps, requireActor(request), request.params.id),
  );

  app.patch(
    '/api/plans/:id',
    {
      config: {
        ...requires('plan.manage', 'plan.update'),
        ...mayFailWith('PLAN_INVALID', 'PLAN_LOCKED'),
      },
      schema: {
        tags,
        summary: "Change a draft's own fields (an adopted plan is revised instead)",
        params: PlanIdParamsSchema,
        body: UpdatePlanSchema,
        response: { 200: PlanSchema },
      },
    },
    async (request) => updatePlan(deps, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/plans/:id/adoption',
    {
      config: {
        ...requires('plan.manage', 'plan.adopt'),
        ...mayFailWith('PLAN_INVALID', 'PLAN_LOCKED'),
      },
      schema: {
        tags,
        summary:
          'Record the decision: body, day, diarienummer, validity; a revision replaces the version it revises',
        params: PlanIdParamsSchema,
        body: AdoptPlanSchema,
        response: { 200: PlanSchema },
      },
    },
    async (request) => adoptPlan(deps, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/plans/:id/revisions',
    {
      config: {
        ...requires('plan.manage', 'plan.revise'),
        ...mayFailWith('PLAN_NOT_REVISABLE'),
      },
      schema: {
        tags,
        summary: 'Start a revision: a new draft version copying the content of this one',
        params: PlanIdParamsSchema,
        response: { 201: PlanSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await revisePlan(deps, requireActor(request), request.params.id)),
  );

  app.put(
    '/api/plans/:id/snapshot',
    {
      config: {
        ...requires('plan.manage', 'plan.snapshot'),
        ...mayFailWith('PLAN_LOCKED'),
      },
      schema: {
        tags,
        summary: 'Save the situation picture of a period on a draft, as it is now',
        params: PlanIdParamsSchema,
        body: SaveSnapshotSchema,
        response: { 200: PlanSnapshotSchema },
      },
    },
    async (request) =>
      savePlanSnapshot(deps, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/api/plans/:id/gaps',
    {
      schema: {
        tags,
        summary:
          'Prioritised problems no effort addresses, goals without work, unevaluated efforts',
        params: PlanIdParamsSchema,
        response: { 200: GapViewSchema },
      },
    },
    async (request) => getGapView(deps, requireActor(request), request.params.id),
  );

  await plugin.register(planItemRoutes, context);
  await plugin.register(planProposalRoutes, context);
  await plugin.register(effortRoutes, context);
};
