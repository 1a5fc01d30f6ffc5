import type { Kysely, Selectable } from 'kysely';
import type {
  District,
  Municipality,
  PolygonGeometry,
} from '../domain/municipalities/municipality.js';
import type { MunicipalityRepository } from '../domain/municipalities/municipality-repository.js';
import type { Dialect } from './db.js';
import { lockRollups, removeDistrictsFromRollups } from './incident-rollups.js';
import { raiseSituationVersion } from './situation-version.js';
import type { MunicipalityTable, Tables } from './tables.js';

export function toMunicipality(row: Selectable<MunicipalityTable>): Municipality {
  return { id: row.id, code: row.code, name: row.name, createdAt: row.created_at };
}

/** Rows per INSERT when a layer's districts are written; keeps each statement's parameters few. */
const districtBatchSize = 50;

export function createMunicipalityRepository(
  db: Kysely<Tables>,
  dialect: Dialect,
): MunicipalityRepository {
  async function insertDistricts(layerId: string, createdAt: string, districts: District[]) {
    for (let start = 0; start < districts.length; start += districtBatchSize) {
      await db
        .insertInto('districts')
        .values(
          districts.slice(start, start + districtBatchSize).map((district) => ({
            id: district.id,
            layer_id: layerId,
            name: district.name,
            code: district.code,
            category: district.category,
            geometry_geojson: JSON.stringify(district.geometry),
            min_longitude: district.boundingBox.minLongitude,
            min_latitude: district.boundingBox.minLatitude,
            max_longitude: district.boundingBox.maxLongitude,
            max_latitude: district.boundingBox.maxLatitude,
            created_at: createdAt,
          })),
        )
        .execute();
    }
  }

  /**
   * Deletes districts, their incidents' assignments (by cascade) and their rollup rows, with
   * every other rollup writer held off until the transaction ends.
   */
  async function deleteDistricts(districtIds: string[]) {
    await lockRollups(db, 'exclusive');
    await removeDistrictsFromRollups(db, districtIds);
    for (let start = 0; start < districtIds.length; start += districtBatchSize) {
      await db
        .deleteFrom('districts')
        .where('id', 'in', districtIds.slice(start, start + districtBatchSize))
        .execute();
    }
  }

  async function districtIdsOfLayer(layerId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('districts')
      .select('id')
      .where('layer_id', '=', layerId)
      .execute();
    return rows.map((row) => row.id);
  }

  return {
    async create(municipality, boundary) {
      await db
        .insertInto('municipalities')
        .values({
          id: municipality.id,
          code: municipality.code,
          name: municipality.name,
          boundary_geojson: boundary ? JSON.stringify(boundary) : null,
          created_at: municipality.createdAt,
        })
        .execute();
    },

    async findById(id) {
      const row = await db
        .selectFrom('municipalities')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toMunicipality(row) : null;
    },

    async findByCode(code) {
      const row = await db
        .selectFrom('municipalities')
        .selectAll()
        .where('code', '=', code)
        .executeTakeFirst();
      return row ? toMunicipality(row) : null;
    },

    async lockAdministration(id) {
      if (dialect === 'postgres') {
        await db
          .selectFrom('municipalities')
          .select('id')
          .where('id', '=', id)
          .forUpdate()
          .execute();
      }
    },

    async findBoundary(id) {
      const row = await db
        .selectFrom('municipalities')
        .select('boundary_geojson')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.boundary_geojson ? (JSON.parse(row.boundary_geojson) as PolygonGeometry) : null;
    },

    async list() {
      const rows = await db.selectFrom('municipalities').selectAll().orderBy('code').execute();
      return rows.map(toMunicipality);
    },

    async createDistrictLayer(layer, districts) {
      await db
        .insertInto('district_layers')
        .values({
          id: layer.id,
          municipality_id: layer.municipalityId,
          name: layer.name,
          source: layer.source,
          created_at: layer.createdAt,
        })
        .execute();
      await insertDistricts(layer.id, layer.createdAt, districts);
      await raiseSituationVersion(db, [layer.municipalityId]);
    },

    async findDistrictLayer(municipalityId, id) {
      const row = await db
        .selectFrom('district_layers')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row
        ? {
            id: row.id,
            municipalityId: row.municipality_id,
            name: row.name,
            source: row.source,
            createdAt: row.created_at,
          }
        : null;
    },

    async listLayerAssignments(layerId) {
      const rows = await db
        .selectFrom('incident_districts')
        .innerJoin('districts', 'districts.id', 'incident_districts.district_id')
        .innerJoin('incidents', 'incidents.id', 'incident_districts.incident_id')
        .select([
          'incident_districts.incident_id',
          'incident_districts.district_id',
          'incidents.longitude',
          'incidents.chosen_district_id',
        ])
        .where('districts.layer_id', '=', layerId)
        .execute();
      return rows.map((row) => ({
        incidentId: row.incident_id,
        districtId: row.district_id,
        hasPoint: row.longitude !== null,
        isChosen: row.chosen_district_id === row.district_id,
      }));
    },

    async replaceDistrictLayer(layer, districts, chosenDistricts, replacedAt) {
      const oldDistrictIds = await districtIdsOfLayer(layer.id);
      await db
        .updateTable('district_layers')
        .set({ name: layer.name, source: layer.source })
        .where('id', '=', layer.id)
        .execute();
      await insertDistricts(layer.id, replacedAt, districts);
      for (const { fromId, toId } of chosenDistricts) {
        await db
          .updateTable('incidents')
          .set({ chosen_district_id: toId })
          .where('chosen_district_id', '=', fromId)
          .execute();
        // A signal about a district follows it to its successor of the same name, as a
        // reporter's chosen district does; without one it becomes the whole municipality's.
        await db
          .updateTable('signals')
          .set({ district_id: toId })
          .where('district_id', '=', fromId)
          .execute();
      }
      await deleteDistricts(oldDistrictIds);
      await raiseSituationVersion(db, [layer.municipalityId]);
    },

    async deleteDistrictLayer(id) {
      const layer = await db
        .selectFrom('district_layers')
        .select('municipality_id')
        .where('id', '=', id)
        .executeTakeFirst();
      await deleteDistricts(await districtIdsOfLayer(id));
      await db.deleteFrom('district_layers').where('id', '=', id).execute();
      if (layer) await raiseSituationVersion(db, [layer.municipality_id]);
    },

    async listDistricts(municipalityId) {
      const rows = await db
        .selectFrom('districts')
        .innerJoin('district_layers', 'district_layers.id', 'districts.layer_id')
        .selectAll('districts')
        .where('district_layers.municipality_id', '=', municipalityId)
        .orderBy('district_layers.name')
        .orderBy('districts.name')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        layerId: row.layer_id,
        name: row.name,
        code: row.code,
        category: row.category,
        geometry: JSON.parse(row.geometry_geojson) as PolygonGeometry,
        boundingBox: {
          minLongitude: Number(row.min_longitude),
          minLatitude: Number(row.min_latitude),
          maxLongitude: Number(row.max_longitude),
          maxLatitude: Number(row.max_latitude),
        },
      }));
    },

    async listDistrictLayers(municipalityId) {
      const rows = await db
        .selectFrom('district_layers')
        .leftJoin('districts', 'districts.layer_id', 'district_layers.id')
        .selectAll('district_layers')
        .select((eb) => eb.fn.count<number>('districts.id').as('district_count'))
        .where('district_layers.municipality_id', '=', municipalityId)
        .groupBy([
          'district_layers.id',
          'district_layers.municipality_id',
          'district_layers.name',
          'district_layers.source',
          'district_layers.created_at',
        ])
        .orderBy('district_layers.name')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        municipalityId: row.municipality_id,
        name: row.name,
        source: row.source,
        createdAt: row.created_at,
        districtCount: Number(row.district_count),
      }));
    },
  };
}
