import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { computeIndicatorValue } from '../../domain/plans/compute-indicator-value.js';
import { deletePlanItem } from '../../domain/plans/delete-plan-item.js';
import { importIndicatorValues } from '../../domain/plans/import-indicator-values.js';
import type { PlanItemKind } from '../../domain/plans/plan.js';
import { recordIndicatorValue } from '../../domain/plans/record-indicator-value.js';
import { saveGoal } from '../../domain/plans/save-goal.js';
import { saveIndicator } from '../../domain/plans/save-indicator.js';
import { saveMeasure } from '../../domain/plans/save-measure.js';
import { savePlanProblem } from '../../domain/plans/save-plan-problem.js';
import { setMeasureStatus } from '../../domain/plans/set-measure-status.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import { NoContentSchema } from '../shared.schema.js';
import {
  ComputeValueSchema,
  CreateGoalSchema,
  CreateIndicatorSchema,
  CreateMeasureSchema,
  CreateProblemSchema,
  GoalSchema,
  ImportedValuesSchema,
  ImportValuesSchema,
  IndicatorSchema,
  IndicatorValueSchema,
  MeasureSchema,
  MeasureStatusSchema,
  PlanIdParamsSchema,
  PlanProblemSchema,
  RecordValueSchema,
  UpdateGoalSchema,
  UpdateIndicatorSchema,
  UpdateMeasureSchema,
  UpdateProblemSchema,
} from './plans.schema.js';
import { requires } from '../route-permission.js';

const params = PlanIdParamsSchema;

/**
 * A plan version's problems, goals, indicators and measures. Added under the plan
 * (POST /api/plans/:id/goals); changed and removed by their own id (PATCH
 * /api/plans/goals/:id), which names the plan they belong to.
 */
export const planItemRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Handlingsplaner'];

  const removal = (path: string, kind: PlanItemKind, summary: string) =>
    app.delete(
      path,
      {
        config: {
          ...requires('plan.manage', `plan.${kind}.delete`),
          ...mayFailWith('PLAN_LOCKED'),
        },
        schema: { tags, summary, params, response: { 204: NoContentSchema } },
      },
      async (request, reply) => {
        await deletePlanItem(deps, requireActor(request), null, kind, request.params.id);
        return reply.status(204).send(null);
      },
    );

  app.post(
    '/api/plans/:id/problems',
    {
      config: {
        ...requires('plan.manage', 'plan.problem.save'),
        ...mayFailWith('PLAN_INVALID', 'PLAN_LOCKED'),
      },
      schema: {
        tags,
        summary: 'Add a problem (cause) to a draft: categories, districts or free text',
        params,
        body: CreateProblemSchema,
        response: { 201: PlanProblemSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await savePlanProblem(deps, requireActor(request), request.params.id, null, request.body),
        ),
  );
  app.patch(
    '/api/plans/problems/:id',
    {
      config: {
        ...requires('plan.manage', 'plan.problem.save'),
        ...mayFailWith('PLAN_INVALID', 'PLAN_LOCKED'),
      },
      schema: {
        tags,
        summary: "Change a draft's problem",
        params,
        body: UpdateProblemSchema,
        response: { 200: PlanProblemSchema },
      },
    },
    async (request) =>
      savePlanProblem(deps, requireActor(request), null, request.params.id, request.body),
  );
  removal('/api/plans/problems/:id', 'problem', "Remove a draft's problem");

  app.post(
    '/api/plans/:id/goals',
    {
      config: {
        ...requires('plan.manage', 'plan.goal.save'),
        ...mayFailWith('PLAN_INVALID', 'PLAN_LOCKED'),
      },
      schema: {
        tags,
        summary: 'Add a goal to a draft',
        params,
        body: CreateGoalSchema,
        response: { 201: GoalSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await saveGoal(deps, requireActor(request), request.params.id, null, request.body)),
  );
  app.patch(
    '/api/plans/goals/:id',
    {
      config: {
        ...requires('plan.manage', 'plan.goal.save'),
        ...mayFailWith('PLAN_INVALID', 'PLAN_LOCKED'),
      },
      schema: {
        tags,
        summary: "Change a draft's goal",
        params,
        body: UpdateGoalSchema,
        response: { 200: GoalSchema },
      },
    },
    async (request) => saveGoal(deps, requireActor(request), null, request.params.id, request.body),
  );
  removal('/api/plans/goals/:id', 'goal', "Remove a draft's goal with its indicators");

  app.post(
    '/api/plans/:id/indicators',
    {
      config: {
        ...requires('plan.manage', 'plan.indicator.save'),
        ...mayFailWith('PLAN_INVALID', 'PLAN_LOCKED'),
      },
      schema: {
        tags,
        summary: 'Add an indicator to a goal of a draft; optionally computed from the picture',
        params,
        body: CreateIndicatorSchema,
        response: { 201: IndicatorSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await saveIndicator(deps, requireActor(request), request.params.id, null, request.body),
        ),
  );
  app.patch(
    '/api/plans/indicators/:id',
    {
      config: {
        ...requires('plan.manage', 'plan.indicator.save'),
        ...mayFailWith('PLAN_INVALID', 'PLAN_LOCKED'),
      },
      schema: {
        tags,
        summary: "Change a draft's indicator",
        params,
        body: UpdateIndicatorSchema,
        response: { 200: IndicatorSchema },
      },
    },
    async (request) =>
      saveIndicator(deps, requireActor(request), null, request.params.id, request.body),
  );
  removal('/api/plans/indicators/:id', 'indicator', "Remove a draft's indicator with its values");

  app.post(
    '/api/plans/indicators/:id/values',
    {
      config: {
        ...requires('plan.manage', 'plan.indicator_value.record'),
        ...mayFailWith('PLAN_INVALID', 'PLAN_LOCKED'),
      },
      schema: {
        tags,
        summary: 'Record a value by hand (source "manual")',
        params,
        body: RecordValueSchema,
        response: { 201: IndicatorValueSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordIndicatorValue(
            deps,
            requireActor(request),
            null,
            request.params.id,
            request.body,
          ),
        ),
  );
  app.post(
    '/api/plans/indicators/:id/computed-values',
    {
      config: {
        ...requires('plan.manage', 'plan.indicator_value.compute'),
        ...mayFailWith('PLAN_INVALID', 'PLAN_LOCKED'),
      },
      schema: {
        tags,
        summary:
          'Compute a year’s or tertial’s value from the situation picture (source "picture")',
        params,
        body: ComputeValueSchema,
        response: { 201: IndicatorValueSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await computeIndicatorValue(
            deps,
            requireActor(request),
            null,
            request.params.id,
            request.body,
          ),
        ),
  );
  app.post(
    '/api/plans/:id/indicator-values/csv',
    {
      config: {
        ...requires('plan.manage', 'plan.indicator_value.import'),
        ...mayFailWith('PLAN_INVALID', 'PLAN_LOCKED'),
      },
      schema: {
        tags,
        summary:
          'Import values from CSV (source "csv"); any bad row: every one reported, none saved',
        params,
        body: ImportValuesSchema,
        response: { 200: ImportedValuesSchema },
      },
    },
    async (request) =>
      importIndicatorValues(deps, requireActor(request), request.params.id, request.body),
  );
  removal('/api/plans/indicator-values/:id', 'indicator_value', 'Remove a wrongly recorded value');

  app.post(
    '/api/plans/:id/measures',
    {
      config: {
        ...requires('plan.manage', 'plan.measure.save'),
        ...mayFailWith('PLAN_INVALID', 'PLAN_LOCKED'),
      },
      schema: {
        tags,
        summary: "Add a measure in BRÅ's grid to a draft",
        params,
        body: CreateMeasureSchema,
        response: { 201: MeasureSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await saveMeasure(deps, requireActor(request), request.params.id, null, request.body),
        ),
  );
  app.patch(
    '/api/plans/measures/:id',
    {
      config: {
        ...requires('plan.manage', 'plan.measure.save'),
        ...mayFailWith('PLAN_INVALID', 'PLAN_LOCKED'),
      },
      schema: {
        tags,
        summary: "Change a draft's measure",
        params,
        body: UpdateMeasureSchema,
        response: { 200: MeasureSchema },
      },
    },
    async (request) =>
      saveMeasure(deps, requireActor(request), null, request.params.id, request.body),
  );
  app.put(
    '/api/plans/measures/:id/status',
    {
      config: {
        ...requires('plan.manage', 'plan.measure.status'),
        ...mayFailWith('PLAN_LOCKED'),
      },
      schema: {
        tags,
        summary: 'Follow up a measure: green, yellow or red with a comment',
        params,
        body: MeasureStatusSchema,
        response: { 200: MeasureSchema },
      },
    },
    async (request) =>
      setMeasureStatus(deps, requireActor(request), null, request.params.id, request.body),
  );
  removal('/api/plans/measures/:id', 'measure', "Remove a draft's measure");
};
