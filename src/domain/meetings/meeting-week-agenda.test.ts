import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  actorFor,
  makeUser,
  testClock,
  testDeps,
  type TestClock,
} from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { decideAlarm } from '../early-warning/decide-alarm.js';
import { reportIncidents } from '../incidents/report-incidents.js';
import { createMeeting } from './create-meeting.js';
import { updateAgendaItem } from './edit-agenda.js';
import { flagIncidentForMeeting } from './flag-incident-for-meeting.js';
import { generateAgenda } from './generate-agenda.js';
import { getMeeting } from './get-meeting.js';

/** Mondays of ISO weeks 2026-W37 … W47, as UTC noon. */
const monday = (week: number) => new Date(Date.UTC(2026, 8, 7 + (week - 37) * 7, 12)).toISOString();

/** A little drug dealing in Skogås in W37–W46; nine reports on Monday of W47 (this week). */
const skogasDrugs = [1, 2, 0, 1, 1, 2, 1, 0, 1, 2, 9];

describeEachDialect("Thursday's agenda and the week so far", (database) => {
  let deps: Deps;
  let clock: TestClock;
  let huddinge: Huddinge;
  let coordinator: Actor;
  let laterIncidentId: string;
  const alarmKey = () => ({
    periodKey: '2026-W47',
    districtId: huddinge.districtIds['Skogås'] ?? null,
    categoryCode: 'suspected_drug_dealing',
  });

  beforeAll(async () => {
    // Wednesday of W47: the meeting is tomorrow, Thursday 19 November at 09:00.
    clock = testClock('2026-11-18T12:00:00.000Z');
    deps = testDeps(database(), { clock });
    huddinge = await seedHuddinge(deps);
    coordinator = actorFor(
      await makeUser(deps, huddinge.organisations.administration, ['coordinator']),
    );
    const reporter = await huddinge.actor('housing', ['reporter']);
    for (const [index, count] of skogasDrugs.entries()) {
      if (count === 0) continue;
      const reported = await reportIncidents(deps, reporter, {
        events: Array.from({ length: count }, (_, event) => ({
          districtId: huddinge.districtIds['Skogås'] ?? '',
          occurredAt: new Date(Date.parse(monday(37 + index)) + event * 3_600_000).toISOString(),
          categoryCode: 'suspected_drug_dealing',
          description: 'Misstänkt langning',
        })),
      });
      laterIncidentId = reported.incidents[0]?.id ?? '';
    }
  });

  const thursdayMeeting = () =>
    createMeeting(deps, coordinator, {
      title: 'OSG Huddinge',
      startsAt: '2026-11-19T08:00:00.000Z',
      durationMinutes: 90,
      organisationIds: [huddinge.organisations.police.id],
    });

  it("carries this week's acknowledged alarm with its comment, marked as the week so far", async () => {
    await decideAlarm(deps, coordinator, {
      ...alarmKey(),
      decision: 'acknowledged',
      comment: 'tas upp på OSG torsdag',
    });
    const meeting = await thursdayMeeting();
    const agenda = await generateAgenda(deps, coordinator, meeting.id);
    const alarms = agenda.filter((item) => item.kind === 'alarm' && item.title.includes('Skogås'));
    // The whole municipality's alarm (the same rise) is there too, not yet decided.
    expect(agenda.filter((item) => item.kind === 'alarm')).toHaveLength(2);
    expect(alarms.map((item) => item.title)).toEqual([
      'Larm Vecka 47, 2026, hittills (mån 16 nov–ons 18 nov, 3 dagar): ' +
        'Misstänkt narkotikahantering i Skogås: fler än väntat – 9 händelser mot normalt cirka 1.' +
        ' (kvitterat: ”tas upp på OSG torsdag”)',
    ]);
    // The rise so far is on the agenda too, marked as part of a week.
    expect(
      agenda.some(
        (item) =>
          item.kind === 'largest_change' && item.title.startsWith('Vecka 47, 2026, hittills'),
      ),
    ).toBe(true);
  });

  it('shows a decision taken after the agenda was built, but keeps a title someone edited', async () => {
    // Decisions are told apart by when they were taken: the latest counts.
    clock.advanceMinutes(1);
    await decideAlarm(deps, coordinator, { ...alarmKey(), decision: 'dismissed', comment: '' });
    const meeting = await thursdayMeeting();
    const inSkogas = (item: { kind: string; title: string }) =>
      item.kind === 'alarm' && item.title.includes('Skogås');
    const [alarm] = (await generateAgenda(deps, coordinator, meeting.id)).filter(inSkogas);
    expect(alarm?.title).toMatch(/\(avfärdat\)$/);
    clock.advanceMinutes(1);
    await decideAlarm(deps, coordinator, {
      ...alarmKey(),
      decision: 'acknowledged',
      comment: 'Polisen har fler patruller',
    });
    let again = await generateAgenda(deps, coordinator, meeting.id);
    expect(again.filter(inSkogas)).toHaveLength(1);
    expect(again.find((item) => item.id === alarm?.id)?.title).toMatch(
      /\(kvitterat: ”Polisen har fler patruller”\)$/,
    );
    await updateAgendaItem(deps, coordinator, alarm?.id ?? '', { title: 'Langningen i Skogås' });
    clock.advanceMinutes(1);
    await decideAlarm(deps, coordinator, { ...alarmKey(), decision: 'dismissed', comment: '' });
    again = await generateAgenda(deps, coordinator, meeting.id);
    expect(again.find((item) => item.id === alarm?.id)?.title).toBe('Langningen i Skogås');
  });

  it('puts an incident flagged after the agenda was built on the agenda at once', async () => {
    const meeting = await thursdayMeeting();
    const built = await generateAgenda(deps, coordinator, meeting.id);
    clock.advanceMinutes(30);
    await flagIncidentForMeeting(deps, coordinator, meeting.id, {
      incidentId: laterIncidentId,
      note: 'Polisen berättar',
    });
    const { agenda } = await getMeeting(deps, coordinator, meeting.id);
    expect(agenda).toHaveLength(built.length + 1);
    expect(agenda.at(-1)).toMatchObject({
      kind: 'flagged_incident',
      title: 'Händelse inför mötet: Misstänkt narkotikahantering, 2026-11-16 – Polisen berättar',
    });
    // Flagged again with another note: the same item, its title follows.
    await flagIncidentForMeeting(deps, coordinator, meeting.id, {
      incidentId: laterIncidentId,
      note: 'Polisen och fältassistenterna berättar',
    });
    const rebuilt = await generateAgenda(deps, coordinator, meeting.id);
    const flagged = rebuilt.filter((item) => item.kind === 'flagged_incident');
    expect(flagged.map((item) => item.title)).toEqual([
      'Händelse inför mötet: Misstänkt narkotikahantering, 2026-11-16 – Polisen och fältassistenterna berättar',
    ]);
  });
});
