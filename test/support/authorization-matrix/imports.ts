import { signInRequired, notFound, forRoles, forEveryRole, type MatrixEntry } from './matrix.js';
import { randomUUID } from 'node:crypto';
import { commandLineOperator } from '../factories.js';
import { setPoliceTypeMapping } from '../../../src/domain/police-types/set-police-type-mapping.js';

/** The authorization matrix's routes of one area. Import profiles, CSV and police-event imports, and police type mappings. */
export const importsMatrix: Record<string, MatrixEntry> = {
  'GET /api/import-profiles': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({}),
  },
  'POST /api/import-profiles': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({
      payload: {
        name: `Profil ${randomUUID().slice(0, 8)}`,
        columns: { occurredAt: 'tid', category: 'typ' },
      },
    }),
  },
  'POST /api/imports/csv/preview': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({ payload: { text: 'tid;typ\n2026-11-27;graffiti' } }),
  },
  'POST /api/imports/csv': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      payload: {
        fileName: 'tom.csv',
        text: 'tid;typ\n',
        organisationId: world.here.id,
        profile: { name: 'Tillfällig', columns: { occurredAt: 'tid', category: 'typ' } },
      },
      recordId: world.here.id,
    }),
  },
  'GET /api/import-runs': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({}),
  },
  'GET /api/police-type-mappings': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'PUT /api/police-type-mappings': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({ payload: { policeType: 'Smällar', categoryCode: 'explosion' } }),
  },
  'DELETE /api/police-type-mappings': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '204'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => {
      await setPoliceTypeMapping(world.deps, commandLineOperator(world.here.municipalityId), {
        policeType: 'Sjölagen',
        categoryCode: 'other',
      });
      return { payload: { policeType: 'Sjölagen' }, recordId: 'Sjölagen' };
    },
  },
  'POST /api/imports/police-events': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      payload: {
        fileName: 'tom.json',
        organisationId: world.here.id,
        events: [],
        isSkippingBadRows: false,
      },
      recordId: world.here.id,
    }),
  },
};
