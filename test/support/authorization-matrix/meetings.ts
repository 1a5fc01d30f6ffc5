import {
  signInRequired,
  forbidden,
  notFound,
  forRoles,
  type World,
  forEveryRole,
  type MatrixEntry,
} from './matrix.js';
import { actorFor, makeUser } from '../factories.js';
import { createCalendarFeed } from '../../../src/domain/meetings/calendar-feed.js';
import { createMeeting } from '../../../src/domain/meetings/create-meeting.js';
import { addAgendaItem } from '../../../src/domain/meetings/edit-agenda.js';
import { flagIncidentForMeeting } from '../../../src/domain/meetings/flag-incident-for-meeting.js';
import { createJointAction } from '../../../src/domain/meetings/save-joint-action.js';
import { hereIncident } from './records.js';
import { createMeetingSeries } from '../../../src/domain/meetings/save-meeting-series.js';

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

async function hereJointAction(world: World, responsibleUserIds: string[] = []): Promise<string> {
  const coordinator = actorFor(await makeUser(world.deps, world.here, ['coordinator']));
  const action = await createJointAction(world.deps, coordinator, await hereMeeting(world), {
    title: 'Insats i matrisen',
    responsibleUserIds,
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

/** The authorization matrix's routes of one area. Meeting series, meetings, agendas, minutes, joint actions and calendar feeds. */
export const meetingsMatrix: Record<string, MatrixEntry> = {
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
  'POST /api/meetings/:id/agenda/send': {
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
    // Every member adds points, whatever the role (issue 15): here every role is a member.
    outcomes: { anonymous: signInRequired, ...forEveryRole('201'), otherMunicipality: notFound },
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
    // Those responsible for an action follow it up, whatever their role (issue 15).
    outcomes: { anonymous: signInRequired, ...forEveryRole('200'), otherMunicipality: notFound },
    prepare: async (world, session) => ({
      id: await hereJointAction(
        world,
        session.user?.municipalityId === world.here.municipalityId ? [session.user.id] : [],
      ),
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
};
