import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getMunicipalityOverview } from '../../domain/municipalities/get-municipality-overview.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';

const MunicipalityOverviewSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  districtLayers: z.array(
    z.object({ id: z.string(), name: z.string(), districtCount: z.number().int() }),
  ),
});

export const municipalityRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/municipality',
    {
      schema: {
        tags: ['Kommun'],
        summary: "The signed-in user's municipality and its district layers",
        response: { 200: MunicipalityOverviewSchema },
      },
    },
    async (request) => {
      const overview = await getMunicipalityOverview(deps, requireActor(request));
      return {
        id: overview.id,
        code: overview.code,
        name: overview.name,
        districtLayers: overview.districtLayers.map(({ id, name, districtCount }) => ({
          id,
          name,
          districtCount,
        })),
      };
    },
  );
};
