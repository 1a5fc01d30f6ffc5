import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { periodKinds } from '../../analysis/periods.js';
import { listTaxonomy } from '../../domain/incidents/list-taxonomy.js';
import { getMunicipalityOverview } from '../../domain/municipalities/get-municipality-overview.js';
import { listDistricts } from '../../domain/municipalities/list-districts.js';
import {
  getSituationPicture,
  type SituationPicture,
} from '../../domain/situation/get-situation-picture.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import { fileResponse, LocaleSchema, PeriodKeySchema } from '../shared.schema.js';

const PictureQuerySchema = z.object({
  period: z.enum(periodKinds).default('week'),
  key: PeriodKeySchema,
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
  // null: hidden by the small-count rule for aggregates-only readers (under 3, or revealing one).
  count: z.number().int().nullable(),
  previousCount: z.number().int().nullable(),
  baselineMean: z.number().nullable(),
  lastYearCount: z.number().int().nullable(),
  changeFromPrevious: z.number().nullable(),
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
  weekdayHour: z.array(z.array(z.number().int().nullable())),
  hasSmallCountsHidden: z.boolean(),
});

const toPeriod = ({ kind, key, from, to }: z.infer<typeof PeriodSchema>) => ({
  kind,
  key,
  from,
  to,
});

type PictureResponse = z.infer<typeof PictureSchema>;

/**
 * Each picture's JSON, checked against the schema and serialised once: a cached picture
 * (src/domain/situation/picture-cache.ts) is the same object on every request until the data
 * changes, and is then forgotten with it.
 */
const pictureJsons = new WeakMap<SituationPicture, string>();

function pictureJson(picture: SituationPicture): string {
  const known = pictureJsons.get(picture);
  if (known !== undefined) return known;
  const json = JSON.stringify(
    PictureSchema.parse({
      ...picture,
      period: toPeriod(picture.period),
      previousPeriod: toPeriod(picture.previousPeriod),
      lastYearPeriod: picture.lastYearPeriod ? toPeriod(picture.lastYearPeriod) : null,
    }),
  );
  pictureJsons.set(picture, json);
  return json;
}

/** The situation picture: aggregates for every role of the municipality. */
export const situationRoutes: FastifyPluginAsync<RouteContext> = async (
  plugin,
  { deps, tasks },
) => {
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
    async (request, reply) => {
      const { period, key, lang } = request.query;
      const picture = await getSituationPicture(deps, requireActor(request), {
        periodKind: period,
        periodKey: key,
        locale: lang,
      });
      // Sent as made once by pictureJson: the schema still checks it, on its first sending.
      reply.type('application/json; charset=utf-8').serializer((json) => json);
      return pictureJson(picture) as unknown as PictureResponse;
    },
  );

  app.get(
    '/api/situation/pdf',
    {
      config: mayFailWith('TASK_TIMED_OUT'),
      schema: {
        tags: ['Lägesbild'],
        summary: 'The same picture as a PDF (A4) for the meeting papers: changes, map, tables',
        querystring: PictureQuerySchema,
        produces: ['application/pdf'],
        response: { 200: fileResponse('The situation picture as a PDF', 'application/pdf') },
      },
    },
    async (request, reply) => {
      const { period, key, lang } = request.query;
      const actor = requireActor(request);
      const picture = await getSituationPicture(deps, actor, {
        periodKind: period,
        periodKey: key,
        locale: lang,
      });
      const [overview, districts, categories] = await Promise.all([
        getMunicipalityOverview(deps, actor),
        listDistricts(deps, actor),
        listTaxonomy(deps, actor),
      ]);
      const document = await tasks.run('render-situation-picture-pdf', {
        municipalityName: overview.name,
        picture,
        categoryNames: new Map(
          categories.map((category) => [
            category.code,
            lang === 'sv' ? category.labelSv : category.labelEn,
          ]),
        ),
        districts,
        boundary: overview.boundary,
        locale: lang,
        createdAt: deps.clock(),
      });
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="${lang === 'sv' ? 'lagesbild' : 'situation-picture'}-${picture.period.key.replace('..', '_')}.pdf"`,
        )
        .header('cache-control', 'no-store')
        .send(Buffer.from(document));
    },
  );
};
