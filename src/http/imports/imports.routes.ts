import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importIncidents } from '../../domain/imports/import-incidents.js';
import { listImportRuns } from '../../domain/imports/list-import-runs.js';
import { readPoliceEventsFile } from '../../integrations/polisen/read-police-events-file.js';
import { listDistricts } from '../../domain/municipalities/list-districts.js';
import { getMunicipalityOverview } from '../../domain/municipalities/get-municipality-overview.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';

const RejectedRowSchema = z.object({
  line: z.number().int(),
  sourceId: z.string().nullable(),
  reason: z.string(),
});
const ImportRunSchema = z.object({
  id: z.string(),
  source: z.enum(['police_events', 'csv']),
  fileName: z.string(),
  status: z.enum(['completed', 'rejected']),
  counts: z.object({
    read: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    skipped: z.record(z.string(), z.number().int()),
    warnings: z.array(z.string()),
  }),
  rejectedRows: z.array(RejectedRowSchema),
  startedAt: z.string(),
  finishedAt: z.string(),
});

const PoliceImportSchema = z.object({
  fileName: z.string().min(1).max(200),
  organisationId: z.uuid('the police organisation'),
  /** The feed's JSON array, as the file holds it; every element is checked. */
  events: z.unknown(),
  /** The body texts, one JSON object a line. */
  bodies: z.string().max(20_000_000).optional(),
  isSkippingBadRows: z.boolean().default(false),
});

const present = ({
  municipalityId: _municipality,
  actorUserId: _actor,
  ...run
}: Awaited<ReturnType<typeof listImportRuns>>[number]) => run;

/** Imports of other sources' incidents, and their record. */
export const importRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Import'];

  app.get(
    '/api/import-runs',
    {
      schema: {
        tags,
        summary: 'The latest imports, with every rejected row',
        response: { 200: z.object({ runs: z.array(ImportRunSchema) }) },
      },
    },
    async (request) => ({
      runs: (await listImportRuns(deps, requireActor(request), 20)).map(present),
    }),
  );

  app.post(
    '/api/imports/police-events',
    {
      bodyLimit: 50 * 1_048_576,
      schema: {
        tags,
        summary:
          "Import the police's events (polisen.se/api/events format); re-running changes nothing",
        body: PoliceImportSchema,
        response: { 200: ImportRunSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { name } = await getMunicipalityOverview(deps, actor);
      const districts = await listDistricts(deps, actor);
      const read = readPoliceEventsFile({
        events: request.body.events,
        bodiesJsonl: request.body.bodies ?? null,
        municipalityName: name,
        districtNames: districts.map((district) => district.name),
      });
      const run = await importIncidents(deps, actor, {
        ...read,
        source: 'police_events',
        fileName: request.body.fileName,
        organisationId: request.body.organisationId,
        isSkippingBadRows: request.body.isSkippingBadRows,
      });
      return present(run);
    },
  );
};
