import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testClock, testDeps, type TestClock } from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { reportIncidents } from '../incidents/report-incidents.js';
import { registerSignal } from '../signals/register-signal.js';
import { updateSignal } from '../signals/update-signal.js';
import { getSituationPicture } from '../situation/get-situation-picture.js';
import { applyRetention } from './apply-retention.js';
import { retentionCutoff } from './retention.js';

describeEachDialect('retention of free text (gallring)', (database) => {
  let clock: TestClock;
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: Actor;
  const ids: Record<string, string> = {};

  const report = async (reporter: Actor, occurredAt: string, description: string) => {
    const reported = await reportIncidents(deps, reporter, {
      events: [
        {
          districtId: huddinge.districtIds['Skogås'],
          occurredAt,
          categoryCode: 'vandalism',
          description,
        },
      ],
    });
    return reported.incidents[0]?.id ?? '';
  };

  const signal = async (observedAt: string, description: string) =>
    (
      await registerSignal(deps, coordinator, {
        categoryCode: 'vandalism',
        observedAt,
        description,
        source: 'staff',
      })
    ).id;

  beforeAll(async () => {
    clock = testClock('2023-01-10T12:00:00Z');
    deps = testDeps(database(), {
      clock,
      retention: { incidentTextMonths: 36, signalTextMonths: 24 },
    });
    huddinge = await seedHuddinge(deps);
    const reporter = await huddinge.actor('housing', ['reporter']);
    coordinator = await huddinge.actor('administration', ['coordinator']);

    ids.oldIncident = await report(reporter, '2023-01-09T20:00:00Z', 'Krossad ruta i trapphus 3.');
    ids.oldSignal = await signal('2023-01-09T20:00:00Z', 'Ungdomar säljer vid porten.');
    ids.oldOpenSignal = await signal('2023-01-09T21:00:00Z', 'Okänd bil står kvar varje natt.');
    clock.set('2023-02-01T12:00:00Z');
    await updateSignal(deps, coordinator, ids.oldSignal, {
      status: 'closed',
      followUp: 'Polisen informerad.',
    });

    clock.set('2026-11-20T12:00:00Z');
    ids.newIncident = await report(
      reporter,
      '2026-11-19T20:00:00Z',
      'Klotter på förskolans staket.',
    );
    ids.newSignal = await signal('2026-11-19T20:00:00Z', 'Nytt gäng vid centrum.');
    await updateSignal(deps, coordinator, ids.newSignal, { status: 'closed' });
    clock.set('2026-11-27T03:00:00Z');
  });

  it('removes the text past its time and keeps the rest', async () => {
    const pictureBefore = await getSituationPicture(deps, coordinator, {
      periodKind: 'week',
      periodKey: '2023-W02',
      locale: 'sv',
    });
    // The demo's closed SIG cases have their own retention (case-retention.test.ts).
    expect(await applyRetention(deps)).toMatchObject({
      municipalities: 1,
      incidentTexts: 1,
      signalTexts: 1,
    });

    const oldIncident = await deps.store.incidents.findById(
      huddinge.municipalityId,
      ids.oldIncident ?? '',
    );
    expect(oldIncident).toMatchObject({
      description: '',
      textRemovedAt: '2026-11-27T03:00:00.000Z',
      categoryCode: 'vandalism',
      status: 'new',
    });
    const newIncident = await deps.store.incidents.findById(
      huddinge.municipalityId,
      ids.newIncident ?? '',
    );
    expect(newIncident).toMatchObject({
      description: 'Klotter på förskolans staket.',
      textRemovedAt: null,
    });

    const oldSignal = await deps.store.signals.find(huddinge.municipalityId, ids.oldSignal ?? '');
    expect(oldSignal).toMatchObject({ description: '', followUp: '', status: 'closed' });
    expect(oldSignal?.textRemovedAt).not.toBeNull();
    // Still open after almost four years: a signal is kept while it is worked on.
    const openSignal = await deps.store.signals.find(
      huddinge.municipalityId,
      ids.oldOpenSignal ?? '',
    );
    expect(openSignal).toMatchObject({
      description: 'Okänd bil står kvar varje natt.',
      textRemovedAt: null,
    });
    const newSignal = await deps.store.signals.find(huddinge.municipalityId, ids.newSignal ?? '');
    expect(newSignal?.description).toBe('Nytt gäng vid centrum.');

    // The counts do not change: the picture of that week is the same.
    const pictureAfter = await getSituationPicture(deps, coordinator, {
      periodKind: 'week',
      periodKey: '2023-W02',
      locale: 'sv',
    });
    expect(pictureAfter.rows).toEqual(pictureBefore.rows);
  });

  it('logs the run with counts only, and finds nothing left the second time', async () => {
    const entries = await deps.store.audit.list(huddinge.municipalityId, {
      action: 'retention.apply',
      limit: 10,
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.details).toMatchObject({ incidentTexts: 1, signalTexts: 1 });
    expect(JSON.stringify(entries[0])).not.toContain('Krossad');

    expect(await applyRetention(deps)).toMatchObject({ incidentTexts: 0, signalTexts: 0 });
    const again = await deps.store.audit.list(huddinge.municipalityId, {
      action: 'retention.apply',
      limit: 10,
    });
    expect(again).toHaveLength(1);
  });

  it('keeps text for ever when the months are 0', async () => {
    clock.set('2040-01-01T00:00:00Z');
    const keeping = { ...deps, retention: { incidentTextMonths: 0, signalTextMonths: 0 } };
    expect(await applyRetention(keeping)).toMatchObject({ incidentTexts: 0, signalTexts: 0 });
    const newIncident = await deps.store.incidents.findById(
      huddinge.municipalityId,
      ids.newIncident ?? '',
    );
    expect(newIncident?.description).toBe('Klotter på förskolans staket.');
  });
});

describe('retentionCutoff', () => {
  it('goes back whole calendar months, to the last day of a shorter month', () => {
    expect(retentionCutoff(new Date('2026-05-31T10:00:00Z'), 3)).toBe('2026-02-28T10:00:00.000Z');
    expect(retentionCutoff(new Date('2026-11-27T03:00:00Z'), 36)).toBe('2023-11-27T03:00:00.000Z');
    expect(retentionCutoff(new Date('2026-11-27T03:00:00Z'), 0)).toBeNull();
  });
});
