import type { MeetingMinutesAction, MeetingMinutesData } from './meeting-minutes-data.js';
import type { Repositories } from '../deps.js';
import { agendaWords } from './agenda-words.js';
import type { JointAction, Meeting, MinutesSnapshot } from './meeting.js';

const dayAndTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const timeOnly = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  minute: '2-digit',
});
const stamp = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** "torsdag 3 december 2026 09:00–10:30", Stockholm time. */
function meetingWhen(meeting: Pick<Meeting, 'startsAt' | 'endsAt'>): string {
  const start = dayAndTime.format(new Date(meeting.startsAt)).replace(' kl. ', ' ');
  return `${start}–${timeOnly.format(new Date(meeting.endsAt))}`;
}

/**
 * The minutes' data from a meeting and its minutes (the frozen snapshot once closed), with
 * every id turned into a name of the municipality's own records.
 */
export async function buildMinutesData(
  repositories: Repositories,
  meeting: Meeting,
  minutes: MinutesSnapshot,
): Promise<MeetingMinutesData> {
  const { municipalityId } = meeting;
  const municipality = await repositories.municipalities.findById(municipalityId);
  const districts = new Map(
    (await repositories.municipalities.listDistricts(municipalityId)).map((item) => [
      item.id,
      item.name,
    ]),
  );
  const organisationNames = new Map<string, string>();
  const organisationName = async (id: string) => {
    if (!organisationNames.has(id)) {
      const organisation = await repositories.organisations.findById(municipalityId, id);
      organisationNames.set(id, organisation?.name ?? '');
    }
    return organisationNames.get(id) as string;
  };
  const userNames = new Map<string, string>();
  const userName = async (id: string) => {
    if (!userNames.has(id)) {
      const user = await repositories.users.findById(municipalityId, id);
      userNames.set(
        id,
        user ? `${user.displayName} (${await organisationName(user.organisationId)})` : '',
      );
    }
    return userNames.get(id) as string;
  };
  const names = async (ids: readonly string[], lookUp: (id: string) => Promise<string>) =>
    (await Promise.all(ids.map(lookUp))).filter((name) => name !== '');
  const action = async (item: JointAction): Promise<MeetingMinutesAction> => ({
    title: item.title,
    description: item.description,
    districts: item.districtIds.map((id) => districts.get(id) ?? '').filter(Boolean),
    organisations: await names(item.organisationIds, organisationName),
    responsible: await names(item.responsibleUserIds, userName),
    dueOn: item.dueOn,
    expectedResult: item.expectedResult,
    status: agendaWords.statuses[item.status],
    outcome: item.outcome,
  });
  const presence = new Map(minutes.attendance.map((mark) => [mark.userId, mark.isPresent]));
  const present = meeting.memberUserIds.filter((id) => presence.get(id) === true);
  const absent = meeting.memberUserIds.filter((id) => presence.get(id) === false);
  return {
    municipalityName: municipality?.name ?? '',
    title: meeting.title,
    place: meeting.place,
    when: meetingWhen(meeting),
    isFinal: meeting.closedAt !== null,
    closedAt: meeting.closedAt ? stamp.format(new Date(meeting.closedAt)) : null,
    organisations: await names(meeting.organisationIds, organisationName),
    present: await names(present, userName),
    absent: await names(absent, userName),
    guests: minutes.guests,
    generalNotes: minutes.generalNotes,
    agenda: minutes.agenda
      .filter((item) => item.removedAt === null)
      .sort((a, b) => a.position - b.position)
      .map(({ title, notes, decisions }) => ({ title, notes, decisions })),
    actions: await Promise.all(minutes.actions.map(action)),
    carriedActions: await Promise.all(minutes.carriedActions.map(action)),
  };
}
