import {
  signInRequired,
  notFound,
  forRoles,
  type World,
  forEveryRole,
  type MatrixEntry,
} from './matrix.js';
import { randomUUID } from 'node:crypto';
import { actorFor, makeUser } from '../factories.js';
import { createRound } from '../../../src/domain/follow-up/create-round.js';
import { createReportDraft } from '../../../src/domain/follow-up/follow-up-reports.js';
import type { User } from '../../../src/domain/accounts/user.js';
import { hereFollowUpPlan, followUpReaders } from './records.js';

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

/** The authorization matrix's routes of one area. Follow-up rounds, tasks, notifications and reports. */
export const followUpMatrix: Record<string, MatrixEntry> = {
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
};
