import type { Actor } from '../domain/access/actor.js';
import type { Deps } from '../domain/deps.js';
import { closeMeeting } from '../domain/meetings/close-meeting.js';
import { addAgendaItem, updateAgendaItem } from '../domain/meetings/edit-agenda.js';
import { createJointAction, updateJointAction } from '../domain/meetings/save-joint-action.js';
import { createMeetingSeries } from '../domain/meetings/save-meeting-series.js';
import { meetingOfOccurrence, occurrenceOn } from '../domain/meetings/series-occurrences.js';
import { addDays, formatLocalDate, stockholmLocalParts } from '../shared/time/stockholm-time.js';

/**
 * The seed's OSG: municipality, local police and fire service meet every Thursday at 09:00
 * to update the picture and decide joint actions. Last week's meeting is closed, with two
 * joint actions: a night walk in Skogås with the police (still open, so it is carried to this
 * week's agenda) and a fire-safety check of refuse rooms in Vårby (done).
 */
export async function seedMeetings(deps: Deps, operator: Actor): Promise<void> {
  const { municipalityId } = operator;
  const organisations = await deps.store.organisations.list(municipalityId);
  const byKind = (kind: string) => organisations.find((item) => item.kind === kind);
  const municipality = byKind('municipal_administration');
  const police = byKind('police');
  const fire = byKind('fire_service');
  if (!municipality || !police || !fire) return;
  const districts = await deps.store.municipalities.listDistricts(municipalityId);
  const districtId = (name: string) => districts.filter((item) => item.name.includes(name));

  const now = deps.clock();
  const today = stockholmLocalParts(now);
  const lastThursday = addDays(today, -((today.weekday - 4 + 7) % 7 || 7));
  const series = await createMeetingSeries(deps, operator, {
    title: 'OSG Huddinge',
    place: 'Kommunhuset, Sjödalsvägen 29, sal Tornet',
    weekday: 4,
    startTime: '09:00',
    durationMinutes: 90,
    startsOn: formatLocalDate(addDays(lastThursday, -28)),
    organisationIds: [municipality.id, police.id, fire.id],
  });

  const past = meetingOfOccurrence(
    series,
    occurrenceOn(series, formatLocalDate(lastThursday)),
    now,
  );
  await deps.store.meetings.insertOccurrence(past);
  const picture = await addAgendaItem(deps, operator, past.id, {
    title: 'Lägesbilden: klotter och skadegörelse i Skogås centrum ökar',
    notes: 'Polisen bekräftar fler anmälningar kvällstid kring torget.',
  });
  await updateAgendaItem(deps, operator, picture.id, {
    decisions: 'Gemensam kvällsvandring med polis och fältassistenter.',
  });
  await addAgendaItem(deps, operator, past.id, {
    title: 'Brand i soprum i Vårby',
    notes: 'Två anlagda bränder i soprum under veckan.',
    decisions: 'Brandförsvaret kontrollerar soprummen tillsammans med fastighetsägaren.',
  });
  await createJointAction(deps, operator, past.id, {
    title: 'Gemensam kvällsvandring i Skogås centrum',
    description: 'Polis och kommunens fältassistenter går tillsammans fredag och lördag kväll.',
    districtIds: districtId('Skogås').map((item) => item.id),
    organisationIds: [police.id, municipality.id],
    dueOn: formatLocalDate(addDays(lastThursday, 10)),
    expectedResult: 'Färre samlingar och mindre skadegörelse kring torget.',
    status: 'ongoing',
  });
  const check = await createJointAction(deps, operator, past.id, {
    title: 'Brandskyddskontroll av soprum i Vårby',
    districtIds: districtId('Vårby').map((item) => item.id),
    organisationIds: [fire.id],
    dueOn: formatLocalDate(addDays(lastThursday, 5)),
    expectedResult: 'Låsta soprum utan brännbart skräp.',
  });
  await updateJointAction(deps, operator, check.id, {
    status: 'done',
    outcome: 'Tolv soprum kontrollerade; tre fick nya lås.',
  });
  await closeMeeting({ ...deps, mailer: null }, operator, past.id);
}
