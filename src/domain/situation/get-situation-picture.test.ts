import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testClock, testDeps } from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { reportIncidents, type ReportedEvent } from '../incidents/report-incidents.js';
import { reviewIncident } from '../incidents/review-incident.js';
import { getSituationPicture } from './get-situation-picture.js';

const inSkogas = { longitude: 18.151957, latitude: 59.217194 };

describeEachDialect('the situation picture of a week', (database) => {
  let deps: Deps;
  let huddinge: Huddinge;
  let viewer: Actor;
  let analyst: Actor;

  const drugs = (occurredAt: string): ReportedEvent => ({
    point: inSkogas,
    occurredAt,
    categoryCode: 'suspected_drug_dealing',
    description: 'Misstänkt langning vid centrum.',
  });

  beforeAll(async () => {
    deps = testDeps(database(), { clock: testClock('2026-11-28T12:00:00Z') });
    huddinge = await seedHuddinge(deps);
    const reporter = await huddinge.actor('housing', ['reporter']);
    const coordinator = await huddinge.actor('administration', ['coordinator']);
    viewer = await huddinge.actor('administration', ['viewer']);
    analyst = await huddinge.actor('administration', ['analyst']);

    // Week 48 (23–29 Nov): nine reports on Friday evening (one of them a duplicate that must not count),
    // against two a week in each of the eight weeks before, and one in week 48 of 2025.
    const week48 = Array.from({ length: 10 }, (_, index) =>
      drugs(`2026-11-27T${String(10 + index).padStart(2, '0')}:05:00Z`),
    );
    const baseline = [2, 9, 16, 23, 30].flatMap((day) => [
      drugs(`2026-10-${String(day).padStart(2, '0')}T09:00:00Z`),
    ]);
    const moreBaseline = [5, 12, 19, 26].map((day) =>
      drugs(`2026-10-${String(day).padStart(2, '0')}T09:00:00Z`),
    );
    const earlier = [
      '2026-11-02T09:00:00Z',
      '2026-11-09T09:00:00Z',
      '2026-11-16T09:00:00Z',
      '2026-11-17T09:00:00Z',
    ].map(drugs);
    const lastYear = [drugs('2025-11-25T12:00:00Z')];
    const reported = await reportIncidents(deps, reporter, {
      events: [...week48, ...baseline, ...moreBaseline, ...earlier, ...lastYear],
    });
    const duplicate = reported.incidents[9]?.id ?? '';
    await reviewIncident(deps, coordinator, duplicate, {
      decision: 'duplicate',
      duplicateOfId: reported.incidents[0]?.id ?? '',
    });
  });

  it('counts the week per district and category against the baseline and last year', async () => {
    const picture = await getSituationPicture(deps, analyst, {
      periodKind: 'week',
      periodKey: '2026-W48',
      locale: 'sv',
    });
    expect(picture.period).toMatchObject({ key: '2026-W48', from: '2026-11-22T23:00:00.000Z' });
    expect(picture.previousPeriod.key).toBe('2026-W47');
    expect(picture.lastYearPeriod?.key).toBe('2025-W48');

    const skogas = picture.rows.find(
      (row) =>
        row.districtId === huddinge.districtIds['Skogås'] &&
        row.categoryCode === 'suspected_drug_dealing',
    );
    // 13 reports in weeks 40–47: 2026-10-02 (W40) … 2026-11-17 (W47); W48 has 9 counting.
    expect(skogas).toMatchObject({ count: 9, previousCount: 2, lastYearCount: 1 });
    expect(skogas?.baselineMean).toBeCloseTo(13 / 8, 10);
    const whole = picture.rows.find(
      (row) => row.districtId === null && row.categoryCode === 'suspected_drug_dealing',
    );
    expect(whole?.count).toBe(9);
  });

  it('names the largest change in words a meeting can read aloud', async () => {
    const picture = await getSituationPicture(deps, analyst, {
      periodKind: 'week',
      periodKey: '2026-W48',
      locale: 'sv',
    });
    expect(picture.largestChanges[0]?.sentence).toBe(
      'Misstänkt narkotikahantering i Skogås: 9 händelser mot i snitt 1,6 de senaste 8 veckorna.',
    );
  });

  it('shows when in the week things happen, in Swedish time', async () => {
    const picture = await getSituationPicture(deps, analyst, {
      periodKind: 'week',
      periodKey: '2026-W48',
      locale: 'en',
    });
    const friday = picture.weekdayHour[4] ?? [];
    expect(friday[11]).toBe(1); // 10.05 UTC is 11.05 in Stockholm
    expect(friday.reduce((sum, value) => (sum ?? 0) + (value ?? 0), 0)).toBe(9);
  });

  it('hides from a viewer every count under 3 and every figure that would reveal one', async () => {
    const picture = await getSituationPicture(deps, viewer, {
      periodKind: 'week',
      periodKey: '2026-W48',
      locale: 'sv',
    });
    expect(picture.hasSmallCountsHidden).toBe(true);
    const skogas = picture.rows.find(
      (row) =>
        row.districtId === huddinge.districtIds['Skogås'] &&
        row.categoryCode === 'suspected_drug_dealing',
    );
    expect(skogas).toMatchObject({
      count: 9,
      previousCount: null,
      changeFromPrevious: null,
      lastYearCount: null,
    });
    expect(skogas?.baselineMean).toBeCloseTo(13 / 8, 10);
    // Friday 11.05 had one incident: hidden; the table has no cell under 3 left.
    expect(picture.weekdayHour[4]?.[11]).toBeNull();
    expect(picture.weekdayHour.flat().filter((value) => value === 1 || value === 2)).toEqual([]);
    expect(picture.largestChanges[0]?.sentence).toMatch(
      /^Misstänkt narkotikahantering i Skogås: 9/,
    );
  });

  it("widens a viewer's one-day custom period to whole weeks, so a day is never singled out", async () => {
    const picture = await getSituationPicture(deps, viewer, {
      periodKind: 'custom',
      periodKey: '2026-11-17..2026-11-17',
      locale: 'sv',
    });
    expect(picture.period.key).toBe('2026-11-16..2026-11-22');
    const counts = picture.rows.map((row) => row.count);
    expect(counts.filter((count) => count === 1 || count === 2)).toEqual([]);
    const forAnalyst = await getSituationPicture(deps, analyst, {
      periodKind: 'custom',
      periodKey: '2026-11-17..2026-11-17',
      locale: 'sv',
    });
    expect(forAnalyst.period.key).toBe('2026-11-17..2026-11-17');
    expect(forAnalyst.rows.some((row) => row.count === 1)).toBe(true);
  });

  it('refuses a period that does not exist', async () => {
    await expect(
      getSituationPicture(deps, viewer, {
        periodKind: 'week',
        periodKey: '2025-W53',
        locale: 'sv',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
