import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError, UniqueViolation } from '../errors.js';
import { districtsOfLayer } from '../municipalities/create-district-layer.js';
import type { DistrictLayer } from '../municipalities/municipality.js';
import { DistrictIndex } from './district-index.js';
import {
  DistrictLayerFormatError,
  readDistrictLayer,
  type LayerCrs,
  type RejectedFeature,
} from './read-district-layer.js';

export interface UploadDistrictLayerInput {
  name: string;
  source: string | null;
  geojson: unknown;
  /** The feature property that holds each district's name. */
  nameProperty: string;
  codeProperty: string | null;
  /** Store the good features even if some are rejected; otherwise any bad feature stops the upload. */
  isSkippingBadFeatures: boolean;
}

export interface UploadedDistrictLayer {
  layer: DistrictLayer;
  districtCount: number;
  crs: LayerCrs;
  rejected: RejectedFeature[];
  /** Existing incidents that now lie in one of the layer's districts. */
  assignedIncidents: number;
}

const pageSize = 5_000;

/**
 * A coordinator adds a layer of districts (DeSO, RegSO, the municipality's own kommundelar)
 * from GeoJSON in WGS84 or SWEREF 99 TM. Every bad feature is reported with its position and
 * reason; the layer and the assignment of every existing incident to its new districts are
 * written in one transaction.
 */
export async function uploadDistrictLayer(
  deps: Deps,
  actor: Actor,
  input: UploadDistrictLayerInput,
): Promise<UploadedDistrictLayer> {
  await authorize(deps, actor, 'district_layer.manage', 'district_layer.create');
  let read: ReturnType<typeof readDistrictLayer>;
  try {
    read = readDistrictLayer(input.geojson, input.nameProperty, input.codeProperty);
  } catch (error) {
    if (error instanceof DistrictLayerFormatError) {
      throw new DomainError('DISTRICT_LAYER_INVALID', error.message, { rejected: [] });
    }
    throw error;
  }
  if (read.districts.length === 0 || (read.rejected.length > 0 && !input.isSkippingBadFeatures)) {
    throw new DomainError(
      'DISTRICT_LAYER_INVALID',
      read.districts.length === 0
        ? 'No feature of the file can be used as a district.'
        : 'Some features cannot be used; correct them or choose to skip them.',
      { rejected: read.rejected, propertyNames: read.propertyNames },
    );
  }

  const now = deps.clock();
  const layer: DistrictLayer = {
    id: randomUUID(),
    municipalityId: actor.municipalityId,
    name: input.name.trim(),
    source: input.source,
    createdAt: now.toISOString(),
  };
  const districts = districtsOfLayer(layer.id, read.districts);
  const index = new DistrictIndex(districts);
  const nameTaken = () =>
    new DomainError('DISTRICT_LAYER_NAME_TAKEN', 'A layer with this name exists already.');

  return deps.store
    .transaction(async (repositories) => {
      const existing = await repositories.municipalities.listDistrictLayers(actor.municipalityId);
      if (
        existing.some(
          (item) => item.name.toLocaleLowerCase('sv') === layer.name.toLocaleLowerCase('sv'),
        )
      ) {
        throw nameTaken();
      }
      await repositories.municipalities.createDistrictLayer(layer, districts);
      let assignedIncidents = 0;
      for (let afterId = ''; ;) {
        const page = await repositories.incidents.listPoints(
          actor.municipalityId,
          afterId,
          pageSize,
        );
        const assignments = page.flatMap((incident) =>
          index
            .districtsAt(incident)
            .map((district) => ({ incidentId: incident.id, districtId: district.id })),
        );
        await repositories.incidents.addDistrictAssignments(assignments);
        assignedIncidents += new Set(assignments.map((item) => item.incidentId)).size;
        const last = page.at(-1);
        if (!last || page.length < pageSize) break;
        afterId = last.id;
      }
      await recordAudit(repositories, now, actor, {
        action: 'district_layer.create',
        entityType: 'district_layer',
        entityId: layer.id,
        details: {
          districtCount: districts.length,
          rejected: read.rejected.length,
          crs: read.crs,
          assignedIncidents,
        },
      });
      return {
        layer,
        districtCount: districts.length,
        crs: read.crs,
        rejected: read.rejected,
        assignedIncidents,
      };
    })
    .catch((error: unknown) => {
      throw error instanceof UniqueViolation ? nameTaken() : error;
    });
}
