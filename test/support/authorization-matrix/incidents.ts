import {
  signInRequired,
  forbidden,
  notFound,
  forRoles,
  square,
  type MatrixEntry,
} from './matrix.js';
import { hereIncident } from './records.js';
import { randomUUID } from 'node:crypto';
import { commandLineOperator } from '../factories.js';
import { createDistrictLayer } from '../../../src/domain/municipalities/create-district-layer.js';

/** The authorization matrix's routes of one area. Reporting and reviewing incidents, categories and district layers. */
export const incidentsMatrix: Record<string, MatrixEntry> = {
  'POST /api/reports': {
    // Another municipality's admin does not report (the role does not), so the role decides first.
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['reporter', 'coordinator', 'partner'], '201'),
      otherMunicipality: forbidden,
    },
    prepare: async (world) => {
      const [district] = await world.deps.store.municipalities.listDistricts(
        world.here.municipalityId,
      );
      return {
        payload: {
          events: [{ districtId: district?.id, categoryCode: 'littering', description: 'Skräp.' }],
        },
      };
    },
  },
  'GET /api/incidents': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator', 'analyst', 'reporter', 'partner'], '200'),
      otherMunicipality: forbidden,
    },
    prepare: async () => ({}),
  },
  'GET /api/incidents/export': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator', 'analyst', 'reporter', 'partner'], '200'),
      otherMunicipality: forbidden,
    },
    prepare: async () => ({ query: 'format=geojson' }),
  },
  'GET /api/incidents/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator', 'analyst', 'reporter', 'partner'], '200'),
      otherMunicipality: forbidden,
    },
    prepare: async (world) => ({ id: await hereIncident(world) }),
  },
  'POST /api/incidents/:id/review': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator'], '200'),
      otherMunicipality: forbidden,
    },
    prepare: async (world) => ({
      id: await hereIncident(world),
      payload: { decision: 'reviewed' },
    }),
  },
  'POST /api/taxonomy': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: '201',
    },
    prepare: async () => ({
      payload: {
        code: `egen_${randomUUID().slice(0, 8)}`,
        labelSv: 'Egen kategori',
        labelEn: 'Own category',
        group: 'other',
        isOrganizedCrimeSignal: false,
        sortOrder: 900,
      },
    }),
  },
  'PATCH /api/taxonomy/:code': {
    // Categories are addressed by code, which every municipality has: another municipality's
    // admin changes its own "graffiti", never this one's.
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({ id: 'graffiti', payload: { sortOrder: 35 } }),
  },
  'POST /api/district-layers': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: '201',
    },
    prepare: async () => ({
      payload: {
        name: `Lager ${randomUUID().slice(0, 8)}`,
        nameProperty: 'namn',
        geojson: {
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties: { namn: 'Ruta' }, geometry: square }],
        },
      },
    }),
  },
  'PUT /api/district-layers/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (
        await createDistrictLayer(world.deps, commandLineOperator(world.here.municipalityId), {
          name: `Lager ${randomUUID().slice(0, 8)}`,
          source: null,
          districts: [{ name: 'Ruta', code: null, category: null, geometry: square }],
        })
      ).id,
      payload: {
        name: `Lager ${randomUUID().slice(0, 8)}`,
        nameProperty: 'namn',
        geojson: {
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties: { namn: 'Ny ruta' }, geometry: square }],
        },
      },
    }),
  },
  'DELETE /api/district-layers/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '204'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (
        await createDistrictLayer(world.deps, commandLineOperator(world.here.municipalityId), {
          name: `Lager ${randomUUID().slice(0, 8)}`,
          source: null,
          districts: [{ name: 'Ruta', code: null, category: null, geometry: square }],
        })
      ).id,
    }),
  },
};
