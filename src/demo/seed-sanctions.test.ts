import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { testDeps } from '../../test/support/factories.js';
import { storeInTransaction } from '../domain/deps.js';
import { createSanctionsScreening } from '../integrations/opensanctions/sanctions-screening.js';
import { seedSanctions } from './seed-sanctions.js';

describeEachDialect('the demo sanctions lists', (database) => {
  it('loads the OpenSanctions sample inside the seed transaction, and screening finds the planted match', async () => {
    const deps = testDeps(database());
    await deps.store.transaction((repositories) =>
      seedSanctions({ ...deps, store: storeInTransaction(repositories) }),
    );
    const screening = createSanctionsScreening(deps.store.sanctionsLists);
    expect((await screening.describeLists()).map((list) => list.dataset)).toEqual([
      'eu_fsf_sample',
      'zala_cluster',
    ]);
    const [match] = await screening.screen([
      {
        key: 'supplier',
        kind: 'organisation',
        name: 'Aeroscan AB',
        identifiers: ['5594123456'],
        birthDate: null,
        addresses: ['Kungsgatan 8, 111 43 Stockholm'],
        countries: ['se'],
      },
    ]);
    expect(match?.entityId).toBe('NK-iE6m5ryPeTAMZozfECVSL7');
  });
});
