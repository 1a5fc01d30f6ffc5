import {
  signInRequired,
  notFound,
  forRoles,
  forEveryRole,
  type ActorName,
  type Outcome,
  type World,
  type MatrixEntry,
} from './matrix.js';
import { actorFor } from '../factories.js';
import { makeSigWorld } from '../interventions.js';
import { requestEmergencyAccess } from '../../../src/domain/interventions/request-emergency-access.js';

/**
 * Individual interventions (issue 14). The matrix's caseworker is a caseworker of this
 * municipality who is NOT assigned to the case and owns no programme: for every route about
 * one case it must get what a missing case gets. Assigned caseworkers and programme owners
 * are tested in src/http/interventions/cases.test.ts.
 */
async function hereCase(world: World) {
  return makeSigWorld(world.deps, world.here);
}

/** Case routes: only caseworkers pass the role check; an unassigned one finds nothing. */
const caseRoute: Record<ActorName, Outcome> = {
  anonymous: signInRequired,
  ...forRoles(['caseworker'], notFound),
  otherMunicipality: '403 FORBIDDEN',
};
const caseworkerOnly = (outcome: Outcome): Record<ActorName, Outcome> => ({
  anonymous: signInRequired,
  ...forRoles(['caseworker'], outcome),
  otherMunicipality: '403 FORBIDDEN',
});
const manageProgrammes = (
  outcome: Outcome,
  otherMunicipality: Outcome,
): Record<ActorName, Outcome> => ({
  anonymous: signInRequired,
  ...forRoles(['admin', 'coordinator'], outcome),
  otherMunicipality,
});

/** The authorization matrix's routes of one area: programmes and cases of individual interventions. */
export const interventionsMatrix: Record<string, MatrixEntry> = {
  'GET /api/intervention-programmes': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async (world) => {
      await hereCase(world);
      return {};
    },
  },
  'POST /api/intervention-programmes': {
    outcomes: manageProgrammes('201', '201'),
    prepare: async () => ({
      payload: { kind: 'team', name: 'Samkraft F-3', schoolLevel: 'compulsory' },
    }),
  },
  'PATCH /api/intervention-programmes/:id': {
    outcomes: manageProgrammes('200', notFound),
    prepare: async (world) => ({
      id: (await hereCase(world)).programme.id,
      payload: { status: 'dormant', plannedRestartOn: '2026-08-15' },
    }),
  },
  'GET /api/intervention-cases': {
    outcomes: caseworkerOnly('200'),
    prepare: async (world) => {
      await hereCase(world);
      return {};
    },
  },
  'POST /api/intervention-cases': {
    outcomes: caseworkerOnly('201'),
    prepare: async (world) => ({
      payload: {
        programmeId: (await hereCase(world)).programme.id,
        identity: { kind: 'protected', name: 'Syntetisk skyddad' },
        ageGroup: '21_and_over',
      },
    }),
  },
  'POST /api/intervention-cases/search': {
    outcomes: caseworkerOnly('200'),
    prepare: async (world) => ({
      payload: { kind: 'personnummer', number: (await hereCase(world)).number },
    }),
  },
  'GET /api/intervention-cases/:id': {
    outcomes: caseRoute,
    prepare: async (world) => ({ id: (await hereCase(world)).minorCase.id }),
  },
  'PATCH /api/intervention-cases/:id': {
    outcomes: caseRoute,
    prepare: async (world) => ({
      id: (await hereCase(world)).minorCase.id,
      payload: { protectionNeed: 'low' },
    }),
  },
  'POST /api/intervention-cases/:id/close': {
    outcomes: caseRoute,
    prepare: async (world) => ({
      id: (await hereCase(world)).minorCase.id,
      payload: { closingReason: 'goals_met' },
    }),
  },
  'POST /api/intervention-cases/:id/consents': {
    outcomes: caseRoute,
    prepare: async (world) => ({
      id: (await hereCase(world)).minorCase.id,
      payload: { agency: 'police', givenBy: 'guardian', givenOn: '2026-01-01' },
    }),
  },
  'POST /api/intervention-cases/:id/consents/withdraw': {
    outcomes: caseRoute,
    prepare: async (world) => ({
      id: (await hereCase(world)).minorCase.id,
      payload: { consentId: crypto.randomUUID() },
    }),
  },
  'POST /api/intervention-cases/:id/disclosures': {
    outcomes: caseRoute,
    prepare: async (world) => ({
      id: (await hereCase(world)).minorCase.id,
      payload: { recipientAgency: 'police', legalGround: 'osl_10_18a', what: 'Oro' },
    }),
  },
  'POST /api/intervention-cases/:id/plan-items': {
    outcomes: caseRoute,
    prepare: async (world) => ({
      id: (await hereCase(world)).minorCase.id,
      payload: { kind: 'goal', text: 'Mål' },
    }),
  },
  'POST /api/intervention-cases/:id/notes': {
    outcomes: caseRoute,
    prepare: async (world) => ({
      id: (await hereCase(world)).minorCase.id,
      payload: { text: 'Anteckning' },
    }),
  },
  'POST /api/intervention-cases/:id/emergency-access': {
    // Nödåtkomst is what an unassigned caseworker of the municipality may ask for.
    outcomes: caseworkerOnly('201'),
    prepare: async (world) => ({
      id: (await hereCase(world)).minorCase.id,
      payload: { reason: 'Täcker för kollega under semester' },
    }),
  },
  'GET /api/intervention-cases/:id/access-log': {
    outcomes: caseRoute,
    prepare: async (world) => ({ id: (await hereCase(world)).minorCase.id }),
  },
  'GET /api/intervention-follow-ups': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'GET /api/intervention-reviews': {
    outcomes: caseworkerOnly('200'),
    prepare: async () => ({}),
  },
  'POST /api/intervention-reviews/:id/reviewed': {
    outcomes: caseRoute,
    prepare: async (world) => {
      const sig = await hereCase(world);
      const access = await requestEmergencyAccess(
        world.deps,
        actorFor(sig.colleague),
        sig.minorCase.id,
        {
          reason: 'Täcker för kollega under semester',
        },
      );
      return { id: access.id };
    },
  },
};
