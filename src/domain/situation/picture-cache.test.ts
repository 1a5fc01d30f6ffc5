import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testClock, testDeps } from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { reportIncidents, type ReportedEvent } from '../incidents/report-incidents.js';
import { reviewIncident } from '../incidents/review-incident.js';
import { updateCategory } from '../incidents/save-category.js';
import { getSituationPicture } from './get-situation-picture.js';
import type { SituationPicture } from './situation-picture.js';
import { PictureCache } from './picture-cache.js';

const inSkogas = { longitude: 18.151957, latitude: 59.217194 };
const week48 = { periodKind: 'week', periodKey: '2026-W48', locale: 'sv' } as const;

const vandalism = (occurredAt: string): ReportedEvent => ({
  point: inSkogas,
  occurredAt,
  categoryCode: 'vandalism',
  description: 'Krossad ruta.',
});

const wholeMunicipalityCount = (picture: SituationPicture) =>
  picture.rows.find((row) => row.districtId === null && row.categoryCode === 'vandalism')?.count ??
  0;

/**
 * Two server processes on one database, each with a cache of its own: what one writes, the
 * other's next picture shows, because every write raises the version the cache is keyed by.
 */
describeEachDialect('the cached situation picture', (database) => {
  let first: Deps;
  let second: Deps;
  let huddinge: Huddinge;
  let analyst: Actor;
  let reporter: Actor;
  let coordinator: Actor;

  beforeAll(async () => {
    const clock = testClock('2026-11-28T12:00:00Z');
    first = testDeps(database(), { clock, pictureCache: new PictureCache() });
    second = testDeps(database(), { clock, pictureCache: new PictureCache() });
    huddinge = await seedHuddinge(first);
    analyst = await huddinge.actor('administration', ['analyst']);
    reporter = await huddinge.actor('housing', ['reporter']);
    coordinator = await huddinge.actor('administration', ['coordinator']);
    await reportIncidents(first, reporter, { events: [vandalism('2026-11-24T10:00:00Z')] });
  });

  it('answers a repeated request from the cache while nothing changed', async () => {
    const before = await getSituationPicture(first, analyst, week48);
    const again = await getSituationPicture(first, analyst, week48);
    expect(again).toBe(before);
    expect(wholeMunicipalityCount(again)).toBe(1);
  });

  it("shows another process's report at once", async () => {
    await getSituationPicture(first, analyst, week48);
    await reportIncidents(second, reporter, { events: [vandalism('2026-11-25T10:00:00Z')] });
    expect(wholeMunicipalityCount(await getSituationPicture(first, analyst, week48))).toBe(2);
  });

  it('shows a review that stops an incident counting', async () => {
    const reported = await reportIncidents(second, reporter, {
      events: [vandalism('2026-11-26T10:00:00Z')],
    });
    expect(wholeMunicipalityCount(await getSituationPicture(first, analyst, week48))).toBe(3);
    const [incident] = reported.incidents;
    await reviewIncident(second, coordinator, incident?.id ?? '', {
      decision: 'archived',
      reason: 'Felregistrerad.',
    });
    expect(wholeMunicipalityCount(await getSituationPicture(first, analyst, week48))).toBe(2);
  });

  it('words the changes with a relabelled category', async () => {
    await reportIncidents(second, reporter, {
      events: Array.from({ length: 6 }, (_, index) => vandalism(`2026-11-27T1${index}:00:00Z`)),
    });
    const before = await getSituationPicture(first, analyst, week48);
    expect(before.largestChanges.map((change) => change.sentence).join(' ')).not.toContain(
      'Skadegörelse på lekplatser',
    );
    await updateCategory(second, coordinator, 'vandalism', {
      labelSv: 'Skadegörelse på lekplatser',
    });
    const after = await getSituationPicture(first, analyst, week48);
    expect(after.largestChanges.map((change) => change.sentence).join(' ')).toContain(
      'Skadegörelse på lekplatser',
    );
  });

  it('keeps pictures apart by language and period', async () => {
    const swedish = await getSituationPicture(first, analyst, week48);
    const english = await getSituationPicture(first, analyst, { ...week48, locale: 'en' });
    const week47 = await getSituationPicture(first, analyst, { ...week48, periodKey: '2026-W47' });
    expect(english).not.toBe(swedish);
    expect(week47.period.key).toBe('2026-W47');
  });

  it("leaves an earlier week's cached picture as it was when a report falls in a later week", async () => {
    const week30 = { ...week48, periodKey: '2026-W30' };
    const before = await getSituationPicture(first, analyst, week30);
    const counted = wholeMunicipalityCount(await getSituationPicture(first, analyst, week48));
    await reportIncidents(second, reporter, { events: [vandalism('2026-11-27T08:00:00Z')] });
    // The same object: answered from the cache, not computed again.
    expect(await getSituationPicture(first, analyst, week30)).toBe(before);
    expect(wholeMunicipalityCount(await getSituationPicture(first, analyst, week48))).toBe(
      counted + 1,
    );
  });

  it('computes a cached picture again when a report falls in a week it reads', async () => {
    const week49 = { ...week48, periodKey: '2026-W49' };
    const before = await getSituationPicture(first, analyst, week49);
    // Week 48 is week 49's previous period.
    await reportIncidents(second, reporter, { events: [vandalism('2026-11-27T09:00:00Z')] });
    const after = await getSituationPicture(first, analyst, week49);
    expect(after).not.toBe(before);
    expect(after.rows).not.toEqual(before.rows);
  });
});

describe('PictureCache', () => {
  it('forgets the least recently used entry first', () => {
    const cache = new PictureCache<string>(2);
    cache.set('a', 'A');
    cache.set('b', 'B');
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.get('c')).toBe('C');
    expect(cache.size).toBe(2);
  });
});
