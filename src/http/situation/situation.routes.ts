import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { periodKinds } from '../../analysis/periods.js';
import { getSituationPicture } from '../../domain/situation/get-situation-picture.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import { LocaleSchema } from '../shared.schema.js';

const PictureQuerySchema = z.object({
  period: z.enum(periodKinds).default('week'),
  key: z
    .string()
    .min(4)
    .max(40)
    .describe('2026-W48, 2026-11, 2026-T3, 2026 or 2026-11-01..2026-11-14'),
  lang: LocaleSchema.default('sv'),
});

const PeriodSchema = z.object({
  kind: z.enum(periodKinds),
  key: z.string(),
  from: z.string(),
  to: z.string(),
});
const RowSchema = z.object({
  districtId: z.string().nullable(),
  categoryCode: z.string(),
  count: z.number().int(),
  previousCount: z.number().int(),
  baselineMean: z.number().nullable(),
  lastYearCount: z.number().int().nullable(),
  changeFromPrevious: z.number(),
  changeFromBaseline: z.number().nullable(),
});

const PictureSchema = z.object({
  period: PeriodSchema,
  previousPeriod: PeriodSchema,
  baselinePeriods: z.number().int(),
  lastYearPeriod: PeriodSchema.nullable(),
  rows: z.array(RowSchema),
  largestChanges: z.array(
    RowSchema.extend({
      direction: z.enum(['rise', 'fall']),
      score: z.number(),
      sentence: z.string(),
    }),
  ),
  weekdayHour: z.array(z.array(z.number().int())),
});

const toPeriod = ({ kind, key, from, to }: z.infer<typeof PeriodSchema>) => ({
  kind,
  key,
  from,
  to,
});

/** The situation picture: aggregates for every role of the municipality. */
export const situationRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/situation',
    {
      schema: {
        tags: ['Lägesbild'],
        summary:
          "A period's counts per district and category, against the baseline, with the largest changes",
        querystring: PictureQuerySchema,
        response: { 200: PictureSchema },
      },
    },
    async (request) => {
      const { period, key, lang } = request.query;
      const picture = await getSituationPicture(deps, requireActor(request), {
        periodKind: period,
        periodKey: key,
        locale: lang,
      });
      return {
        ...picture,
        period: toPeriod(picture.period),
        previousPeriod: toPeriod(picture.previousPeriod),
        lastYearPeriod: picture.lastYearPeriod ? toPeriod(picture.lastYearPeriod) : null,
      };
    },
  );
};
