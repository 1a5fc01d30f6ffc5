import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import {
  actorFor,
  commandLineOperator,
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
  testPassword,
} from '../../test/support/factories.js';
import { TestClient } from '../../test/support/http.js';
import { roles, type Role } from '../domain/access/roles.js';
import { createPasswordResetLink } from '../domain/accounts/create-password-reset-link.js';
import { inviteUser } from '../domain/accounts/invite-user.js';
import { createDistrictLayer } from '../domain/municipalities/create-district-layer.js';
import { reportIncidents } from '../domain/incidents/report-incidents.js';
import { registerSignal } from '../domain/signals/register-signal.js';
import { recordIndicatorValue } from '../domain/plans/record-indicator-value.js';
import { saveEffort } from '../domain/plans/save-effort.js';
import { saveGoal } from '../domain/plans/save-goal.js';
import { saveIndicator } from '../domain/plans/save-indicator.js';
import { savePlanProblem } from '../domain/plans/save-plan-problem.js';
import { createRound } from '../domain/follow-up/create-round.js';
import { createReportDraft } from '../domain/follow-up/follow-up-reports.js';
import { adoptPlan } from '../domain/plans/adopt-plan.js';
import { createPlan } from '../domain/plans/create-plan.js';
import { saveMeasure } from '../domain/plans/save-measure.js';
import { attachSignedDocument } from '../domain/agreements/attach-signed-document.js';
import { createAgreement } from '../domain/agreements/create-agreement.js';
import { saveCommitment } from '../domain/agreements/save-commitment.js';
import { defaultCategoriesFor } from '../domain/incidents/taxonomy.js';
import { createCalendarFeed } from '../domain/meetings/calendar-feed.js';
import { createMeeting } from '../domain/meetings/create-meeting.js';
import { addAgendaItem } from '../domain/meetings/edit-agenda.js';
import { flagIncidentForMeeting } from '../domain/meetings/flag-incident-for-meeting.js';
import { createJointAction } from '../domain/meetings/save-joint-action.js';
import { createMeetingSeries } from '../domain/meetings/save-meeting-series.js';
import type { User } from '../domain/accounts/user.js';
import type { Deps } from '../domain/deps.js';
import type { Organisation } from '../domain/organisations/organisation.js';
import { buildApp } from './app.js';
import { createContract } from '../domain/suppliers/create-contract.js';
import { recordManualCheck } from '../domain/suppliers/record-manual-check.js';
import { registerSupplier } from '../domain/suppliers/register-supplier.js';
import type { CompanyRegistry } from '../domain/suppliers/company-registry.js';
import type { SanctionsScreening } from '../domain/suppliers/sanctions-screening.js';
import { setPoliceTypeMapping } from '../domain/police-types/set-police-type-mapping.js';
import { responseCheck } from '../../test/support/response-check.js';

/**
 * Every route of the API, and what each kind of caller gets from it: nobody signed in, a
 * user holding one role alone, and an admin of another municipality acting on this
 * municipality's records. A new route without an entry fails the suite.
 */

const actorNames = ['anonymous', ...roles, 'otherMunicipality'] as const;
type ActorName = (typeof actorNames)[number];

/** A success by its status, a refusal by its status and error code. */
const signInRequired = '401 AUTH_REQUIRED';
const forbidden = '403 FORBIDDEN';
const notFound = '404 NOT_FOUND';
type Outcome =
  '200' | '201' | '202' | '204' | typeof signInRequired | typeof forbidden | typeof notFound;

/** `outcome` for the roles listed, 403 FORBIDDEN for every other role. */
function forRoles(permitted: readonly Role[], outcome: Outcome): Record<Role, Outcome> {
  return Object.fromEntries(
    roles.map((role) => [role, permitted.includes(role) ? outcome : forbidden]),
  ) as Record<Role, Outcome>;
}
const forEveryRole = (outcome: Outcome) => forRoles(roles, outcome);

/** A caller: a browser-like client and, when signed in, the user behind it. */
interface Session {
  client: TestClient;
  user: User | null;
}

interface World {
  deps: Deps;
  here: Organisation;
  elsewhere: Organisation;
  /** Ids of this municipality's records that no other municipality's answer may contain. */
  hereIds: string[];
}

/** What to send: the record behind `:id`, the body, and which id belongs to this municipality. */
interface Call {
  id?: string;
  /** A query string, without the "?". */
  query?: string;
  payload?: unknown;
  /** The id of this municipality's record the call names; defaults to `id`. */
  recordId?: string;
}

interface MatrixEntry {
  outcomes: Record<ActorName, Outcome>;
  /** A request a permitted caller can carry out: fresh records, a valid body. */
  prepare(world: World, session: Session): Promise<Call>;
  /** The call signs in or out, or changes the password: the caller gets a session of its own. */
  isOwnSessionNeeded?: boolean;
  /** A secret in the body decides, not the session: whoever holds it may use it. */
  isDecidedByToken?: boolean;
}

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [18.0, 59.3],
      [18.1, 59.3],
      [18.1, 59.4],
      [18.0, 59.3],
    ],
  ],
};
const tokenOf = (link: string | null) => (link ?? '').split('#')[1] ?? '';
const uniqueEmail = () => `matrix-${randomUUID().slice(0, 12)}@example.se`;
const newPassword = 'ett alldeles nytt lösenord för matrisen';

async function invitationToken(world: World): Promise<string> {
  const invited = await inviteUser(world.deps, commandLineOperator(world.here.municipalityId), {
    email: uniqueEmail(),
    displayName: 'Inbjuden Person',
    organisationId: world.here.id,
    roles: ['reporter'],
  });
  return tokenOf(invited.invitation.link);
}

/** A fresh incident of this municipality, reported by one of its coordinators. */
async function hereIncident(world: World): Promise<string> {
  const reporter = actorFor(await makeUser(world.deps, world.here, ['coordinator']));
  const [district] = await world.deps.store.municipalities.listDistricts(world.here.municipalityId);
  const reported = await reportIncidents(world.deps, reporter, {
    events: [
      { districtId: district?.id, categoryCode: 'graffiti', description: 'Klotter i matrisen.' },
    ],
  });
  return reported.incidents[0]?.id ?? '';
}

/** A week (2026-W47) with an alarm for the whole municipality: made once per world. */
const alarmsMade = new WeakSet<World>();
async function hereAlarm(world: World): Promise<Record<string, unknown>> {
  if (!alarmsMade.has(world)) {
    alarmsMade.add(world);
    const reporter = actorFor(await makeUser(world.deps, world.here, ['reporter']));
    const [district] = await world.deps.store.municipalities.listDistricts(
      world.here.municipalityId,
    );
    const weekly = [1, 2, 0, 1, 1, 2, 1, 0, 1, 2, 9];
    for (const [index, count] of weekly.entries()) {
      if (count === 0) continue;
      await reportIncidents(world.deps, reporter, {
        events: Array.from({ length: count }, () => ({
          districtId: district?.id,
          occurredAt: new Date(Date.UTC(2026, 8, 8 + index * 7, 12)).toISOString(),
          categoryCode: 'youth_recruitment',
          description: 'Larm i matrisen.',
        })),
      });
    }
  }
  return { periodKey: '2026-W47', districtId: null, categoryCode: 'youth_recruitment' };
}

/** A fresh meeting of this municipality whose members are its organisation's users. */
async function hereMeeting(world: World): Promise<string> {
  const coordinator = actorFor(await makeUser(world.deps, world.here, ['coordinator']));
  const meeting = await createMeeting(world.deps, coordinator, {
    title: 'OSG i matrisen',
    startsAt: '2026-12-03T08:00:00.000Z',
    durationMinutes: 60,
    organisationIds: [world.here.id],
  });
  return meeting.id;
}

/** A fresh meeting with one agenda item of its own. */
async function hereAgendaItem(world: World): Promise<{ meetingId: string; itemId: string }> {
  const coordinator = actorFor(await makeUser(world.deps, world.here, ['coordinator']));
  const meetingId = await hereMeeting(world);
  const item = await addAgendaItem(world.deps, coordinator, meetingId, { title: 'Punkt' });
  return { meetingId, itemId: item.id };
}

async function hereJointAction(world: World): Promise<string> {
  const coordinator = actorFor(await makeUser(world.deps, world.here, ['coordinator']));
  const action = await createJointAction(world.deps, coordinator, await hereMeeting(world), {
    title: 'Insats i matrisen',
  });
  return action.id;
}

async function hereFlag(world: World): Promise<string> {
  const coordinator = actorFor(await makeUser(world.deps, world.here, ['coordinator']));
  const flag = await flagIncidentForMeeting(world.deps, coordinator, await hereMeeting(world), {
    incidentId: await hereIncident(world),
  });
  return flag.id;
}

/** The file name of a fresh calendar feed of one of this municipality's users. */
async function hereCalendarFile(world: World): Promise<string> {
  const user = actorFor(await makeUser(world.deps, world.here, ['viewer']));
  const { url } = await createCalendarFeed(world.deps, user);
  return url.split('/').pop() ?? '';
}

async function hereSignal(world: World): Promise<string> {
  const coordinator = actorFor(await makeUser(world.deps, world.here, ['coordinator']));
  const signal = await registerSignal(world.deps, coordinator, {
    categoryCode: 'youth_recruitment',
    observedAt: '2026-11-20T18:00:00Z',
    description: 'Signal i matrisen.',
    source: 'meeting',
  });
  return signal.id;
}

/** A fresh plan of this municipality with a problem, a goal, an indicator, a value and a measure. */
async function herePlanWithItems(world: World, isAdopted = false) {
  const coordinator = actorFor(await makeUser(world.deps, world.here, ['coordinator']));
  const plan = await createPlan(world.deps, coordinator, {
    title: 'Plan i matrisen',
    kind: 'action_plan',
    owner: 'Kommunstyrelsens förvaltning',
    validUntil: '2028-12-31',
  });
  const problem = await savePlanProblem(world.deps, coordinator, plan.id, null, {
    title: 'Skjutningar',
    categoryCodes: ['shooting'],
    isPrioritised: true,
  });
  const goal = await saveGoal(world.deps, coordinator, plan.id, null, {
    title: 'Inga skjutningar',
  });
  const indicator = await saveIndicator(world.deps, coordinator, plan.id, null, {
    goalId: goal.id,
    name: 'Skjutningar per år',
    unit: 'händelser',
    direction: 'down',
    computation: { categoryCodes: ['shooting'], districtIds: [], periodKind: 'year' },
  });
  const measure = await saveMeasure(world.deps, coordinator, plan.id, null, {
    problemId: problem.id,
    measure: 'Platssamverkan',
    goalIds: [goal.id],
  });
  const value = await recordIndicatorValue(world.deps, coordinator, plan.id, indicator.id, {
    value: 3,
    measuredOn: '2025-12-31',
  });
  if (isAdopted) {
    await adoptPlan(world.deps, coordinator, plan.id, {
      decisionBody: 'executive_board',
      decisionBodyName: 'Kommunstyrelsen',
      decidedOn: '2026-01-15',
      caseNumber: 'KS-2026/581.173',
    });
  }
  return { plan, problem, goal, indicator, measure, value };
}

async function hereEffort(world: World): Promise<string> {
  const coordinator = actorFor(await makeUser(world.deps, world.here, ['coordinator']));
  return (await saveEffort(world.deps, coordinator, null, { name: 'SIG', level: 'local' })).id;
}

async function disabledUser(world: World): Promise<User> {
  const user = await makeUser(world.deps, world.here, ['reporter']);
  await world.deps.store.users.update(user.id, { disabledAt: new Date().toISOString() });
  return user;
}

/** A fresh adopted plan of this municipality, decided 2024-01-10, with one measure. */
async function hereFollowUpPlan(world: World): Promise<string> {
  const operator = commandLineOperator(world.here.municipalityId);
  const plan = await createPlan(world.deps, operator, {
    title: `Plan i matrisen ${randomUUID().slice(0, 8)}`,
    kind: 'action_plan',
    owner: 'Kommunstyrelsens förvaltning',
    summary: '',
    validFrom: '2024-01-10',
    validUntil: '2027-12-31',
    followUpIntervalMonths: 12,
  });
  await saveMeasure(world.deps, operator, plan.id, null, {
    measure: 'Fältassistenter kvällstid',
    responsible: 'Socialförvaltningen',
  });
  await adoptPlan(world.deps, operator, plan.id, {
    decisionBody: 'municipal_council',
    decisionBodyName: 'Kommunfullmäktige',
    decidedOn: '2024-01-10',
    caseNumber: 'KS-2024/1',
  });
  return plan.id;
}

/** A fresh follow-up round of a fresh plan, made by a coordinator, with one task. */
async function hereRound(world: World): Promise<string> {
  const coordinator = actorFor(await makeUser(world.deps, world.here, ['coordinator']));
  const round = await createRound(world.deps, coordinator, {
    planId: await hereFollowUpPlan(world),
    label: 'Uppföljning i matrisen',
    dueOn: '2025-06-30',
  });
  return round.id;
}

/** A fresh task, given to `user` when there is one. */
async function hereTask(world: World, user: User | null): Promise<string> {
  const roundId = await hereRound(world);
  const [task] = await world.deps.store.followUp.listTasks(world.here.municipalityId, {
    roundIds: [roundId],
  });
  if (!task) throw new Error('The round has no task.');
  if (user && user.municipalityId === world.here.municipalityId) {
    await world.deps.store.followUp.saveTask({ ...task, assigneeUserId: user.id });
  }
  return task.id;
}

async function hereReport(world: World): Promise<string> {
  const coordinator = actorFor(await makeUser(world.deps, world.here, ['coordinator']));
  return (await createReportDraft(world.deps, coordinator, await hereRound(world))).id;
}

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
/** Staff read every agreement; a reporter of an organisation that is no party gets a 404. */
const readAgreement = (outcome: Outcome): Record<ActorName, Outcome> => ({
  anonymous: signInRequired,
  ...forRoles(agreementReaders, outcome),
  reporter: notFound,
  otherMunicipality: notFound,
});
const manageAgreement = (outcome: Outcome): Record<ActorName, Outcome> => ({
  anonymous: signInRequired,
  ...forRoles(['admin', 'coordinator'], outcome),
  otherMunicipality: notFound,
});

const followUpReaders = [
  'admin',
  'coordinator',
  'analyst',
  'viewer',
  'caseworker',
  'procurement',
] as const;

/** Supplier vetting: procurement officers only; another municipality's admin lacks the role. */
const procurementOnly = (outcome: Outcome): Record<ActorName, Outcome> => ({
  anonymous: signInRequired,
  ...forRoles(['procurement'], outcome),
  otherMunicipality: forbidden,
});
const matrixPdf = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
/** The ports answered in the test itself (the port is the boundary). */
const matrixRegistry: CompanyRegistry = {
  source: 'bolagsverket_api',
  lookUp: async () => ({ outcome: 'not_found' }),
};
const matrixScreening: SanctionsScreening = {
  describeLists: async () => [],
  screen: async () => [],
};
/** Organisation numbers that pass the Luhn check, one per fresh supplier. */
let nextSupplierNumber = 10_000;
function freshOrganisationNumber(): string {
  const base = `5566${String(nextSupplierNumber++).padStart(5, '0')}`;
  const sum = [...base].reduce((total, digit, index) => {
    const value = Number(digit) * (index % 2 === 0 ? 2 : 1);
    return total + (value > 9 ? value - 9 : value);
  }, 0);
  return `${base}${(10 - (sum % 10)) % 10}`;
}
async function hereSupplier(world: World): Promise<string> {
  const officer = actorFor(await makeUser(world.deps, world.here, ['procurement']));
  const supplier = await registerSupplier(world.deps, officer, {
    organisationNumber: freshOrganisationNumber(),
    name: 'Matrisbolaget AB',
  });
  return supplier.id;
}
async function hereContract(world: World): Promise<string> {
  const officer = actorFor(await makeUser(world.deps, world.here, ['procurement']));
  const detail = await createContract(world.deps, officer, {
    supplierId: await hereSupplier(world),
    procurementReference: 'UH-2026/1',
    title: 'Avtal i matrisen',
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
    valueSek: 100_000,
    responsibleUnit: 'Upphandling',
    programme: [{ checkKind: 'f_tax', intervalMonths: 6, responsibleUserId: null }],
  });
  return detail.contract.id;
}
/** A check with an uploaded extract; its evidence id and a sanctions match of it. */
async function hereCheck(world: World): Promise<{ evidenceId: string; matchId: string }> {
  const officer = actorFor(await makeUser(world.deps, world.here, ['procurement']));
  const supplierId = await hereSupplier(world);
  const check = await recordManualCheck(world.deps, officer, supplierId, {
    kind: 'sanctions_screening',
    source: 'other',
    checkedOn: '2026-01-02',
    result: 'remark',
    summary: 'Manuell screening.',
    evidence: { fileName: 'utdrag.pdf', contentBase64: matrixPdf },
  });
  const matchId = randomUUID();
  await world.deps.store.supplierChecks.addMatches([
    {
      id: matchId,
      municipalityId: world.here.municipalityId,
      supplierId,
      checkId: check.id,
      subjectKey: 'supplier',
      subjectName: 'Matrisbolaget AB',
      subjectFingerprint: 'f',
      entityId: 'NK-matris',
      caption: 'Matris',
      schema: 'Company',
      datasets: ['test'],
      score: 0.8,
      features: [],
    },
  ]);
  return { evidenceId: check.evidence?.id ?? '', matchId };
}

const matrix: Record<string, MatrixEntry> = {
  'GET /api/suppliers': {
    outcomes: procurementOnly('200'),
    prepare: async () => ({}),
  },
  'POST /api/suppliers': {
    outcomes: procurementOnly('201'),
    prepare: async () => ({
      payload: { organisationNumber: freshOrganisationNumber(), name: 'Nytt Bolag AB' },
    }),
  },
  'GET /api/suppliers/:id': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({ id: await hereSupplier(world) }),
  },
  'PATCH /api/suppliers/:id': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({ id: await hereSupplier(world), payload: { phone: '08-123 45' } }),
  },
  'GET /api/suppliers/:id/checks': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({ id: await hereSupplier(world) }),
  },
  'POST /api/suppliers/:id/checks': {
    outcomes: procurementOnly('201'),
    prepare: async (world) => ({
      id: await hereSupplier(world),
      payload: {
        kind: 'enforcement_debts',
        source: 'kronofogden',
        checkedOn: '2026-01-02',
        result: 'ok',
        summary: 'Inga skulder.',
        evidence: { fileName: 'kfm.pdf', contentBase64: matrixPdf },
      },
    }),
  },
  'POST /api/suppliers/:id/checks/registry': {
    outcomes: procurementOnly('201'),
    prepare: async (world) => {
      world.deps.companyRegistry ??= matrixRegistry;
      return { id: await hereSupplier(world), payload: {} };
    },
  },
  'POST /api/suppliers/:id/checks/sanctions': {
    outcomes: procurementOnly('201'),
    prepare: async (world) => {
      world.deps.sanctionsScreening ??= matrixScreening;
      return { id: await hereSupplier(world), payload: {} };
    },
  },
  'POST /api/sanctions-matches/:id/review': {
    outcomes: procurementOnly('201'),
    prepare: async (world) => ({
      id: (await hereCheck(world)).matchId,
      payload: { decision: 'false_positive', comment: 'Annat bolag.' },
    }),
  },
  'GET /api/supplier-evidence/:id': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({ id: (await hereCheck(world)).evidenceId }),
  },
  'GET /api/suppliers/:id/risk': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({ id: await hereSupplier(world) }),
  },
  'GET /api/suppliers/:id/decisions': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({ id: await hereSupplier(world) }),
  },
  'POST /api/suppliers/:id/decisions': {
    outcomes: procurementOnly('201'),
    prepare: async (world) => ({
      id: await hereSupplier(world),
      payload: { decision: 'approve', note: 'Kontrollerna utan anmärkning.' },
    }),
  },
  'GET /api/contracts': {
    outcomes: procurementOnly('200'),
    prepare: async () => ({}),
  },
  'POST /api/contracts': {
    outcomes: procurementOnly('201'),
    prepare: async (world) => {
      const supplierId = await hereSupplier(world);
      return {
        payload: {
          supplierId,
          procurementReference: 'UH-2026/2',
          title: 'Nytt avtal',
          startsOn: '2026-02-01',
          endsOn: '2026-12-31',
          valueSek: 5_000,
          responsibleUnit: 'Upphandling',
        },
        recordId: supplierId,
      };
    },
  },
  'GET /api/contracts/:id': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({ id: await hereContract(world) }),
  },
  'PATCH /api/contracts/:id': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({ id: await hereContract(world), payload: { title: 'Nytt namn' } }),
  },
  'PUT /api/contracts/:id/programme': {
    outcomes: procurementOnly('200'),
    prepare: async (world) => ({
      id: await hereContract(world),
      payload: { items: [{ checkKind: 'vat', intervalMonths: 12, responsibleUserId: null }] },
    }),
  },
  'GET /api/supplier-checks/due': {
    outcomes: procurementOnly('200'),
    prepare: async () => ({}),
  },
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
  'GET /api/session': {
    outcomes: { anonymous: '200', ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'POST /api/session': {
    outcomes: { anonymous: '200', ...forEveryRole('200'), otherMunicipality: '200' },
    isOwnSessionNeeded: true,
    prepare: async (world, { user }) => ({
      payload: {
        email: (user ?? (await makeUser(world.deps, world.here, ['reporter']))).email,
        password: testPassword,
      },
    }),
  },
  'DELETE /api/session': {
    outcomes: { anonymous: '204', ...forEveryRole('204'), otherMunicipality: '204' },
    isOwnSessionNeeded: true,
    prepare: async () => ({}),
  },
  'PATCH /api/account': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({ payload: { locale: 'en' } }),
  },
  'POST /api/account/password': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('204'), otherMunicipality: '204' },
    isOwnSessionNeeded: true,
    prepare: async () => ({ payload: { currentPassword: testPassword, newPassword } }),
  },
  'POST /api/password-resets': {
    outcomes: { anonymous: '202', ...forEveryRole('202'), otherMunicipality: '202' },
    prepare: async (world) => ({
      payload: { email: (await makeUser(world.deps, world.here, ['reporter'])).email },
    }),
  },
  'POST /api/password-resets/confirm': {
    outcomes: { anonymous: '204', ...forEveryRole('204'), otherMunicipality: '204' },
    isDecidedByToken: true,
    prepare: async (world) => {
      const user = await makeUser(world.deps, world.here, ['reporter']);
      const operator = commandLineOperator(world.here.municipalityId);
      const { link } = await createPasswordResetLink(world.deps, operator, user.id);
      return { payload: { token: tokenOf(link), newPassword } };
    },
  },
  'POST /api/invitations/lookup': {
    outcomes: { anonymous: '200', ...forEveryRole('200'), otherMunicipality: '200' },
    isDecidedByToken: true,
    prepare: async (world) => ({ payload: { token: await invitationToken(world) } }),
  },
  'POST /api/invitations/accept': {
    outcomes: { anonymous: '200', ...forEveryRole('200'), otherMunicipality: '200' },
    isDecidedByToken: true,
    isOwnSessionNeeded: true,
    prepare: async (world) => ({
      payload: { token: await invitationToken(world), password: newPassword },
    }),
  },
  'GET /api/municipality': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'GET /api/districts': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'GET /api/municipality/onboarding': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({}),
  },
  // Nobody in the matrix is an installation admin (TRYGGVE_INSTALLATION_ADMINS): they all
  // see an empty installation and cannot create a municipality (src/http/installation/).
  'GET /api/installation': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'POST /api/installation/municipalities': {
    outcomes: { anonymous: signInRequired, ...forEveryRole(notFound), otherMunicipality: notFound },
    prepare: async () => {
      const recordId = randomUUID();
      return {
        recordId,
        payload: {
          code: '0127',
          firstAdministrator: {
            email: `forsta-${recordId}@example.se`,
            displayName: 'Första',
            organisationName: 'Förvaltningen',
          },
        },
      };
    },
  },
  'GET /api/organisations': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({}),
  },
  'POST /api/organisations': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '201'),
      otherMunicipality: '201',
    },
    prepare: async () => ({ payload: { name: `Förvaltning ${randomUUID()}`, kind: 'police' } }),
  },
  'POST /api/organisations/:id/disable': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await makeOrganisation(world.deps, world.here.municipalityId)).id,
    }),
  },
  'POST /api/organisations/:id/enable': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => {
      const organisation = await makeOrganisation(world.deps, world.here.municipalityId);
      await world.deps.store.organisations.setDisabledAt(organisation.id, new Date().toISOString());
      return { id: organisation.id };
    },
  },
  'GET /api/users': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({}),
  },
  'POST /api/users': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      payload: {
        email: uniqueEmail(),
        displayName: 'Ny Användare',
        organisationId: world.here.id,
        roles: ['analyst'],
      },
      recordId: world.here.id,
    }),
  },
  'PATCH /api/users/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await makeUser(world.deps, world.here, ['reporter'])).id,
      payload: { displayName: 'Nytt Namn', roles: ['analyst'] },
    }),
  },
  'POST /api/users/:id/disable': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await makeUser(world.deps, world.here, ['reporter'])).id }),
  },
  'POST /api/users/:id/enable': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await disabledUser(world)).id }),
  },
  'POST /api/users/:id/password-reset': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await makeUser(world.deps, world.here, ['reporter'])).id }),
  },
  'GET /api/audit': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({}),
  },
  'GET /api/audit/verification': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({}),
  },
  'GET /api/taxonomy': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'GET /api/situation': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({ query: 'period=week&key=2026-W48&lang=sv' }),
  },
  'GET /api/alarms': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({ query: 'key=2026-W47&lang=sv' }),
  },
  'POST /api/alarms/decisions': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator'], '201'),
      otherMunicipality: forbidden,
    },
    prepare: async (world) => ({
      payload: { ...(await hereAlarm(world)), decision: 'acknowledged', comment: 'Sett.' },
    }),
  },
  'GET /api/early-warning/settings': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'PUT /api/early-warning/settings': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({
      payload: {
        method: 'C2',
        minimumCount: 3,
        minimumSigma: 1,
        falseDiscoveryRate: 0.1,
        isSeasonalEnabled: true,
        categories: {},
        hotSpotResolution: 8,
        hotSpotFalseDiscoveryRate: 0.05,
        heatBandwidthMeters: 500,
      },
    }),
  },
  'GET /api/hot-spots': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({ query: 'period=week&key=2026-W47' }),
  },
  'GET /api/heat': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({ query: 'period=week&key=2026-W47' }),
  },
  'GET /api/signals': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator', 'analyst'], '200'),
      otherMunicipality: forbidden,
    },
    prepare: async () => ({ query: 'status=open' }),
  },
  'GET /api/signals/counts': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(
        ['admin', 'coordinator', 'analyst', 'viewer', 'caseworker', 'procurement'],
        '200',
      ),
      otherMunicipality: '200',
    },
    prepare: async () => ({ query: 'period=week&key=2026-W47' }),
  },
  'POST /api/signals': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator'], '201'),
      otherMunicipality: forbidden,
    },
    prepare: async () => ({
      payload: {
        categoryCode: 'youth_recruitment',
        observedAt: '2026-11-20T18:00:00Z',
        description: 'Unga värvas vid centrum.',
        source: 'staff',
      },
    }),
  },
  'GET /api/signals/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator', 'analyst'], '200'),
      otherMunicipality: forbidden,
    },
    prepare: async (world) => ({ id: await hereSignal(world) }),
  },
  'PATCH /api/signals/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator'], '200'),
      otherMunicipality: forbidden,
    },
    prepare: async (world) => ({
      id: await hereSignal(world),
      payload: { credibility: 'probable', seriousness: 'high', status: 'assessed' },
    }),
  },
  'GET /api/attention': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(followUpReaders, '200'),
      otherMunicipality: '200',
    },
    prepare: async (world) => {
      await hereFollowUpPlan(world);
      return {};
    },
  },
  'GET /api/plans/:id/follow-up-rounds': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(followUpReaders, '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await hereFollowUpPlan(world) }),
  },
  'POST /api/plans/:id/follow-up-rounds/from-interval': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await hereFollowUpPlan(world), payload: {} }),
  },
  'POST /api/plans/:id/follow-up-rounds': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: await hereFollowUpPlan(world),
      payload: { label: 'Extra uppföljning', dueOn: '2026-03-31' },
    }),
  },
  'GET /api/follow-up-rounds/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(followUpReaders, '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await hereRound(world) }),
  },
  'GET /api/follow-up-tasks/mine': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'PUT /api/follow-up-tasks/:id/report': {
    // Each caller reports a task of their own: every role may own a measure.
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: notFound },
    prepare: async (world, { user }) => ({
      id: await hereTask(world, user),
      payload: {
        colour: 'green',
        deliveryState: 'done',
        delivery: 'Genomförd i matrisen.',
        process: '',
        effect: '',
      },
    }),
  },
  'PUT /api/follow-up-tasks/:id/assignee': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => {
      const assignee = await makeUser(world.deps, world.here, ['caseworker']);
      return { id: await hereTask(world, null), payload: { assigneeUserId: assignee.id } };
    },
  },
  'GET /api/follow-up-notifications': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({ query: 'unread=true' }),
  },
  'POST /api/follow-up-notifications/:id/read': {
    // A notice of one's own: a user of another municipality has none here.
    outcomes: { anonymous: signInRequired, ...forEveryRole('204'), otherMunicipality: notFound },
    prepare: async (world, { user }) => {
      const taskId = await hereTask(world, null);
      const task = await world.deps.store.followUp.findTask(world.here.municipalityId, taskId);
      const id = randomUUID();
      if (task && user) {
        await world.deps.store.followUp.addNotification({
          id,
          municipalityId: world.here.municipalityId,
          userId: user.id,
          planId: task.planId,
          roundId: task.roundId,
          taskId,
          kind: 'reminder',
          dueOn: '2025-06-30',
          message: 'Rapportera uppföljningen.',
          emailStatus: 'not_sent',
          createdAt: new Date().toISOString(),
          readAt: null,
        });
      }
      return { id, payload: {} };
    },
  },
  'POST /api/follow-up-rounds/:id/reports': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await hereRound(world), payload: {} }),
  },
  'GET /api/follow-up-reports/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(followUpReaders, '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await hereReport(world) }),
  },
  'PATCH /api/follow-up-reports/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: await hereReport(world),
      payload: { texts: { summary: 'Sammanfattning i matrisen.' } },
    }),
  },
  'POST /api/follow-up-reports/:id/final': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await hereReport(world), payload: {} }),
  },
  'GET /api/follow-up-reports/:id/report.docx': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(followUpReaders, '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await hereReport(world) }),
  },
  'GET /api/follow-up-reports/:id/report.pdf': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(followUpReaders, '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await hereReport(world) }),
  },
  'GET /api/situation/pdf': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({ query: 'period=week&key=2026-W48&lang=sv' }),
  },
  'POST /api/reports': {
    // Another municipality's admin does not report (the role does not), so the role decides first.
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['reporter', 'coordinator'], '201'),
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
      ...forRoles(['coordinator', 'analyst', 'reporter'], '200'),
      otherMunicipality: forbidden,
    },
    prepare: async () => ({}),
  },
  'GET /api/incidents/export': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator', 'analyst', 'reporter'], '200'),
      otherMunicipality: forbidden,
    },
    prepare: async () => ({ query: 'format=geojson' }),
  },
  'GET /api/incidents/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator', 'analyst', 'reporter'], '200'),
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
  'GET /api/meeting-series': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'POST /api/meeting-series': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: '201',
    },
    prepare: async () => ({
      payload: {
        title: 'OSG',
        weekday: 4,
        startTime: '09:00',
        durationMinutes: 60,
        startsOn: '2026-12-01',
      },
    }),
  },
  'GET /api/meeting-series/:id': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: notFound },
    prepare: async (world) => {
      const coordinator = actorFor(await makeUser(world.deps, world.here, ['coordinator']));
      const series = await createMeetingSeries(world.deps, coordinator, {
        title: 'OSG i matrisen',
        weekday: 4,
        startTime: '09:00',
        durationMinutes: 60,
        startsOn: '2026-12-01',
        organisationIds: [world.here.id],
      });
      return { id: series.id };
    },
  },
  'PATCH /api/meeting-series/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => {
      const coordinator = actorFor(await makeUser(world.deps, world.here, ['coordinator']));
      const series = await createMeetingSeries(world.deps, coordinator, {
        title: 'OSG i matrisen',
        weekday: 4,
        startTime: '09:00',
        durationMinutes: 60,
        startsOn: '2026-12-01',
      });
      return { id: series.id, payload: { startTime: '10:00' } };
    },
  },
  'GET /api/meeting-members/candidates': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: '200',
    },
    prepare: async () => ({}),
  },
  'GET /api/meetings': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async (world) => {
      await hereMeeting(world);
      return { query: 'from=2026-11-01&to=2027-01-31' };
    },
  },
  'POST /api/meetings': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: '201',
    },
    prepare: async () => ({
      payload: { title: 'Extramöte', startsAt: '2026-12-04T12:00:00Z', durationMinutes: 45 },
    }),
  },
  'GET /api/meetings/:id': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: notFound },
    prepare: async (world) => ({ id: await hereMeeting(world) }),
  },
  'PATCH /api/meetings/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: await hereMeeting(world),
      payload: { generalNotes: 'Anteckningar' },
    }),
  },
  'POST /api/meetings/:id/close': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await hereMeeting(world), payload: {} }),
  },
  'GET /api/meetings/:id/minutes.docx': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: notFound },
    prepare: async (world) => ({ id: await hereMeeting(world) }),
  },
  'GET /api/meetings/:id/minutes.pdf': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: notFound },
    prepare: async (world) => ({ id: await hereMeeting(world) }),
  },
  'POST /api/meetings/:id/agenda/generate': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await hereMeeting(world), payload: {} }),
  },
  'POST /api/meetings/:id/agenda': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await hereMeeting(world), payload: { title: 'Övrigt' } }),
  },
  'PUT /api/meetings/:id/agenda/order': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => {
      const { meetingId, itemId } = await hereAgendaItem(world);
      return { id: meetingId, payload: { itemIds: [itemId] } };
    },
  },
  'PATCH /api/agenda-items/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await hereAgendaItem(world)).itemId,
      payload: { notes: 'Antecknat' },
    }),
  },
  'DELETE /api/agenda-items/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '204'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await hereAgendaItem(world)).itemId }),
  },
  'PUT /api/meetings/:id/attendance': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: await hereMeeting(world),
      payload: { entries: [], guests: 'Gäst' },
    }),
  },
  'POST /api/meetings/:id/flagged-incidents': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator'], '201'),
      otherMunicipality: forbidden,
    },
    prepare: async (world) => ({
      id: await hereMeeting(world),
      payload: { incidentId: await hereIncident(world) },
    }),
  },
  'DELETE /api/meeting-incident-flags/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['coordinator'], '204'),
      otherMunicipality: forbidden,
    },
    prepare: async (world) => ({ id: await hereFlag(world) }),
  },
  'POST /api/meetings/:id/actions': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: await hereMeeting(world),
      payload: { title: 'Kvällsvandring', dueOn: '2026-12-10' },
    }),
  },
  'GET /api/joint-actions': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async (world) => {
      await hereJointAction(world);
      return { query: 'status=all' };
    },
  },
  'PATCH /api/joint-actions/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: await hereJointAction(world),
      payload: { status: 'done', outcome: 'Genomförd' },
    }),
  },
  'GET /api/calendar-feed': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async () => ({}),
  },
  'POST /api/calendar-feed': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('201'), otherMunicipality: '201' },
    prepare: async () => ({ payload: {} }),
  },
  'DELETE /api/calendar-feed': {
    outcomes: { anonymous: signInRequired, ...forEveryRole('204'), otherMunicipality: '204' },
    prepare: async () => ({}),
  },
  'GET /api/calendar/:file': {
    // The secret address decides, not the session: whoever holds it reads that user's feed.
    outcomes: { anonymous: '200', ...forEveryRole('200'), otherMunicipality: '200' },
    prepare: async (world) => ({ id: await hereCalendarFile(world) }),
    isDecidedByToken: true,
  },
  'GET /api/plans': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(
        ['admin', 'coordinator', 'analyst', 'viewer', 'caseworker', 'procurement'],
        '200',
      ),
      otherMunicipality: '200',
    },
    prepare: async () => ({ query: 'latest=true' }),
  },
  'POST /api/plans': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: '201',
    },
    prepare: async () => ({
      payload: { title: 'Åtgärdsplan 2027', kind: 'action_plan', owner: 'KSF' },
    }),
  },
  'GET /api/plans/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(
        ['admin', 'coordinator', 'analyst', 'viewer', 'caseworker', 'procurement'],
        '200',
      ),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await herePlanWithItems(world)).plan.id }),
  },
  'PATCH /api/plans/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).plan.id,
      payload: { title: 'Ny titel', followUpIntervalMonths: 12 },
    }),
  },
  'POST /api/plans/:id/adoption': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).plan.id,
      payload: {
        decisionBody: 'municipal_council',
        decisionBodyName: 'Kommunfullmäktige',
        decidedOn: '2026-04-13',
        caseNumber: 'KS-2026/581.173',
      },
    }),
  },
  'POST /api/plans/:id/revisions': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await herePlanWithItems(world, true)).plan.id }),
  },
  'PUT /api/plans/:id/snapshot': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).plan.id,
      payload: { periodKind: 'year', periodKey: '2026' },
    }),
  },
  'GET /api/plans/:id/gaps': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(
        ['admin', 'coordinator', 'analyst', 'viewer', 'caseworker', 'procurement'],
        '200',
      ),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await herePlanWithItems(world)).plan.id }),
  },
  'POST /api/plans/:id/problems': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).plan.id,
      payload: { title: 'Öppen narkotikahandel', isPrioritised: true },
    }),
  },
  'PATCH /api/plans/problems/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).problem.id,
      payload: { isPrioritised: false },
    }),
  },
  'DELETE /api/plans/problems/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '204'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await herePlanWithItems(world)).problem.id }),
  },
  'POST /api/plans/:id/goals': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).plan.id,
      payload: { title: 'Tryggare centrum' },
    }),
  },
  'PATCH /api/plans/goals/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).goal.id,
      payload: { description: 'Mätt i trygghetsmätningen' },
    }),
  },
  'DELETE /api/plans/goals/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '204'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await herePlanWithItems(world)).goal.id }),
  },
  'POST /api/plans/:id/indicators': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => {
      const { plan, goal } = await herePlanWithItems(world);
      return {
        id: plan.id,
        payload: { goalId: goal.id, name: 'Andel trygga', unit: '%', direction: 'up' },
      };
    },
  },
  'PATCH /api/plans/indicators/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).indicator.id,
      payload: { targetValue: 0, targetOn: '2028-12-31' },
    }),
  },
  'DELETE /api/plans/indicators/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '204'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await herePlanWithItems(world)).indicator.id }),
  },
  'POST /api/plans/indicators/:id/values': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).indicator.id,
      payload: { value: 2, measuredOn: '2026-06-30' },
    }),
  },
  'POST /api/plans/indicators/:id/computed-values': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).indicator.id,
      payload: { periodKey: '2026' },
    }),
  },
  'POST /api/plans/:id/indicator-values/csv': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).plan.id,
      payload: {
        fileName: 'värden.csv',
        content: 'indikator;datum;värde\nSkjutningar per år;2024-12-31;4',
      },
    }),
  },
  'DELETE /api/plans/indicator-values/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '204'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await herePlanWithItems(world)).value.id }),
  },
  'POST /api/plans/:id/measures': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).plan.id,
      payload: { measure: 'Belysning i gångtunneln', costSek: 120000 },
    }),
  },
  'PATCH /api/plans/measures/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world)).measure.id,
      payload: { responsible: 'Socialförvaltningen' },
    }),
  },
  'PUT /api/plans/measures/:id/status': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({
      id: (await herePlanWithItems(world, true)).measure.id,
      payload: { colour: 'yellow', comment: 'Försenad' },
    }),
  },
  'DELETE /api/plans/measures/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '204'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: (await herePlanWithItems(world)).measure.id }),
  },
  'GET /api/plan-contacts': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: '200',
    },
    prepare: async (world) => {
      // A contact of this municipality: another municipality's list must not name them.
      const contact = await makeUser(world.deps, world.here, ['viewer']);
      if (!world.hereIds.includes(contact.id)) world.hereIds.push(contact.id);
      return {};
    },
  },
  'GET /api/efforts': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(
        ['admin', 'coordinator', 'analyst', 'viewer', 'caseworker', 'procurement'],
        '200',
      ),
      otherMunicipality: '200',
    },
    prepare: async () => ({}),
  },
  'POST /api/efforts': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '201'),
      otherMunicipality: '201',
    },
    prepare: async () => ({
      payload: { name: 'Samkraft', level: 'local', evaluation: 'internal' },
    }),
  },
  'GET /api/efforts/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(
        ['admin', 'coordinator', 'analyst', 'viewer', 'caseworker', 'procurement'],
        '200',
      ),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await hereEffort(world) }),
  },
  'PATCH /api/efforts/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '200'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await hereEffort(world), payload: { evaluation: 'planned' } }),
  },
  'DELETE /api/efforts/:id': {
    outcomes: {
      anonymous: signInRequired,
      ...forRoles(['admin', 'coordinator'], '204'),
      otherMunicipality: notFound,
    },
    prepare: async (world) => ({ id: await hereEffort(world) }),
  },
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

/**
 * Routes outside the matrix, open to anyone by design: the API documentation (Swagger UI and
 * its files, the OpenAPI document), the health probes, and the web app's files and pages.
 */
const publicRoutes: Record<string, { url: string; status: number }> = {
  'GET /api/docs': { url: '/api/docs', status: 200 },
  // Swagger UI sends its own index page's address on to /api/docs.
  'GET /api/docs/static/index.html': { url: '/api/docs/static/index.html', status: 302 },
  'GET /api/docs/static/swagger-initializer.js': {
    url: '/api/docs/static/swagger-initializer.js',
    status: 200,
  },
  'GET /api/docs/json': { url: '/api/docs/json', status: 200 },
  'GET /api/docs/yaml': { url: '/api/docs/yaml', status: 200 },
  'GET /api/docs/static/*': { url: '/api/docs/static/swagger-ui.css', status: 200 },
  'GET /api/openapi.json': { url: '/api/openapi.json', status: 200 },
  'GET /healthz': { url: '/healthz', status: 200 },
  'GET /readyz': { url: '/readyz', status: 200 },
  // The web app: its pages, and one route per file of the web root (@fastify/static with
  // `wildcard: false` registers them at start), here the two files this suite writes.
  'GET /*': { url: '/administration', status: 200 },
  'GET /index.html': { url: '/index.html', status: 200 },
  'GET /assets/app.js': { url: '/assets/app.js', status: 200 },
};

/** "200", or the status and the error code: "403 FORBIDDEN". */
function outcomeOf(response: LightMyRequestResponse): string {
  if (response.statusCode < 400) return String(response.statusCode);
  return `${response.statusCode} ${(response.json() as { code: string }).code}`;
}

function send(client: TestClient, route: string, call: Call) {
  const [method = 'GET', path = '/'] = route.split(' ');
  return client.request({
    method: method as 'GET',
    url: `${path.replace(/:[A-Za-z]+/, call.id ?? '')}${call.query ? `?${call.query}` : ''}`,
    ...(call.payload === undefined ? {} : { payload: call.payload as object }),
  });
}

/** The same call with this municipality's record id swapped for one that exists nowhere. */
function withMissingRecord(call: Call): Call {
  const recordId = call.recordId ?? call.id ?? '';
  const missingId = randomUUID();
  return {
    ...(call.id === undefined ? {} : { id: call.id.replace(recordId, missingId) }),
    ...(call.payload === undefined
      ? {}
      : { payload: JSON.parse(JSON.stringify(call.payload).replaceAll(recordId, missingId)) }),
  };
}

const describeActor = (actor: ActorName) =>
  actor === 'anonymous'
    ? 'a visitor who is not signed in'
    : actor === 'otherMunicipality'
      ? "another municipality's admin"
      : `a user with only the ${actor} role`;

describeEachDialect('the authorization matrix', (database) => {
  let app: FastifyInstance;
  let world: World;
  let webRoot: string;
  const sessions = new Map<ActorName, Session>();

  async function newSession(actor: ActorName): Promise<Session> {
    const client = new TestClient(app);
    if (actor === 'anonymous') return { client, user: null };
    const user =
      actor === 'otherMunicipality'
        ? await makeUser(world.deps, world.elsewhere, ['admin'])
        : await makeUser(world.deps, world.here, [actor]);
    await client.signIn(user.email);
    return { client, user };
  }

  beforeAll(async () => {
    const deps = testDeps(database());
    const here = await makeOrganisation(deps, (await makeMunicipality(deps, 'Härby')).id);
    const elsewhere = await makeOrganisation(deps, (await makeMunicipality(deps, 'Annanby')).id);
    const layer = await createDistrictLayer(deps, commandLineOperator(here.municipalityId), {
      name: 'Kommundelar',
      source: null,
      districts: [{ name: 'Centrum', code: null, category: null, geometry: square }],
    });
    await deps.store.taxonomy.createMany(defaultCategoriesFor(here.municipalityId));
    await deps.store.taxonomy.createMany(defaultCategoriesFor(elsewhere.municipalityId));
    world = { deps, here, elsewhere, hereIds: [here.municipalityId, here.id, layer.id] };
    webRoot = mkdtempSync(join(tmpdir(), 'tryggve-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Tryggve</title>');
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("Tryggve");');
    app = await buildApp({
      deps,
      cookies: { isSecure: false, maxAgeSeconds: 3600 },
      rateLimits: { globalPerMinute: 100_000, authPerMinute: 100_000 },
      trustProxy: false,
      isDatabaseReachable: async () => true,
      webRoot,
      responseCheck,
    });
    await app.ready();
    for (const actor of actorNames) sessions.set(actor, await newSession(actor));
  });

  afterAll(async () => {
    await app.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('has an entry for every registered route', () => {
    const listed = new Set([...Object.keys(matrix), ...Object.keys(publicRoutes)]);
    expect(app.registeredRoutes.filter((route) => !listed.has(route))).toEqual([]);
  });

  it('names no route that is not registered', () => {
    const registered = new Set(app.registeredRoutes);
    const listed = [...Object.keys(matrix), ...Object.keys(publicRoutes)];
    expect(listed.filter((route) => !registered.has(route))).toEqual([]);
  });

  for (const [route, { url, status }] of Object.entries(publicRoutes)) {
    it(`${route} answers ${status} to anyone (${url})`, async () => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(status);
    });
  }

  for (const [route, entry] of Object.entries(matrix)) {
    for (const actor of actorNames) {
      const expected = entry.outcomes[actor];
      it(`${route}: ${describeActor(actor)} gets ${expected}`, async () => {
        const session = entry.isOwnSessionNeeded
          ? await newSession(actor)
          : (sessions.get(actor) as Session);
        const call = await entry.prepare(world, session);
        const response = await send(session.client, route, call);
        expect(outcomeOf(response)).toBe(expected);

        if (actor === 'otherMunicipality' && expected === notFound) {
          // The same answer as for a record that does not exist: nothing tells it is there.
          const missing = await send(session.client, route, withMissingRecord(call));
          expect(missing.statusCode).toBe(404);
          expect(missing.json()).toEqual(response.json());
        }
        if (actor === 'otherMunicipality' && response.statusCode < 300 && !entry.isDecidedByToken) {
          // Acting in its own municipality, it sees nothing of this one.
          for (const id of world.hereIds) expect(response.body).not.toContain(id);
        }
      });
    }
  }
});
