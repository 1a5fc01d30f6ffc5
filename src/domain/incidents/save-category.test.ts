import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testDeps } from '../../../test/support/factories.js';
import { seedHuddinge, type Huddinge } from '../../../test/support/huddinge.js';
import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { getIncident } from './get-incident.js';
import { reportIncidents } from './report-incidents.js';
import { addCategory, updateCategory } from './save-category.js';

describeEachDialect('the taxonomy of a municipality', (database) => {
  let deps: Deps;
  let huddinge: Huddinge;
  let coordinator: Actor;
  let reporter: Actor;

  beforeAll(async () => {
    deps = testDeps(database());
    huddinge = await seedHuddinge(deps);
    coordinator = await huddinge.actor('administration', ['coordinator']);
    reporter = await huddinge.actor('housing', ['reporter']);
  });

  it('adds a category of its own that reporters can use at once', async () => {
    await addCategory(deps, coordinator, {
      code: 'e_scooter_parking',
      labelSv: 'Felparkerade elsparkcyklar',
      labelEn: 'Badly parked e-scooters',
      group: 'order_and_environment',
      isOrganizedCrimeSignal: false,
      sortOrder: 500,
    });
    const reported = await reportIncidents(deps, reporter, {
      events: [
        {
          districtId: huddinge.districtIds['Vårby'],
          categoryCode: 'e_scooter_parking',
          description: 'Tio sparkcyklar i buskarna.',
        },
      ],
    });
    expect(reported.incidents[0]?.categoryCode).toBe('e_scooter_parking');
    await expect(
      addCategory(deps, coordinator, {
        code: 'graffiti',
        labelSv: 'x',
        labelEn: 'x',
        group: 'property',
        isOrganizedCrimeSignal: false,
        sortOrder: 1,
      }),
    ).rejects.toMatchObject({ code: 'CATEGORY_CODE_TAKEN' });
  });

  it('retires a category: no new reports, but old incidents keep it; and brings it back', async () => {
    const earlier = await reportIncidents(deps, reporter, {
      events: [
        {
          districtId: huddinge.districtIds['Skogås'],
          categoryCode: 'social_media_rumours',
          description: 'Rykte om bråk.',
        },
      ],
    });
    const retired = await updateCategory(deps, coordinator, 'social_media_rumours', {
      isRetired: true,
      labelEn: 'Rumours online',
    });
    expect(retired.retiredAt).not.toBeNull();
    expect(retired.labelEn).toBe('Rumours online');
    await expect(
      reportIncidents(deps, reporter, {
        events: [
          {
            districtId: huddinge.districtIds['Skogås'],
            categoryCode: 'social_media_rumours',
            description: 'x',
          },
        ],
      }),
    ).rejects.toMatchObject({
      code: 'INCIDENT_INVALID',
      details: { problems: [expect.objectContaining({ problem: 'category_retired' })] },
    });
    expect(await getIncident(deps, coordinator, earlier.incidents[0]?.id ?? '')).toMatchObject({
      categoryCode: 'social_media_rumours',
    });
    expect(
      (await updateCategory(deps, coordinator, 'social_media_rumours', { isRetired: false }))
        .retiredAt,
    ).toBeNull();
  });

  it('lets only admins and coordinators change it, and only their own', async () => {
    await expect(
      updateCategory(deps, reporter, 'graffiti', { labelSv: 'Klotter!' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      updateCategory(deps, coordinator, 'no_such_code', { labelSv: 'x' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
