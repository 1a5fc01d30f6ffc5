import { randomUUID } from 'node:crypto';
import { actorFor, commandLineOperator, makeOrganisation, makeUser } from './factories.js';
import type { Role } from '../../src/domain/access/roles.js';
import { attachSignedDocument } from '../../src/domain/agreements/attach-signed-document.js';
import { createAgreement } from '../../src/domain/agreements/create-agreement.js';
import type { Deps } from '../../src/domain/deps.js';
import { createRound } from '../../src/domain/follow-up/create-round.js';
import { createReportDraft } from '../../src/domain/follow-up/follow-up-reports.js';
import { reportIncidents } from '../../src/domain/incidents/report-incidents.js';
import { createCalendarFeed } from '../../src/domain/meetings/calendar-feed.js';
import { createMeeting } from '../../src/domain/meetings/create-meeting.js';
import { createJointAction } from '../../src/domain/meetings/save-joint-action.js';
import type { Organisation } from '../../src/domain/organisations/organisation.js';
import { adoptPlan } from '../../src/domain/plans/adopt-plan.js';
import { createPlan } from '../../src/domain/plans/create-plan.js';
import { saveMeasure } from '../../src/domain/plans/save-measure.js';
import { registerSignal } from '../../src/domain/signals/register-signal.js';
import { createContract } from '../../src/domain/suppliers/create-contract.js';
import { recordManualCheck } from '../../src/domain/suppliers/record-manual-check.js';
import { registerSupplier } from '../../src/domain/suppliers/register-supplier.js';
import { createProgramme } from '../../src/domain/interventions/create-programme.js';
import { openInterventionCase } from '../../src/domain/interventions/open-case.js';
import { personnummerFor } from './interventions.js';

/**
 * The API's sensitive reads for the read-audit test: each GET route that returns free text or
 * personal data, who reads it, the action its audit entry records and how to make a record to read.
 */
/** Free text that no audit entry may carry. */
export const marker = 'Fritext-i-granskningstestet';

export interface World {
  deps: Deps;
  here: Organisation;
  districtId: string;
  /** The signed-in user of each role, once the test has signed one in. */
  users: Map<Role, Awaited<ReturnType<typeof makeUser>>>;
}

export interface Read {
  action: string;
  /** Who reads: a role alone, or null for the calendar program with no session. */
  role: Role | null;
  prepare(world: World): Promise<{ id?: string; query?: string }>;
}

const coordinatorOf = async (world: World) =>
  actorFor(await makeUser(world.deps, world.here, ['coordinator']));

export async function incident(world: World): Promise<string> {
  const reported = await reportIncidents(world.deps, await coordinatorOf(world), {
    events: [
      { districtId: world.districtId, categoryCode: 'graffiti', description: `${marker}: klotter` },
    ],
  });
  return reported.incidents[0]?.id ?? '';
}

async function meeting(world: World): Promise<string> {
  const created = await createMeeting(world.deps, await coordinatorOf(world), {
    title: 'OSG',
    startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    durationMinutes: 60,
    organisationIds: [world.here.id],
  });
  return created.id;
}

async function round(world: World): Promise<string> {
  const operator = commandLineOperator(world.here.municipalityId);
  const plan = await createPlan(world.deps, operator, {
    title: `Plan ${randomUUID().slice(0, 8)}`,
    kind: 'action_plan',
    owner: 'Kommunstyrelsens förvaltning',
    summary: '',
    validFrom: '2024-01-10',
    validUntil: '2027-12-31',
    followUpIntervalMonths: 12,
  });
  await saveMeasure(world.deps, operator, plan.id, null, { measure: 'Fältassistenter' });
  await adoptPlan(world.deps, operator, plan.id, {
    decisionBody: 'municipal_council',
    decisionBodyName: 'Kommunfullmäktige',
    decidedOn: '2024-01-10',
    caseNumber: 'KS-2024/1',
  });
  const created = await createRound(world.deps, await coordinatorOf(world), {
    planId: plan.id,
    label: 'Uppföljning',
    dueOn: '2025-06-30',
  });
  return created.id;
}

async function report(world: World): Promise<string> {
  return (await createReportDraft(world.deps, await coordinatorOf(world), await round(world))).id;
}

async function agreement(world: World): Promise<string> {
  const operator = commandLineOperator(world.here.municipalityId);
  const police = await makeOrganisation(world.deps, world.here.municipalityId, { kind: 'police' });
  const created = await createAgreement(world.deps, operator, {
    kind: 'citizen_promise',
    title: 'Medborgarlöfte',
    signedOn: '2026-01-01',
    parties: [{ organisationId: police.id }, { organisationId: world.here.id }],
  });
  await attachSignedDocument(world.deps, operator, created.id, {
    fileName: 'avtal.pdf',
    content: Buffer.from('%PDF-1.4\n%%EOF\n'),
  });
  return created.id;
}

let nextSupplierNumber = 20_000;
async function supplier(world: World): Promise<string> {
  const base = `5566${String(nextSupplierNumber++).padStart(5, '0')}`;
  const sum = [...base].reduce((total, digit, index) => {
    const value = Number(digit) * (index % 2 === 0 ? 2 : 1);
    return total + (value > 9 ? value - 9 : value);
  }, 0);
  const officer = actorFor(await makeUser(world.deps, world.here, ['procurement']));
  const created = await registerSupplier(world.deps, officer, {
    organisationNumber: `${base}${(10 - (sum % 10)) % 10}`,
    name: 'Granskningsbolaget AB',
  });
  return created.id;
}

async function evidence(world: World): Promise<string> {
  const officer = actorFor(await makeUser(world.deps, world.here, ['procurement']));
  const check = await recordManualCheck(world.deps, officer, await supplier(world), {
    kind: 'sanctions_screening',
    source: 'other',
    checkedOn: '2026-01-02',
    result: 'remark',
    summary: marker,
    evidence: {
      fileName: 'utdrag.pdf',
      contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
    },
  });
  return check.evidence?.id ?? '';
}

async function contract(world: World): Promise<string> {
  const officer = actorFor(await makeUser(world.deps, world.here, ['procurement']));
  const detail = await createContract(world.deps, officer, {
    supplierId: await supplier(world),
    procurementReference: 'UH-2026/1',
    title: 'Avtal',
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
    valueSek: 100_000,
    responsibleUnit: 'Upphandling',
    programme: [],
  });
  return detail.contract.id;
}

const none = async () => ({});

export const square = {
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

/** The reads that must leave an entry, with the action it records. */
/** A case of a new SIG programme that the signed-in caseworker owns and is assigned to. */
async function interventionCase(world: World): Promise<string> {
  const caseworker = world.users.get('caseworker');
  if (!caseworker) throw new Error('The caseworker signs in before the case is opened.');
  const programme = await createProgramme(
    world.deps,
    commandLineOperator(world.here.municipalityId),
    {
      kind: 'sig',
      name: `SIG ${randomUUID().slice(0, 8)}`,
      ownerOrganisationId: world.here.id,
      ownerUserId: caseworker.id,
      startsOn: '2015-01-01',
    },
  );
  const opened = await openInterventionCase(world.deps, actorFor(caseworker), {
    programmeId: programme.id,
    identity: {
      kind: 'personnummer',
      number: personnummerFor('20100315', '238'),
      name: marker,
      guardians: [{ name: marker, phone: null }],
    },
    ageGroup: '15_17',
    isSynthetic: true,
  });
  return opened.id;
}

export const sensitiveReads: Record<string, Read> = {
  'GET /api/incidents': {
    action: 'incident.list',
    role: 'coordinator',
    prepare: async (world) => (await incident(world), {}),
  },
  'GET /api/incidents/:id': {
    action: 'incident.read',
    role: 'coordinator',
    prepare: async (world) => ({ id: await incident(world) }),
  },
  'GET /api/incidents/export': {
    action: 'incident.export',
    role: 'coordinator',
    prepare: async () => ({ query: 'format=csv' }),
  },
  'GET /api/meetings': { action: 'meeting.list', role: 'coordinator', prepare: none },
  'GET /api/meetings/:id': {
    action: 'meeting.read',
    role: 'coordinator',
    prepare: async (world) => ({ id: await meeting(world) }),
  },
  'GET /api/meetings/:id/minutes.docx': {
    action: 'meeting.minutes.export',
    role: 'coordinator',
    prepare: async (world) => ({ id: await meeting(world) }),
  },
  'GET /api/meetings/:id/minutes.pdf': {
    action: 'meeting.minutes.export',
    role: 'coordinator',
    prepare: async (world) => ({ id: await meeting(world) }),
  },
  'GET /api/joint-actions': {
    action: 'joint_action.list',
    role: 'coordinator',
    prepare: async (world) => {
      await createJointAction(world.deps, await coordinatorOf(world), await meeting(world), {
        title: 'Insats',
        description: marker,
      });
      return {};
    },
  },
  'GET /api/meeting-members/candidates': {
    action: 'meeting.member_candidates',
    role: 'coordinator',
    prepare: none,
  },
  'GET /api/calendar/:file': {
    action: 'calendar_feed.fetch',
    role: null,
    prepare: async (world) => {
      await meeting(world);
      const viewer = actorFor(await makeUser(world.deps, world.here, ['viewer']));
      const { url } = await createCalendarFeed(world.deps, viewer);
      return { id: url.split('/').pop() ?? '' };
    },
  },
  'GET /api/agreements/:id': {
    action: 'agreement.read',
    role: 'analyst',
    prepare: async (world) => ({ id: await agreement(world) }),
  },
  'GET /api/agreements/:id/document': {
    action: 'agreement.document.download',
    role: 'analyst',
    prepare: async (world) => ({ id: await agreement(world) }),
  },
  'GET /api/follow-up-rounds/:id': {
    action: 'follow_up.round_read',
    role: 'analyst',
    prepare: async (world) => ({ id: await round(world) }),
  },
  'GET /api/follow-up-reports/:id': {
    action: 'follow_up.report_read',
    role: 'analyst',
    prepare: async (world) => ({ id: await report(world) }),
  },
  'GET /api/follow-up-reports/:id/report.docx': {
    action: 'follow_up.report_read',
    role: 'analyst',
    prepare: async (world) => ({ id: await report(world) }),
  },
  'GET /api/follow-up-reports/:id/report.pdf': {
    action: 'follow_up.report_read',
    role: 'analyst',
    prepare: async (world) => ({ id: await report(world) }),
  },
  'GET /api/plan-contacts': { action: 'plan.contact_list', role: 'coordinator', prepare: none },
  'GET /api/users': { action: 'user.list', role: 'admin', prepare: none },
  'GET /api/audit': { action: 'audit.list', role: 'admin', prepare: none },
  'GET /api/audit/verification': { action: 'audit.verify', role: 'admin', prepare: none },
  'GET /api/import-runs': { action: 'import.list', role: 'coordinator', prepare: none },
  'GET /api/signals': {
    action: 'signal.list',
    role: 'coordinator',
    prepare: async (world) => {
      await registerSignal(world.deps, await coordinatorOf(world), {
        categoryCode: 'youth_recruitment',
        observedAt: '2026-11-20T18:00:00Z',
        description: marker,
        source: 'meeting',
      });
      return {};
    },
  },
  'GET /api/signals/:id': {
    action: 'signal.read',
    role: 'coordinator',
    prepare: async (world) => {
      const signal = await registerSignal(world.deps, await coordinatorOf(world), {
        categoryCode: 'youth_recruitment',
        observedAt: '2026-11-20T18:00:00Z',
        description: marker,
        source: 'meeting',
      });
      return { id: signal.id };
    },
  },
  'GET /api/suppliers': { action: 'supplier.list', role: 'procurement', prepare: none },
  'GET /api/suppliers/:id': {
    action: 'supplier.read',
    role: 'procurement',
    prepare: async (world) => ({ id: await supplier(world) }),
  },
  'GET /api/suppliers/:id/checks': {
    action: 'supplier.check.list',
    role: 'procurement',
    prepare: async (world) => ({ id: await supplier(world) }),
  },
  'GET /api/suppliers/:id/decisions': {
    action: 'supplier.decision.list',
    role: 'procurement',
    prepare: async (world) => ({ id: await supplier(world) }),
  },
  'GET /api/suppliers/:id/risk': {
    action: 'supplier.risk',
    role: 'procurement',
    prepare: async (world) => ({ id: await supplier(world) }),
  },
  'GET /api/supplier-evidence/:id': {
    action: 'supplier.evidence.read',
    role: 'procurement',
    prepare: async (world) => ({ id: await evidence(world) }),
  },
  'GET /api/contracts': { action: 'contract.list', role: 'procurement', prepare: none },
  'GET /api/contracts/:id': {
    action: 'contract.read',
    role: 'procurement',
    prepare: async (world) => ({ id: await contract(world) }),
  },
  'GET /api/intervention-cases': {
    action: 'intervention.case_list',
    role: 'caseworker',
    prepare: async (world) => (await interventionCase(world), {}),
  },
  'GET /api/intervention-cases/:id': {
    action: 'intervention.case_read',
    role: 'caseworker',
    prepare: async (world) => ({ id: await interventionCase(world) }),
  },
  'GET /api/intervention-cases/:id/access-log': {
    action: 'intervention.case_access_log',
    role: 'caseworker',
    prepare: async (world) => ({ id: await interventionCase(world) }),
  },
  'GET /api/intervention-reviews': {
    action: 'intervention.emergency_review_list',
    role: 'caseworker',
    prepare: none,
  },
};

/** Reads that need no entry, and why: no free text and no one else's personal data. */
