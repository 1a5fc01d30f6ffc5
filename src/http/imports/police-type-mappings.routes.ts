import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listPoliceTypeMappings } from '../../domain/police-types/list-police-type-mappings.js';
import {
  resetPoliceTypeMapping,
  setPoliceTypeMapping,
} from '../../domain/police-types/set-police-type-mapping.js';
import type { RouteContext } from '../route-context.js';
import { requires } from '../route-permission.js';
import { NoContentSchema } from '../shared.schema.js';
import { requireActor } from '../session-plugin.js';

const MappingSchema = z.object({
  policeType: z.string().describe('The police event type, as the feed writes it ("Mord/dråp")'),
  categoryCode: z
    .string()
    .nullable()
    .describe('A category code of the taxonomy; null: the type is not an incident'),
});
const OwnMappingSchema = MappingSchema.extend({ updatedAt: z.string() });
const SetMappingSchema = z.object({
  policeType: z.string().min(1).max(100),
  categoryCode: z.string().min(1).max(100).nullable(),
});

/**
 * The police type → category mapping: the default, the municipality's own entries, and
 * changing or resetting one (audited; the next police import applies it).
 */
export const policeTypeMappingRoutes: FastifyPluginAsync<RouteContext> = async (app, { deps }) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['Import'];

  typed.get(
    '/api/police-type-mappings',
    {
      schema: {
        tags,
        summary: 'The default police type → category mapping and the municipality’s own entries',
        response: {
          200: z.object({ defaults: z.array(MappingSchema), own: z.array(OwnMappingSchema) }),
        },
      },
    },
    async (request) => ({
      own: await listPoliceTypeMappings(deps, requireActor(request)),
      defaults: Object.entries(deps.policeTypeDefaults).map(([policeType, categoryCode]) => ({
        policeType,
        categoryCode,
      })),
    }),
  );

  typed.put(
    '/api/police-type-mappings',
    {
      config: requires('taxonomy.manage', 'police_type_mapping.set'),
      schema: {
        tags,
        summary: 'Set the municipality’s own category for a police event type',
        body: SetMappingSchema,
        response: { 200: OwnMappingSchema },
      },
    },
    async (request) => setPoliceTypeMapping(deps, requireActor(request), request.body),
  );

  typed.delete(
    '/api/police-type-mappings',
    {
      config: requires('taxonomy.manage', 'police_type_mapping.reset'),
      schema: {
        tags,
        summary: 'Go back to the default category for a police event type',
        body: z.object({ policeType: z.string().min(1).max(100) }),
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await resetPoliceTypeMapping(deps, requireActor(request), request.body.policeType);
      return reply.status(204).send(null);
    },
  );
};
