import {
  signInRequired,
  notFound,
  forRoles,
  type ActorName,
  type Outcome,
  type World,
  forEveryRole,
  type MatrixEntry,
} from './matrix.js';
import { commandLineOperator, makeOrganisation } from '../factories.js';
import { attachSignedDocument } from '../../../src/domain/agreements/attach-signed-document.js';
import { createAgreement } from '../../../src/domain/agreements/create-agreement.js';
import { saveCommitment } from '../../../src/domain/agreements/save-commitment.js';
import { herePlanWithItems } from './records.js';

/**
 * A signed agreement of this municipality between a police organisation and another of its
 * organisations (not the matrix users' own: a reporter there is no party and sees nothing),
 * with a commitment and the signed PDF.
 */
async function hereAgreement(world: World): Promise<{ id: string; commitmentId: string }> {
  const operator = commandLineOperator(world.here.municipalityId);
  const police = await makeOrganisation(world.deps, world.here.municipalityId, { kind: 'police' });
  const municipality = await makeOrganisation(world.deps, world.here.municipalityId);
  const agreement = await createAgreement(world.deps, operator, {
    kind: 'citizen_promise',
    title: 'Medborgarlöfte i matrisen',
    signedOn: '2026-01-01',
    parties: [{ organisationId: police.id }, { organisationId: municipality.id }],
  });
  const commitment = await saveCommitment(world.deps, operator, agreement.id, null, {
    text: 'Trygghetsvandringar',
    responsibleOrganisationId: police.id,
  });
  await attachSignedDocument(world.deps, operator, agreement.id, {
    fileName: 'avtal.pdf',
    content: Buffer.from('%PDF-1.4\n%%EOF\n'),
  });
  return { id: agreement.id, commitmentId: commitment.id };
}

const agreementReaders = [
  'admin',
  'coordinator',
  'analyst',
  'viewer',
  'caseworker',
  'procurement',
] as const;

/**
 * Staff read every agreement; a reporter or partner of an organisation that is no party gets a
 * 404 (a party's partner reads it: src/http/users/partner-role.test.ts).
 */
const readAgreement = (outcome: Outcome): Record<ActorName, Outcome> => ({
  anonymous: signInRequired,
  ...forRoles(agreementReaders, outcome),
  reporter: notFound,
  partner: notFound,
  otherMunicipality: notFound,
});

const manageAgreement = (outcome: Outcome): Record<ActorName, Outcome> => ({
  anonymous: signInRequired,
  ...forRoles(['admin', 'coordinator'], outcome),
  otherMunicipality: notFound,
});

/** The authorization matrix's routes of one area. Agreements, their commitments, follow-ups and signed documents. */
export const agreementsMatrix: Record<string, MatrixEntry> = {
  'GET /api/agreements': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async (world) => {
      await hereAgreement(world);
      return { query: 'kind=citizen_promise' };
    },
  },
  'POST /api/agreements': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: '201',
    },
    prepare: async () => ({
      payload: { kind: 'partnership_agreement', title: 'Samverkansöverenskommelse 2027' },
    }),
  },
  'GET /api/agreements/linkable-measures': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: '200',
    },
    prepare: async (world) => {
      await herePlanWithItems(world);
      return {};
    },
  },
  'GET /api/agreements/:id': {
    outcomes: readAgreement('200'),
    prepare: async (world) => ({ id: (await hereAgreement(world)).id }),
  },
  'PATCH /api/agreements/:id': {
    outcomes: manageAgreement('200'),
    prepare: async (world) => ({
      id: (await hereAgreement(world)).id,
      payload: { title: 'Nytt namn', validUntil: '2026-12-31' },
    }),
  },
  'POST /api/agreements/:id/commitments': {
    outcomes: manageAgreement('201'),
    prepare: async (world) => ({
      id: (await hereAgreement(world)).id,
      payload: { text: 'Fler kontroller' },
    }),
  },
  'PATCH /api/agreements/commitments/:id': {
    outcomes: manageAgreement('200'),
    prepare: async (world) => ({
      id: (await hereAgreement(world)).commitmentId,
      payload: { text: 'Färre kontroller' },
    }),
  },
  'POST /api/agreements/commitments/:id/follow-ups': {
    outcomes: manageAgreement('201'),
    prepare: async (world) => ({
      id: (await hereAgreement(world)).commitmentId,
      payload: { status: 'green', comment: 'Genomfört' },
    }),
  },
  'POST /api/agreements/:id/document': {
    outcomes: manageAgreement('201'),
    prepare: async (world) => ({
      id: (await hereAgreement(world)).id,
      payload: { fileName: 'ny.pdf', contentBase64: Buffer.from('%PDF-1.7\n').toString('base64') },
    }),
  },
  'GET /api/agreements/:id/document': {
    outcomes: readAgreement('200'),
    prepare: async (world) => ({ id: (await hereAgreement(world)).id }),
  },
};
