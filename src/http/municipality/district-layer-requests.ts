import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.js';
import type { Deps } from '../../domain/deps.js';
import { deleteDistrictLayer } from '../../domain/districts/delete-district-layer.js';
import { replaceDistrictLayer } from '../../domain/districts/replace-district-layer.js';
import { uploadDistrictLayer } from '../../domain/districts/upload-district-layer.js';
import type { PoliceEventsPlacedAgain } from '../../domain/places/place-police-events-again.js';
import { readJsonBody } from '../raw-json-body.js';

/**
 * The layer routes' work from the raw body to the answer, for a worker thread
 * (src/jobs/worker-tasks.ts): reading a layer file of tens of megabytes, clipping it, writing
 * it and placing the police events again would otherwise hold the event loop for seconds.
 */

/** A layer file, as POST adds it and PUT replaces a layer with it. */
export const DistrictLayerFileSchema = z.object({
  name: z.string().trim().min(2).max(200),
  source: z.string().max(500).nullable().default(null),
  /*
   * Checked by the domain, which names every bad feature (DISTRICT_LAYER_INVALID); the document
   * says what it must be: a FeatureCollection of Polygon or MultiPolygon features.
   */
  geojson: z.unknown().meta({
    type: 'object',
    required: ['type', 'features'],
    properties: {
      type: { const: 'FeatureCollection' },
      features: { type: 'array', maxItems: 10_000, items: { type: 'object' } },
    },
    description:
      'A GeoJSON FeatureCollection of Polygon or MultiPolygon features (WGS 84, or SWEREF 99 TM named in `crs`)',
  }),
  nameProperty: z.string().min(1).max(100),
  codeProperty: z.string().min(1).max(100).nullable().default(null),
  isSkippingBadFeatures: z.boolean().default(false),
});

export const StoredDistrictLayerSchema = z.object({
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

export type StoredDistrictLayerAnswer = z.infer<typeof StoredDistrictLayerSchema>;

/**
 * A layer change's answer, and why placing the police events again failed (null: it did
 * not), for the route to log: the layer change stands either way.
 */
export interface DistrictLayerChange<Answer> {
  answer: Answer;
  placementFailure: string | null;
}

const failureOf = (policeEvents: PoliceEventsPlacedAgain) =>
  policeEvents.status === 'done'
    ? null
    : policeEvents.error instanceof Error
      ? policeEvents.error.message
      : String(policeEvents.error);

function present({
  policeEvents,
  layer,
  ...result
}: Awaited<
  ReturnType<typeof uploadDistrictLayer>
>): DistrictLayerChange<StoredDistrictLayerAnswer> {
  return {
    answer: {
      ...result,
      layer: { id: layer.id, name: layer.name, source: layer.source },
      policeEventsPlacedAgain: policeEvents.status === 'done' ? policeEvents.moved : null,
    },
    placementFailure: failureOf(policeEvents),
  };
}

/** POST /api/district-layers, from its raw body. */
export async function uploadDistrictLayerFromBody(
  deps: Deps,
  actor: Actor,
  body: Uint8Array | null,
) {
  const input = readJsonBody(body, DistrictLayerFileSchema);
  return present(await uploadDistrictLayer(deps, actor, input));
}

/** PUT /api/district-layers/:id, from its raw body. */
export async function replaceDistrictLayerFromBody(
  deps: Deps,
  actor: Actor,
  layerId: string,
  body: Uint8Array | null,
) {
  const input = readJsonBody(body, DistrictLayerFileSchema);
  return present(await replaceDistrictLayer(deps, actor, layerId, input));
}

/** DELETE /api/district-layers/:id: the police events are placed again against what is left. */
export async function deleteDistrictLayerForRequest(
  deps: Deps,
  actor: Actor,
  layerId: string,
): Promise<DistrictLayerChange<null>> {
  return {
    answer: null,
    placementFailure: failureOf(await deleteDistrictLayer(deps, actor, layerId)),
  };
}
