import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  actorFor,
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../../../test/support/factories.js';
import { makeSigWorld } from '../../../test/support/interventions.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { getInterventionCase } from './get-case.js';
import { listCaseAccessLog } from './list-case-access-log.js';
import { listEmergencyAccessReviews } from './list-emergency-access-reviews.js';
import { listMyInterventionCases } from './list-my-cases.js';
import { requestEmergencyAccess } from './request-emergency-access.js';
import { reviewEmergencyAccess } from './review-emergency-access.js';
import { searchInterventionCases } from './search-cases.js';

const codeOf = (error: unknown) => (error instanceof DomainError ? error.code : String(error));

describeEachDialect('who may read a case', (database) => {
  let deps: Deps;
  let world: Awaited<ReturnType<typeof makeSigWorld>>;
  let now = new Date('2026-03-02T08:00:00Z');

  beforeAll(async () => {
    deps = testDeps(database(), { clock: () => now });
    const organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    world = await makeSigWorld(deps, organisation);
  });

  it('lets the assigned caseworker and the programme owner read the case, each read audited with how', async () => {
    const read = await getInterventionCase(deps, actorFor(world.assigned), world.minorCase.id);
    expect(read.identity?.number).toBe(world.number);
    expect(read.via).toBe('assignment');
    const owned = await getInterventionCase(deps, actorFor(world.owner), world.minorCase.id);
    expect(owned.via).toBe('programme_owner');
    const log = await listCaseAccessLog(deps, actorFor(world.assigned), world.minorCase.id);
    const reads = log.filter((entry) => entry.action === 'intervention.case_read');
    expect(reads.map((entry) => entry.via).sort()).toEqual(['assignment', 'programme_owner']);
  });

  it('answers a caseworker who is not assigned exactly as for a case that does not exist', async () => {
    const colleague = actorFor(world.colleague);
    const theirs = await getInterventionCase(deps, colleague, world.minorCase.id).catch((e) => e);
    const missing = await getInterventionCase(deps, colleague, crypto.randomUUID()).catch((e) => e);
    expect(codeOf(theirs)).toBe('NOT_FOUND');
    expect(theirs.message).toBe(missing.message);
    expect((await listMyInterventionCases(deps, colleague)).map((one) => one.id)).toEqual([]);
  });

  it('refuses a coordinator before anything is read, and hides the case from another municipality', async () => {
    await expect(
      getInterventionCase(deps, actorFor(world.coordinator), world.minorCase.id),
    ).rejects.toSatisfy((error) => codeOf(error) === 'FORBIDDEN');
    const elsewhere = await makeOrganisation(deps, (await makeMunicipality(deps, 'Annan')).id);
    const stranger = actorFor(await makeUser(deps, elsewhere, ['caseworker']));
    await expect(getInterventionCase(deps, stranger, world.minorCase.id)).rejects.toSatisfy(
      (error) => codeOf(error) === 'NOT_FOUND',
    );
    await expect(
      requestEmergencyAccess(deps, stranger, world.minorCase.id, { reason: 'Täcker semester' }),
    ).rejects.toSatisfy((error) => codeOf(error) === 'NOT_FOUND');
    const hits = await searchInterventionCases(deps, stranger, {
      kind: 'personnummer',
      number: world.number,
    });
    expect(hits).toEqual([]);
  });

  it('opens the case by nödåtkomst with a reason, for a limited time, on the owner review list', async () => {
    const colleague = actorFor(world.colleague);
    const [hit] = await searchInterventionCases(deps, colleague, {
      kind: 'personnummer',
      number: world.number,
    });
    expect(hit).toEqual({
      caseId: world.minorCase.id,
      programmeId: world.programme.id,
      isReadable: false,
    });
    await expect(
      requestEmergencyAccess(deps, colleague, world.minorCase.id, { reason: 'kort' }),
    ).rejects.toSatisfy((error) => codeOf(error) === 'CASE_INVALID');
    const granted = await requestEmergencyAccess(deps, colleague, world.minorCase.id, {
      reason: 'Täcker för ordinarie handläggare under semestern',
    });
    const read = await getInterventionCase(deps, colleague, world.minorCase.id);
    expect(read.via).toBe('emergency_access');
    // The emergency reader sees the case, not its access log.
    await expect(listCaseAccessLog(deps, colleague, world.minorCase.id)).rejects.toSatisfy(
      (error) => codeOf(error) === 'NOT_FOUND',
    );

    const reviews = await listEmergencyAccessReviews(deps, actorFor(world.owner));
    expect(reviews).toMatchObject([
      {
        id: granted.id,
        userDisplayName: 'Kollega',
        reason: 'Täcker för ordinarie handläggare under semestern',
        reviewedAt: null,
      },
    ]);
    expect(await listEmergencyAccessReviews(deps, actorFor(world.assigned))).toEqual([]);
    await expect(
      reviewEmergencyAccess(deps, actorFor(world.assigned), granted.id),
    ).rejects.toSatisfy((error) => codeOf(error) === 'NOT_FOUND');
    const reviewed = await reviewEmergencyAccess(deps, actorFor(world.owner), granted.id);
    expect(reviewed.reviewedAt).toBe(now.toISOString());

    const log = await listCaseAccessLog(deps, actorFor(world.owner), world.minorCase.id);
    expect(log.map((entry) => entry.action)).toContain('intervention.emergency_access');
    expect(log.some((entry) => entry.via === 'emergency_access')).toBe(true);

    now = new Date(now.getTime() + 25 * 3_600_000);
    await expect(getInterventionCase(deps, colleague, world.minorCase.id)).rejects.toSatisfy(
      (error) => codeOf(error) === 'NOT_FOUND',
    );
  });
});
