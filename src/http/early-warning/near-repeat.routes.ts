import { randomInt } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getNearRepeatEvents } from '../../domain/early-warning/get-near-repeat-events.js';
import type { RouteContext } from '../route-context.js';
import { requires } from '../route-permission.js';
import { requireActor } from '../session-plugin.js';
import { NearRepeatQuerySchema, NearRepeatSchema } from './near-repeat.schema.js';

/** JSON has no NaN or Infinity: an undefined ratio (0/0, or nothing expected) is null. */
const finite = (rows: number[][]) =>
  rows.map((row) => row.map((value) => (Number.isFinite(value) ? value : null)));

/** Near-repeat analysis of one category and period (analysts and coordinators). */
export const nearRepeatRoutes: FastifyPluginAsync<RouteContext> = async (
  plugin,
  { deps, tasks },
) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/near-repeat',
    {
      config: requires('incident.read_all', 'near_repeat.read'),
      schema: {
        tags: ['Tidig varning'],
        summary:
          'Knox test and near-repeat table (distance × time bands) for a category and period, with the seed that reproduces it',
        querystring: NearRepeatQuerySchema,
        response: { 200: NearRepeatSchema },
      },
    },
    async (request) => {
      const { query } = request;
      const data = await getNearRepeatEvents(deps, requireActor(request), {
        categoryCode: query.category,
        periodKind: query.period,
        periodKey: query.key,
      });
      const options = {
        distanceBand: query.distanceBand,
        distanceBands: query.distanceBands,
        dayBand: query.dayBand,
        dayBands: query.dayBands,
        permutations: query.permutations,
        seed: query.seed ?? randomInt(1, 2_147_483_647),
      };
      // Permutations over every pair of events: off the event loop, in the worker pool.
      const analysis = await tasks.run('analyse-near-repeat', { events: data.events, options });
      return {
        period: {
          kind: data.period.kind,
          key: data.period.key,
          from: data.period.from,
          to: data.period.to,
        },
        categoryCode: data.categoryCode,
        events: analysis.events,
        leftOut: data.leftOut,
        seed: analysis.seed,
        permutations: analysis.permutations,
        distanceBand: options.distanceBand,
        distanceBands: options.distanceBands,
        dayBand: options.dayBand,
        dayBands: options.dayBands,
        knox: analysis.knox && {
          observed: analysis.knox.observed,
          expected: analysis.knox.expected,
          ratio: Number.isFinite(analysis.knox.ratio) ? analysis.knox.ratio : null,
          pValue: analysis.knox.pValue,
          pairs: analysis.knox.pairs,
        },
        table: analysis.table && {
          observed: analysis.table.observed,
          expected: finite(analysis.table.expected),
          ratio: finite(analysis.table.ratio),
          pValue: finite(analysis.table.pValue),
        },
      };
    },
  );
};
