import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { testDeps } from '../../../test/support/factories.js';
import { municipalityBoundary } from '../../demo/reference-data.js';
import { importPoliceEventsFile } from '../../integrations/polisen/import-police-events-file.js';
import { commandLineOperator, type Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { createMunicipality } from '../municipalities/create-municipality.js';
import { findPoliceOrganisation } from '../organisations/find-police-organisation.js';
import { listPoliceTypeMappings } from './list-police-type-mappings.js';
import { resetPoliceTypeMapping, setPoliceTypeMapping } from './set-police-type-mapping.js';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/polisen-events');
const archive = JSON.parse(
  readFileSync(join(fixtures, 'events_stockholms_lan.json'), 'utf8'),
) as Record<string, unknown>[];
const events = archive.filter((event) => String(event.name).endsWith(', Botkyrka'));
const drunkDriving = events.filter((event) => event.type === 'Rattfylleri').length;

describeEachDialect('a municipality’s own police type mapping', (database) => {
  let deps: Deps;
  let operator: Actor;

  const importAgain = async () => {
    const { organisation } = await findPoliceOrganisation(deps, operator);
    return importPoliceEventsFile(deps, operator, {
      events,
      bodiesJsonl: null,
      fileName: 'events.json',
      organisationId: organisation.id,
      isSkippingBadRows: false,
    });
  };
  const categoriesOfDrunkDriving = async () =>
    (
      await database()
        .db.selectFrom('incidents')
        .select('category_code')
        .where(
          'source_id',
          'in',
          events.filter((event) => event.type === 'Rattfylleri').map((event) => String(event.id)),
        )
        .execute()
    ).map((row) => row.category_code);

  beforeAll(async () => {
    deps = testDeps(database());
    const reference = await municipalityBoundary('0127');
    const botkyrka = await createMunicipality(deps, {
      code: '0127',
      name: 'Botkyrka',
      boundary: reference?.boundary ?? null,
    });
    operator = commandLineOperator(botkyrka.id);
    await importAgain();
  });

  it('is applied to events imported before when the import runs again, and audited', async () => {
    expect(drunkDriving).toBeGreaterThan(3);
    expect(new Set(await categoriesOfDrunkDriving())).toEqual(new Set(['traffic']));
    await setPoliceTypeMapping(deps, operator, {
      policeType: '  Rattfylleri ',
      categoryCode: 'public_disorder',
    });
    expect(await listPoliceTypeMappings(deps, operator)).toMatchObject([
      { policeType: 'Rattfylleri', categoryCode: 'public_disorder' },
    ]);
    const run = await importAgain();
    expect(run.counts.updated).toBe(drunkDriving);
    expect(new Set(await categoriesOfDrunkDriving())).toEqual(new Set(['public_disorder']));
    const audit = await database()
      .db.selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', '=', 'police_type_mapping.set')
      .execute();
    expect(audit).toEqual([{ action: 'police_type_mapping.set', entity_id: 'Rattfylleri' }]);
  });

  it('goes back to the default when reset, on the next import', async () => {
    await resetPoliceTypeMapping(deps, operator, 'Rattfylleri');
    expect(await listPoliceTypeMappings(deps, operator)).toEqual([]);
    await importAgain();
    expect(new Set(await categoriesOfDrunkDriving())).toEqual(new Set(['traffic']));
  });

  it('refuses a category the municipality does not use, and a reset of nothing', async () => {
    await expect(
      setPoliceTypeMapping(deps, operator, { policeType: 'Brand', categoryCode: 'no_such' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(resetPoliceTypeMapping(deps, operator, 'Brand')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
