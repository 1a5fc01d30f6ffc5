import type { FastifyBaseLogger, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getMunicipalityOverview } from '../../domain/municipalities/get-municipality-overview.js';
import { getOnboarding } from '../../domain/municipalities/get-onboarding.js';
import { listDistricts } from '../../domain/municipalities/list-districts.js';
import { handingOver, keepJsonBodiesRaw, rawBodyOf } from '../raw-json-body.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { NoContentSchema } from '../shared.schema.js';
import { requireActor } from '../session-plugin.js';
import { requires } from '../route-permission.js';
import { DistrictLayerFileSchema, StoredDistrictLayerSchema } from './district-layer-requests.js';

const MunicipalityOverviewSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  districtLayers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      districtCount: z.number().int(),
      source: z
        .string()
        .nullable()
        .describe("Who made the layer's data and its licence: shown as the credit"),
    }),
  ),
  placeNameCount: z
    .number()
    .int()
    .describe('How many place names police events can be placed by in the municipality'),
  placeLabels: z
    .array(
      z.object({
        name: z.string(),
        kind: z.enum(['tatort', 'locality']),
        point: z.object({ longitude: z.number(), latitude: z.number() }),
      }),
    )
    .describe(
      "Tätorter (SCB) and localities (GeoNames, Who's On First) to write on a map drawn without basemap tiles",
    ),
  boundary: z
    .object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) })
    .nullable()
    .describe('The municipal boundary in WGS84 (Källa: SCB), for framing maps'),
  basemap: z
    .object({ tiles: z.string(), attribution: z.string().nullable() })
    .nullable()
    .describe('Raster tiles (XYZ) to draw under the maps, from the configuration; null: none'),
});

const OnboardingSchema = z.object({
  municipality: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  hasBoundary: z.boolean(),
  layers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      source: z.string().nullable(),
      districtCount: z.number().int(),
    }),
  ),
  placeNameCount: z.number().int(),
  organisationCount: z.number().int(),
  userCount: z.number().int(),
  importCount: z.number().int(),
});

const DistrictCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      properties: z.object({
        layerId: z.string(),
        name: z.string(),
        code: z.string().nullable(),
        category: z.string().nullable(),
      }),
      geometry: z.object({
        type: z.enum(['Polygon', 'MultiPolygon']),
        coordinates: z.array(z.unknown()),
      }),
    }),
  ),
});

/** A layer change's answer is sent; a failure to place the police events again is logged. */
function logPlacementFailure(placementFailure: string | null, log: FastifyBaseLogger) {
  if (placementFailure === null) return;
  log.error(
    { err: { message: placementFailure } },
    'placing police events again after a district layer change failed; the layer change stands',
  );
}

const DistrictLayerParamsSchema = z.object({ id: z.string().min(1).max(100) });

/** Layer files may be large: DeSO for a big municipality runs to tens of megabytes. */
const layerBodyLimit = 50 * 1_048_576;

export const municipalityRoutes: FastifyPluginAsync<RouteContext> = async (
  plugin,
  { deps, basemap, tasks },
) => {
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
        districtLayers: overview.districtLayers.map(({ id, name, districtCount, source }) => ({
          id,
          name,
          districtCount,
          source,
        })),
        placeNameCount: overview.placeNameCount,
        placeLabels: overview.placeLabels,
        boundary: overview.boundary,
        basemap,
      };
    },
  );

  app.get(
    '/api/municipality/onboarding',
    {
      schema: {
        tags: ['Kommun'],
        summary:
          "A new municipality's checklist: boundary, layers, place names set up; organisations, users, the first import left",
        response: { 200: OnboardingSchema },
      },
    },
    async (request) => getOnboarding(deps, requireActor(request)),
  );

  app.get(
    '/api/districts',
    {
      schema: {
        tags: ['Kommun'],
        summary: 'Every district of every layer as GeoJSON (WGS84), for the map',
        response: { 200: DistrictCollectionSchema },
      },
    },
    async (request) => ({
      type: 'FeatureCollection' as const,
      features: (await listDistricts(deps, requireActor(request))).map((district) => ({
        type: 'Feature' as const,
        id: district.id,
        properties: {
          layerId: district.layerId,
          name: district.name,
          code: district.code,
          category: district.category,
        },
        geometry: district.geometry,
      })),
    }),
  );

  // Layer files run to tens of megabytes: their bodies go to a worker thread unparsed, and the
  // whole change (reading, clipping, writing, placing the police events again) runs there.
  await app.register(async (raw) => {
    keepJsonBodiesRaw(raw);
    const layers = raw.withTypeProvider<ZodTypeProvider>();

    layers.post(
      '/api/district-layers',
      {
        config: {
          ...requires('district_layer.manage', 'district_layer.create'),
          ...mayFailWith(
            'DISTRICT_LAYER_INVALID',
            'DISTRICT_LAYER_TOO_LARGE',
            'DISTRICT_LAYER_NAME_TAKEN',
            'TASK_TIMED_OUT',
          ),
        },
        bodyLimit: layerBodyLimit,
        schema: {
          tags: ['Kommun'],
          summary:
            'Add a layer of districts from GeoJSON (WGS84 or SWEREF 99 TM); existing incidents are assigned',
          body: DistrictLayerFileSchema,
          response: { 201: StoredDistrictLayerSchema },
        },
      },
      async (request, reply) => {
        const body = rawBodyOf(request.body);
        const { answer, placementFailure } = await tasks.run(
          'upload-district-layer',
          { actor: requireActor(request), body },
          handingOver(body),
        );
        logPlacementFailure(placementFailure, request.log);
        return reply.status(201).send(answer);
      },
    );

    layers.put(
      '/api/district-layers/:id',
      {
        config: {
          ...requires('district_layer.manage', 'district_layer.replace'),
          ...mayFailWith(
            'DISTRICT_LAYER_INVALID',
            'DISTRICT_LAYER_TOO_LARGE',
            'DISTRICT_LAYER_NAME_TAKEN',
            'TASK_TIMED_OUT',
          ),
        },
        bodyLimit: layerBodyLimit,
        schema: {
          tags: ['Kommun'],
          summary:
            "Replace a layer's name and districts from GeoJSON; every incident is assigned again",
          params: DistrictLayerParamsSchema,
          body: DistrictLayerFileSchema,
          response: { 200: StoredDistrictLayerSchema },
        },
      },
      async (request) => {
        const body = rawBodyOf(request.body);
        const { answer, placementFailure } = await tasks.run(
          'replace-district-layer',
          { actor: requireActor(request), layerId: request.params.id, body },
          handingOver(body),
        );
        logPlacementFailure(placementFailure, request.log);
        return answer;
      },
    );
  });

  app.delete(
    '/api/district-layers/:id',
    {
      config: {
        ...requires('district_layer.manage', 'district_layer.delete'),
        ...mayFailWith('TASK_TIMED_OUT'),
      },
      schema: {
        tags: ['Kommun'],
        summary: "Delete a layer, its districts and the incidents' assignments to them",
        params: DistrictLayerParamsSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      // Placing the police events again against the districts left runs in the worker too; the
      // layer is deleted whatever it gives, and a failure is logged.
      const { placementFailure } = await tasks.run('delete-district-layer', {
        actor: requireActor(request),
        layerId: request.params.id,
      });
      logPlacementFailure(placementFailure, request.log);
      return reply.status(204).send(null);
    },
  );
};
