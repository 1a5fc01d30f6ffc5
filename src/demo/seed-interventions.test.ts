import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import {
  actorFor,
  commandLineOperator,
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../test/support/factories.js';
import { listProgrammes } from '../domain/interventions/list-programmes.js';
import { seedInterventions } from './seed-interventions.js';

describeEachDialect("the demo's individual interventions", (database) => {
  it('seeds SIG with 29 synthetic participants and six Samkraft teams, two dormant until the autumn', async () => {
    const deps = testDeps(database());
    const organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    await seedInterventions(deps, commandLineOperator(organisation.municipalityId), '2026-12-08');
    const viewer = actorFor(await makeUser(deps, organisation, ['viewer']));
    const programmes = await listProgrammes(deps, viewer);
    const sig = programmes.find((programme) => programme.kind === 'sig')!;
    expect(sig.isSynthetic).toBe(true);
    expect(sig.aggregates.participants).toEqual({ value: 29, isSuppressed: false });
    // 3 still open: hidden, and so is the closed count that would reveal it.
    expect(sig.aggregates.open.isSuppressed).toBe(true);
    expect(sig.aggregates.closed.isSuppressed).toBe(true);
    const teams = programmes.filter((programme) => programme.kind === 'team');
    expect(teams).toHaveLength(6);
    expect(
      teams.filter((team) => team.status === 'dormant').map((team) => team.plannedRestartOn),
    ).toEqual(['2027-08-15', '2027-08-15']);
  });
});
