import type { FastifyBaseLogger, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getMunicipalityOverview } from '../../domain/municipalities/get-municipality-overview.js';
import { getOnboarding } from '../../domain/municipalities/get-onboarding.js';
import { listDistricts } from '../../domain/municipalities/list-districts.js';
import { deleteDistrictLayer } from '../../domain/districts/delete-district-layer.js';
import { replaceDistrictLayer } from '../../domain/districts/replace-district-layer.js';
import { uploadDistrictLayer } from '../../domain/districts/upload-district-layer.js';
import type { PoliceEventsPlacedAgain } from '../../domain/places/place-police-events-again.js';
import type { RouteContext } from '../route-context.js';
import { NoContentSchema } from '../shared.schema.js';
import { requireActor } from '../session-plugin.js';
import { requires } from '../route-permission.js';

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

/** A layer file, as POST adds it and PUT replaces a layer with it. */
const DistrictLayerFileSchema = z.object({
  name: z.string().trim().min(2).max(200),
  source: z.string().max(500).nullable().default(null),
  geojson: z.unknown(),
  nameProperty: z.string().min(1).max(100),
  codeProperty: z.string().min(1).max(100).nullable().default(null),
  isSkippingBadFeatures: z.boolean().default(false),
});

const StoredDistrictLayerSchema = z.object({
  layer: z.object({ id: z.string(), name: z.string(), source: z.string().nullable() }),
  districtCount: z.number().int(),
  crs: z.enum(['wgs84', 'sweref99tm']),
  rejected: z.array(
    z.object({
      index: z.number().int().describe("The feature's position in the file, from 0"),
      code: z
        .string()
        .describe(
          'name_missing, geometry_type, coordinates_missing, no_rings, ring_too_short, position_not_numbers, position_outside_sweden, ring_not_closed or outside_municipality',
        ),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
      reason: z.string().describe('The problem in English'),
    }),
  ),
  crossing: z
    .array(
      z.object({
        index: z.number().int(),
        name: z.string(),
        code: z.literal('crossing_municipality_boundary'),
      }),
    )
    .describe("Features kept although part of them lies outside the municipality's boundary"),
  assignedIncidents: z.number().int(),
  policeEventsPlacedAgain: z
    .number()
    .int()
    .nullable()
    .describe(
      'Police events that moved when placed again from their text against the new districts; null when that failed: the layer change stands, and police events keep their earlier districts until the next layer change',
    ),
});

/** The answer's count of police events placed again; a failure is logged, never a 500 after the commit. */
function placedAgainCount(policeEvents: PoliceEventsPlacedAgain, log: FastifyBaseLogger) {
  if (policeEvents.status === 'done') return policeEvents.moved;
  log.error(
    { err: policeEvents.error },
    'placing police events again after a district layer change failed; the layer change stands',
  );
  return null;
}

const DistrictLayerParamsSchema = z.object({ id: z.string().min(1).max(100) });

/** Layer files may be large: DeSO for a big municipality runs to tens of megabytes. */
const layerBodyLimit = 50 * 1_048_576;

export const municipalityRoutes: FastifyPluginAsync<RouteContext> = async (
  plugin,
  { deps, basemap },
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

  app.post(
    '/api/district-layers',
    {
      config: requires('district_layer.manage', 'district_layer.create'),
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
      const { policeEvents, ...result } = await uploadDistrictLayer(
        deps,
        requireActor(request),
        request.body,
      );
      const { id, name, source } = result.layer;
      return reply.status(201).send({
        ...result,
        layer: { id, name, source },
        policeEventsPlacedAgain: placedAgainCount(policeEvents, request.log),
      });
    },
  );

  app.put(
    '/api/district-layers/:id',
    {
      config: requires('district_layer.manage', 'district_layer.replace'),
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
      const { policeEvents, ...result } = await replaceDistrictLayer(
        deps,
        requireActor(request),
        request.params.id,
        request.body,
      );
      const { id, name, source } = result.layer;
      return {
        ...result,
        layer: { id, name, source },
        policeEventsPlacedAgain: placedAgainCount(policeEvents, request.log),
      };
    },
  );

  app.delete(
    '/api/district-layers/:id',
    {
      config: requires('district_layer.manage', 'district_layer.delete'),
      schema: {
        tags: ['Kommun'],
        summary: "Delete a layer, its districts and the incidents' assignments to them",
        params: DistrictLayerParamsSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      // The layer is deleted whatever placing the police events again gives: a failure is logged.
      placedAgainCount(
        await deleteDistrictLayer(deps, requireActor(request), request.params.id),
        request.log,
      );
      return reply.status(204).send(null);
    },
  );
};
