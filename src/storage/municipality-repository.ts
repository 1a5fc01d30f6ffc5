import type { Kysely, Selectable } from 'kysely';
import type {
  Municipality,
  MunicipalityRepository,
  PolygonGeometry,
} from '../domain/municipalities/municipality.js';
import type { Dialect } from './db.js';
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
      for (let start = 0; start < districts.length; start += districtBatchSize) {
        await db
          .insertInto('districts')
          .values(
            districts.slice(start, start + districtBatchSize).map((district) => ({
              id: district.id,
              layer_id: layer.id,
              name: district.name,
              code: district.code,
              category: district.category,
              geometry_geojson: JSON.stringify(district.geometry),
              min_longitude: district.boundingBox.minLongitude,
              min_latitude: district.boundingBox.minLatitude,
              max_longitude: district.boundingBox.maxLongitude,
              max_latitude: district.boundingBox.maxLatitude,
              created_at: layer.createdAt,
            })),
          )
          .execute();
      }
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
