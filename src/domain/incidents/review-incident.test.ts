import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testDeps } from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { listIncidents } from './list-incidents.js';
import { reportIncidents } from './report-incidents.js';
import { reviewIncident } from './review-incident.js';

const inSkogas = { longitude: 18.151957, latitude: 59.217194 };

describeEachDialect('the review queue', (database) => {
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: Actor;
  let housingReporter: Actor;
  let policeReporter: Actor;
  let analyst: Actor;
  let viewer: Actor;

  const report = async (actor: Actor, description: string) =>
    (
      await reportIncidents(deps, actor, {
        events: [{ point: inSkogas, categoryCode: 'graffiti', description }],
      })
    ).incidents[0]?.id ?? '';

  beforeAll(async () => {
    deps = testDeps(database());
    huddinge = await seedHuddinge(deps);
    coordinator = await huddinge.actor('administration', ['coordinator']);
    housingReporter = await huddinge.actor('housing', ['reporter']);
    policeReporter = await huddinge.actor('police', ['reporter']);
    analyst = await huddinge.actor('administration', ['analyst']);
    viewer = await huddinge.actor('administration', ['viewer']);
  });

  it('lists new reports for the coordinator, and only their own organisation’s for a reporter', async () => {
    const fromHousing = await report(housingReporter, 'Klotter på garagelängan.');
    const fromPolice = await report(policeReporter, 'Klotter vid stationen.');
    const queue = await listIncidents(deps, coordinator, { status: 'new', limit: 50 });
    expect(queue.incidents.map((incident) => incident.id)).toEqual(
      expect.arrayContaining([fromHousing, fromPolice]),
    );
    const own = await listIncidents(deps, housingReporter, { limit: 50 });
    expect(own.incidents.map((incident) => incident.id)).toContain(fromHousing);
    expect(own.incidents.map((incident) => incident.id)).not.toContain(fromPolice);
    expect(
      (await listIncidents(deps, analyst, { limit: 50 })).incidents.length,
    ).toBeGreaterThanOrEqual(2);
    await expect(listIncidents(deps, viewer, { limit: 50 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('lists incidents in the order they happened, latest first, whatever order they were reported in, across pages', async () => {
    const when = ['2026-03-02T10:00:00Z', '2026-03-05T10:00:00Z', '2026-03-01T10:00:00Z'];
    // One report, as an import enters them: the same report time for all three.
    const { incidents } = await reportIncidents(deps, housingReporter, {
      events: when.map((occurredAt, index) => ({
        point: inSkogas,
        occurredAt,
        categoryCode: 'graffiti',
        description: `Klotter i tidsordning ${index}.`,
      })),
    });
    const ids = incidents.map((incident) => incident.id);
    const filter = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-06T00:00:00.000Z' };
    const first = await listIncidents(deps, coordinator, { ...filter, limit: 2 });
    const second = await listIncidents(deps, coordinator, {
      ...filter,
      limit: 2,
      before: first.next ?? undefined,
    });
    expect([...first.incidents, ...second.incidents].map((incident) => incident.id)).toEqual([
      ids[1],
      ids[0],
      ids[2],
    ]);
  });

  it('filters by district and pages newest first without repeats', async () => {
    for (let count = 0; count < 5; count += 1)
      await report(housingReporter, `Klotter nummer ${count}.`);
    const inSkogås = huddinge.districtIds['Skogås'];
    const seen: string[] = [];
    let page = await listIncidents(deps, coordinator, { districtId: inSkogås, limit: 2 });
    seen.push(...page.incidents.map((incident) => incident.id));
    while (page.next) {
      page = await listIncidents(deps, coordinator, {
        districtId: inSkogås,
        limit: 2,
        before: page.next,
      });
      seen.push(...page.incidents.map((incident) => incident.id));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(7);
    const none = await listIncidents(deps, coordinator, {
      districtId: huddinge.districtIds['Vårby'],
      limit: 50,
    });
    expect(none.incidents).toEqual([]);
  });

  it('confirms, links duplicates and archives with a reason, logging each decision', async () => {
    const original = await report(housingReporter, 'Stort klotter på skolan.');
    const copy = await report(policeReporter, 'Klotter på skolan.');
    const prank = await report(housingReporter, 'Test, ignorera.');
    expect(
      await reviewIncident(deps, coordinator, original, { decision: 'reviewed' }),
    ).toMatchObject({
      status: 'reviewed',
    });
    expect(
      await reviewIncident(deps, coordinator, copy, {
        decision: 'duplicate',
        duplicateOfId: original,
      }),
    ).toMatchObject({ status: 'duplicate', duplicateOfId: original });
    expect(
      await reviewIncident(deps, coordinator, prank, {
        decision: 'archived',
        reason: 'Testrapport från utbildning.',
      }),
    ).toMatchObject({ status: 'archived', archiveReason: 'Testrapport från utbildning.' });

    await expect(
      reviewIncident(deps, coordinator, original, { decision: 'duplicate', duplicateOfId: copy }),
    ).rejects.toMatchObject({ code: 'INCIDENT_INVALID' });
    await expect(
      reviewIncident(deps, coordinator, prank, { decision: 'archived', reason: ' ' }),
    ).rejects.toMatchObject({
      code: 'INCIDENT_INVALID',
    });
    await expect(
      reviewIncident(deps, housingReporter, prank, { decision: 'reviewed' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });

    const audit = await deps.store.audit.list(huddinge.municipalityId, { limit: 10 });
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['incident.review', 'incident.duplicate', 'incident.archived']),
    );
  });
});
