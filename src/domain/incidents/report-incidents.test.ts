import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  actorFor,
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../../test/support/factories.js';
import { seedHuddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import type { District } from '../municipalities/municipality.js';
import { reportIncidents } from './report-incidents.js';

const inSkogas = { longitude: 18.151957, latitude: 59.217194 };
const nearHuddingeCentrum = { longitude: 17.9818, latitude: 59.2367 };

describeEachDialect('reporting incidents', (database) => {
  let deps: Deps;
  let reporter: Actor;
  let coordinator: Actor;
  let viewer: Actor;
  let districts: Map<string, District>;

  const countIncidents = async () =>
    Number(
      (
        await database()
          .db.selectFrom('incidents')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow()
      ).count,
    );

  beforeAll(async () => {
    deps = testDeps(database());
    const huddinge = await seedHuddinge(deps);
    reporter = await huddinge.actor('housing', ['reporter']);
    coordinator = await huddinge.actor('administration', ['coordinator']);
    viewer = await huddinge.actor('administration', ['viewer']);
    districts = new Map(
      (await deps.store.municipalities.listDistricts(huddinge.municipalityId)).map((district) => [
        district.name,
        district,
      ]),
    );
  });

  it('files several events in one report, each placed in the districts that hold it', async () => {
    const vårby = districts.get('Vårby');
    const result = await reportIncidents(deps, reporter, {
      events: [
        {
          point: inSkogas,
          categoryCode: 'graffiti',
          severity: 2,
          unsafety: 3,
          description: 'Nytt klotter på gångtunneln vid centrum.',
        },
        {
          districtId: vårby?.id,
          categoryCode: 'littering',
          description: 'Mycket skräp efter helgen.',
          peopleCount: 0,
        },
        {
          address: 'Kommunalvägen 28',
          categoryCode: 'unsafe_place',
          description: 'Trasig belysning.',
        },
      ],
    });
    expect(result.isRepeat).toBe(false);
    const [graffiti, littering, lighting] = result.incidents;
    expect(graffiti?.districtIds).toEqual([districts.get('Skogås')?.id]);
    expect(graffiti?.location.precision).toBe('point');
    expect(littering).toMatchObject({
      districtIds: [vårby?.id],
      location: { precision: 'district' },
    });
    expect(lighting).toMatchObject({
      districtIds: [],
      location: { precision: 'address', address: 'Kommunalvägen 28' },
    });

    const stored = await deps.store.incidents.findById(reporter.municipalityId, graffiti?.id ?? '');
    expect(stored).toMatchObject({
      categoryCode: 'graffiti',
      severity: 2,
      unsafety: 3,
      status: 'new',
      source: 'manual',
      reporterUserId: reporter.userId,
      organisationId: reporter.organisationId,
      location: { point: inSkogas },
    });
  });

  it('masks personal data in descriptions before saving', async () => {
    const result = await reportIncidents(deps, reporter, {
      events: [
        {
          point: nearHuddingeCentrum,
          categoryCode: 'threats_and_violence',
          description: 'Hotade vakten, ring 070-123 45 67. Han uppgav personnummer 19811218-9876.',
        },
      ],
    });
    const [incident] = result.incidents;
    expect(incident?.description).not.toMatch(/070|9876/);
    expect(incident?.personalDataKinds).toEqual([]);
    expect(result.maskedKinds.sort()).toEqual(['personal_identity_number', 'phone_number']);
    const stored = await deps.store.incidents.findById(reporter.municipalityId, incident?.id ?? '');
    expect(stored?.description).toBe(incident?.description);
  });

  it('keeps personal data only when a role allowed to keep it asks to', async () => {
    const description = 'Kontaktperson nås på 070-123 45 67.';
    const event = {
      point: nearHuddingeCentrum,
      categoryCode: 'incident_against_staff',
      description,
    };
    const byReporter = await reportIncidents(deps, reporter, {
      events: [event],
      isPersonalDataKept: true,
    });
    expect(byReporter.incidents[0]?.description).not.toContain('070-123 45 67');
    const byCoordinator = await reportIncidents(deps, coordinator, {
      events: [event],
      isPersonalDataKept: true,
    });
    expect(byCoordinator.incidents[0]).toMatchObject({
      description,
      personalDataKinds: ['phone_number'],
    });
  });

  it('reports every problem of every event at once and saves nothing', async () => {
    const before = await countIncidents();
    const error = await reportIncidents(deps, reporter, {
      events: [
        { categoryCode: 'graffiti', description: 'ingen plats' },
        { point: inSkogas, categoryCode: 'no_such_category', description: 'x' },
        {
          point: { longitude: 13.0, latitude: 55.6 },
          categoryCode: 'graffiti',
          description: 'i Malmö',
        },
        { districtId: crypto.randomUUID(), categoryCode: 'graffiti', description: 'okänt område' },
        {
          point: inSkogas,
          categoryCode: 'graffiti',
          description: 'framtid',
          occurredAt: '2099-01-01T00:00:00Z',
          occurredUntil: '2098-01-01T00:00:00Z',
        },
      ],
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('INCIDENT_INVALID');
    expect((error as DomainError).details?.problems).toEqual([
      { index: 0, field: 'place', problem: 'place_missing' },
      { index: 1, field: 'categoryCode', problem: 'category_unknown' },
      { index: 2, field: 'point', problem: 'outside_municipality' },
      { index: 3, field: 'districtId', problem: 'district_unknown' },
      { index: 4, field: 'occurredAt', problem: 'time_in_future' },
      { index: 4, field: 'occurredUntil', problem: 'time_order' },
    ]);
    expect(await countIncidents()).toBe(before);
  });

  it('stores a resent report once: the device may send again after a lost answer', async () => {
    const input = {
      clientReference: 'device-7f3a-report-1',
      events: [
        {
          point: inSkogas,
          categoryCode: 'vandalism',
          description: 'Krossad busskurssruta, ring 070-123 45 67.',
        },
      ],
    };
    const first = await reportIncidents(deps, reporter, input);
    const before = await countIncidents();
    const again = await reportIncidents(deps, reporter, input);
    expect(again.isRepeat).toBe(true);
    // The reporter is told again what was masked the first time.
    expect(again.maskedKinds).toEqual(['phone_number']);
    expect(again.reportId).toBe(first.reportId);
    expect(again.incidents.map((incident) => incident.id)).toEqual(
      first.incidents.map((incident) => incident.id),
    );
    expect(await countIncidents()).toBe(before);
  });

  it("refuses roles that do not report, and another municipality's districts", async () => {
    await expect(
      reportIncidents(deps, viewer, {
        events: [{ point: inSkogas, categoryCode: 'graffiti', description: 'x' }],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const elsewhere = await makeMunicipality(deps, 'Annanstans');
    const outsider = actorFor(
      await makeUser(deps, await makeOrganisation(deps, elsewhere.id), ['reporter']),
    );
    await expect(
      reportIncidents(deps, outsider, {
        events: [
          { districtId: districts.get('Skogås')?.id, categoryCode: 'graffiti', description: 'x' },
        ],
      }),
    ).rejects.toMatchObject({ code: 'INCIDENT_INVALID' });
  });
});
