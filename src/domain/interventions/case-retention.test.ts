import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  actorFor,
  makeMunicipality,
  makeOrganisation,
  testDeps,
} from '../../../test/support/factories.js';
import { makeSigWorld } from '../../../test/support/interventions.js';
import { applyRetention } from '../retention/apply-retention.js';
import type { Deps } from '../deps.js';
import { addCaseNote } from './add-note.js';
import { closeInterventionCase } from './close-case.js';
import { getInterventionCase } from './get-case.js';
import { listProgrammes } from './list-programmes.js';
import { savePlanItem } from './save-plan-item.js';

describeEachDialect('retention of case records', (database) => {
  let deps: Deps;
  let world: Awaited<ReturnType<typeof makeSigWorld>>;
  let now = new Date('2020-03-02T08:00:00Z');

  beforeAll(async () => {
    deps = testDeps(database(), {
      clock: () => now,
      retention: { incidentTextMonths: 0, signalTextMonths: 0, caseRecordsMonths: 60 },
    });
    const organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    world = await makeSigWorld(deps, organisation);
    const caseworker = actorFor(world.assigned);
    await savePlanItem(deps, caseworker, world.minorCase.id, { kind: 'goal', text: 'Skola' });
    const [goal] = (await getInterventionCase(deps, caseworker, world.minorCase.id)).planItems;
    await savePlanItem(deps, caseworker, world.minorCase.id, {
      planItemId: goal!.id,
      status: 'met',
    });
    await addCaseNote(deps, caseworker, world.minorCase.id, { text: 'Avslutande samtal.' });
    await closeInterventionCase(deps, caseworker, world.minorCase.id, {
      closingReason: 'goals_met',
    });
  });

  it('keeps a closed case whole until its retention has run out', async () => {
    now = new Date('2024-12-31T08:00:00Z');
    expect((await applyRetention(deps)).caseRecords).toBe(0);
    const read = await getInterventionCase(deps, actorFor(world.assigned), world.minorCase.id);
    expect(read.identity?.name).toBe('Syntetisk Testperson');
  });

  it('erases identity, notes and texts five years after closing, with a counts-only audit entry, and keeps the aggregates', async () => {
    const before = (await listProgrammes(deps, actorFor(world.coordinator)))[0]!.aggregates;
    now = new Date('2025-03-03T08:00:00Z');
    expect((await applyRetention(deps)).caseRecords).toBe(1);
    const read = await getInterventionCase(deps, actorFor(world.assigned), world.minorCase.id);
    expect(read).toMatchObject({ identity: null, notes: [], erasedAt: now.toISOString() });
    expect(read.planItems).toMatchObject([{ kind: 'goal', status: 'met', text: null }]);
    expect(
      await deps.store.interventions.findCasesBySearchHash(
        world.programme.municipalityId,
        deps.caseCipher!.searchHash(world.number),
      ),
    ).toEqual([]);
    const [entry] = await deps.store.audit.list(world.programme.municipalityId, {
      action: 'retention.apply_case_records',
      limit: 5,
    });
    expect(entry?.details).toEqual({
      via: 'job',
      cases: 1,
      notes: 1,
      planItems: 1,
      disclosures: 0,
      consents: 0,
      emergencyAccesses: 0,
      closedBefore: '2020-03-03',
    });
    const after = (await listProgrammes(deps, actorFor(world.coordinator)))[0]!.aggregates;
    expect(after).toEqual(before);
    expect((await applyRetention(deps)).caseRecords).toBe(0);
  });
});
