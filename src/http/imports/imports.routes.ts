import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importProblemCodes, importSkipCodes } from '../../domain/imports/import-problem.js';
import { listImportRuns } from '../../domain/imports/list-import-runs.js';
import { listImportProfiles, saveImportProfile } from '../../domain/imports/save-import-profile.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { CsvFormatError } from '../../domain/imports/csv-format-error.js';
import { handingOver, keepJsonBodiesRaw, rawBodyOf } from '../raw-json-body.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { PoliceImportSchema } from './police-import-request.js';
import { requireActor } from '../session-plugin.js';
import { requires } from '../route-permission.js';

const ProblemSchema = z
  .object({
    code: z
      .string()
      .describe(
        `Stable; render it in the user's language. Today: ${importProblemCodes.join(', ')}`,
      ),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string().describe('The problem in English, for clients that do not know the code'),
  })
  .describe('A problem of an imported record or file');
const RejectedRowSchema = z.object({
  line: z.number().int().describe('The line (CSV) or position from 1 (JSON); 0: the whole file'),
  sourceId: z.string().nullable(),
  problems: z.array(ProblemSchema),
  reason: z.string().describe('Every problem in one English sentence'),
});
const ImportRunSchema = z.object({
  id: z.string(),
  source: z.enum(['police_events', 'csv']),
  fileName: z.string(),
  status: z.enum(['completed', 'rejected', 'unfinished']),
  counts: z.object({
    read: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    skipped: z
      .record(z.string(), z.number().int())
      .describe(`Records left out on purpose, by code: ${importSkipCodes.join(', ')}`),
    warnings: z.array(ProblemSchema),
  }),
  rejectedRows: z.array(RejectedRowSchema),
  startedAt: z.string(),
  finishedAt: z.string(),
});

const ColumnsSchema = z.object({
  id: z.string().min(1).max(100).optional(),
  occurredAt: z.string().min(1).max(100),
  occurredUntil: z.string().min(1).max(100).optional(),
  longitude: z.string().min(1).max(100).optional(),
  latitude: z.string().min(1).max(100).optional(),
  address: z.string().min(1).max(100).optional(),
  district: z.string().min(1).max(100).optional(),
  category: z.string().min(1).max(100),
  description: z.string().min(1).max(100).optional(),
  peopleCount: z.string().min(1).max(100).optional(),
});
const ProfileSchema = z.object({
  name: z.string().trim().min(2).max(100),
  columns: ColumnsSchema,
  categoryValues: z.record(z.string().max(200), z.string().max(64)).default({}),
});
const SavedProfileSchema = ProfileSchema.extend({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const CsvText = z.string().max(50_000_000);

const presentProfile = ({
  municipalityId: _municipality,
  ...profile
}: { municipalityId: string } & z.infer<typeof SavedProfileSchema>) => profile;

const present = ({
  municipalityId: _municipality,
  actorUserId: _actor,
  ...run
}: Awaited<ReturnType<typeof listImportRuns>>[number]) => run;

/** Imports of other sources' incidents, and their record. */
export const importRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps, tasks }) => {
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

  // Police events files run to tens of megabytes: the body goes to a worker thread unparsed.
  await app.register(async (raw) => {
    keepJsonBodiesRaw(raw);
    raw.withTypeProvider<ZodTypeProvider>().post(
      '/api/imports/police-events',
      {
        config: {
          ...requires('incident.import', 'incident.import'),
          ...mayFailWith('TASK_TIMED_OUT'),
        },
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
        const body = rawBodyOf(request.body);
        // Parsing, checking and the import whole in a worker thread, with its own connection.
        return present(
          await tasks.run(
            'import-police-events-request',
            { actor: requireActor(request), body },
            handingOver(body),
          ),
        );
      },
    );
  });

  app.get(
    '/api/import-profiles',
    {
      schema: {
        tags,
        summary: 'Saved CSV column mappings',
        response: { 200: z.object({ profiles: z.array(SavedProfileSchema) }) },
      },
    },
    async (request) => ({
      profiles: (await listImportProfiles(deps, requireActor(request))).map(presentProfile),
    }),
  );

  app.post(
    '/api/import-profiles',
    {
      config: requires('incident.import', 'import_profile.save'),
      schema: {
        tags,
        summary: 'Save a CSV column mapping (with id: change it)',
        body: ProfileSchema.extend({ id: z.uuid().optional() }),
        response: { 200: SavedProfileSchema },
      },
    },
    async (request) =>
      presentProfile(await saveImportProfile(deps, requireActor(request), request.body)),
  );

  app.post(
    '/api/imports/csv/preview',
    {
      config: {
        ...requires('incident.import', 'import_profile.list'),
        ...mayFailWith('TASK_TIMED_OUT'),
      },
      bodyLimit: 60 * 1_048_576,
      schema: {
        tags,
        summary: 'The header and first rows of a CSV file, for mapping its columns',
        body: z.object({ text: CsvText }),
        response: {
          200: z.object({
            delimiter: z.enum([',', ';', '\t']),
            headers: z.array(z.string()),
            rows: z.array(z.array(z.string())),
            rowCount: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      await listImportProfiles(deps, requireActor(request));
      try {
        return await tasks.run('preview-csv', { text: request.body.text });
      } catch (error) {
        if (error instanceof CsvFormatError) {
          throw new DomainError('VALIDATION_FAILED', error.message, {
            issues: [{ path: ['body', 'text'], message: error.message }],
            problem: error.problem,
          });
        }
        throw error;
      }
    },
  );

  app.post(
    '/api/imports/csv',
    {
      config: {
        ...requires('incident.import', 'incident.import'),
        ...mayFailWith('TASK_TIMED_OUT'),
      },
      bodyLimit: 60 * 1_048_576,
      schema: {
        tags,
        summary:
          'Import a CSV file with a saved profile or one given here; re-running changes nothing',
        body: z
          .object({
            fileName: z.string().min(1).max(200),
            text: CsvText,
            organisationId: z.uuid(),
            profileId: z.uuid().optional(),
            profile: ProfileSchema.optional(),
            isSkippingBadRows: z.boolean().default(false),
          })
          .refine((body) => body.profileId !== undefined || body.profile !== undefined, {
            message: 'a profileId or a profile',
            path: ['profileId'],
          })
          .meta({ anyOf: [{ required: ['profileId'] }, { required: ['profile'] }] }),
        response: { 200: ImportRunSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { profileId, profile: given, ...rest } = request.body;
      const profile = profileId
        ? (await listImportProfiles(deps, actor)).find((item) => item.id === profileId)
        : given;
      if (!profile) {
        if (profileId) throw notFound('import profile');
        throw new DomainError('VALIDATION_FAILED', 'Give a profileId or a profile.', {
          issues: [{ path: ['body', 'profile'], message: 'a saved profile id or a profile' }],
        });
      }
      return present(await tasks.run('import-csv-file', { actor, input: { ...rest, profile } }));
    },
  );
};
