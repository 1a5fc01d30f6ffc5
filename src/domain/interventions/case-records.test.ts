import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  actorFor,
  makeMunicipality,
  makeOrganisation,
  testDeps,
} from '../../../test/support/factories.js';
import { makeSigWorld, personnummerFor } from '../../../test/support/interventions.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { addCaseNote } from './add-note.js';
import { closeInterventionCase } from './close-case.js';
import { createProgramme } from './create-programme.js';
import { getInterventionCase } from './get-case.js';
import { listDueCaseFollowUps } from './list-due-follow-ups.js';
import { listProgrammes } from './list-programmes.js';
import { openInterventionCase } from './open-case.js';
import { recordConsent } from './record-consent.js';
import { recordDisclosure } from './record-disclosure.js';
import { savePlanItem } from './save-plan-item.js';
import { withdrawConsent } from './withdraw-consent.js';

const codeOf = (error: unknown) => (error instanceof DomainError ? error.code : String(error));
const problemsOf = (error: unknown) =>
  error instanceof DomainError ? (error.details?.problems as Record<string, string>) : {};

describeEachDialect("a case's records", (database, dialect) => {
  let deps: Deps;
  let world: Awaited<ReturnType<typeof makeSigWorld>>;
  const now = new Date('2026-03-02T08:00:00Z');

  beforeAll(async () => {
    deps = testDeps(database(), { clock: () => now });
    const organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    world = await makeSigWorld(deps, organisation);
  });

  it('refuses an identity number with a wrong check digit, a number for a protected identity and a minor without guardian', async () => {
    const wrong = `${world.number.slice(0, 11)}${(Number(world.number[11]) + 1) % 10}`;
    const error = await openInterventionCase(deps, actorFor(world.assigned), {
      programmeId: world.programme.id,
      identity: { kind: 'personnummer', number: wrong, name: 'Syntetisk', guardians: [] },
      ageGroup: '15_17',
    }).catch((caught) => caught);
    expect(codeOf(error)).toBe('CASE_INVALID');
    expect(problemsOf(error)).toEqual({
      'identity.number': 'invalid',
      'identity.guardians': 'required_for_minor',
    });
    const protectedWithNumber = await openInterventionCase(deps, actorFor(world.assigned), {
      programmeId: world.programme.id,
      identity: { kind: 'protected', number: world.number, name: 'Skyddad' },
      ageGroup: '21_and_over',
    }).catch((caught) => caught);
    expect(problemsOf(protectedWithNumber)).toEqual({
      'identity.number': 'not_for_protected_identity',
    });
  });

  it('opens a case with a protected identity that has no number', async () => {
    const opened = await openInterventionCase(deps, actorFor(world.assigned), {
      programmeId: world.programme.id,
      identity: { kind: 'protected', name: 'Skyddad person' },
      ageGroup: '21_and_over',
    });
    expect(opened.identity).toEqual({
      kind: 'protected',
      number: null,
      name: 'Skyddad person',
      guardians: [],
    });
  });

  it("records a disclosure to the police under the guardian's and the minor's consent, and refuses one to the school", async () => {
    const caseworker = actorFor(world.assigned);
    const caseId = world.minorCase.id;
    const consentInput = {
      agency: 'police' as const,
      givenOn: '2026-02-01',
      expiresOn: '2027-02-01',
    };
    await recordConsent(deps, caseworker, caseId, { ...consentInput, givenBy: 'participant' });
    await expect(
      recordDisclosure(deps, caseworker, caseId, {
        recipientAgency: 'police',
        legalGround: 'consent',
        what: 'Uppgifter om planens insatser',
      }),
    ).rejects.toSatisfy((error) => codeOf(error) === 'CONSENT_NOT_COVERING');
    const guardian = await recordConsent(deps, caseworker, caseId, {
      ...consentInput,
      givenBy: 'guardian',
      scope: 'Planen och dess uppföljning',
    });
    const disclosure = await recordDisclosure(deps, caseworker, caseId, {
      recipientAgency: 'police',
      legalGround: 'consent',
      what: 'Uppgifter om planens insatser',
    });
    expect(disclosure).toMatchObject({
      consentId: guardian.id,
      what: 'Uppgifter om planens insatser',
    });
    await expect(
      recordDisclosure(deps, caseworker, caseId, {
        recipientAgency: 'school',
        legalGround: 'consent',
        what: 'Närvaro',
      }),
    ).rejects.toSatisfy((error) => codeOf(error) === 'CONSENT_NOT_COVERING');

    const denied = await deps.store.audit.list(world.programme.municipalityId, {
      action: 'intervention.disclosure_record',
      outcome: 'denied',
      limit: 10,
    });
    expect(denied.map((entry) => entry.details?.recipientAgency).sort()).toEqual([
      'police',
      'school',
    ]);

    await withdrawConsent(deps, caseworker, caseId, guardian.id);
    await expect(
      recordDisclosure(deps, caseworker, caseId, {
        recipientAgency: 'police',
        legalGround: 'consent',
        what: 'Mer',
      }),
    ).rejects.toSatisfy((error) => codeOf(error) === 'CONSENT_NOT_COVERING');
    // The 2013 rule still lets social services tell the police about someone under 21.
    const byLaw = await recordDisclosure(deps, caseworker, caseId, {
      recipientAgency: 'police',
      legalGround: 'osl_10_18a',
      what: 'Oro för brott',
    });
    expect(byLaw.consentId).toBeNull();
    const read = await getInterventionCase(deps, caseworker, caseId);
    expect(read.disclosures).toHaveLength(2);
    expect(read.consents.find((one) => one.id === guardian.id)?.withdrawnAt).toBe(
      now.toISOString(),
    );
  });

  it("writes an individual plan whose follow-ups reach the assigned caseworker's tasks, and no one else's", async () => {
    const caseworker = actorFor(world.assigned);
    const caseId = world.minorCase.id;
    const goal = await savePlanItem(deps, caseworker, caseId, {
      kind: 'goal',
      text: 'Fullföljd termin',
    });
    await savePlanItem(deps, caseworker, caseId, {
      kind: 'intervention',
      text: 'Läxhjälp två gånger i veckan',
      responsible: 'Skolan',
      dueOn: '2026-06-15',
      followUpOn: '2026-03-10',
    });
    await savePlanItem(deps, caseworker, caseId, {
      kind: 'intervention',
      text: 'Fritidsaktivitet',
      responsible: 'Fritidsgården',
      dueOn: '2026-05-01',
      followUpOn: '2026-09-01',
    });
    await addCaseNote(deps, caseworker, caseId, { text: 'Första mötet hölls.' });
    const due = await listDueCaseFollowUps(deps, caseworker);
    expect(due.map((item) => item.followUpOn)).toEqual(['2026-03-10']);
    expect(await listDueCaseFollowUps(deps, actorFor(world.colleague))).toEqual([]);
    expect(await listDueCaseFollowUps(deps, actorFor(world.coordinator))).toEqual([]);
    const metGoal = await savePlanItem(deps, caseworker, caseId, {
      planItemId: goal.id,
      status: 'met',
    });
    expect(metGoal).toMatchObject({ text: 'Fullföljd termin', status: 'met' });
    await expect(
      savePlanItem(deps, caseworker, caseId, { planItemId: goal.id, status: 'done' }),
    ).rejects.toSatisfy((error) => codeOf(error) === 'CASE_INVALID');
  });

  it('shows coordinators counts below 5 as suppressed, including a difference that would reveal one', async () => {
    const big = await createProgramme(deps, actorFor(world.coordinator), {
      kind: 'sig',
      name: 'SIG stor',
      ownerUserId: world.owner.id,
    });
    for (let index = 0; index < 7; index++) {
      const opened = await openInterventionCase(deps, actorFor(world.assigned), {
        programmeId: big.id,
        identity: {
          kind: 'personnummer',
          number: personnummerFor('20050101', String(100 + index)),
          name: `Syntetisk ${index}`,
        },
        ageGroup: '18_20',
        openedOn: '2025-05-01',
        isSynthetic: true,
      });
      if (index < 2) {
        await closeInterventionCase(deps, actorFor(world.assigned), opened.id, {
          closingReason: 'goals_met',
        });
      }
    }
    const programmes = await listProgrammes(deps, actorFor(world.coordinator));
    const aggregates = programmes.find((programme) => programme.id === big.id)!.aggregates;
    expect(aggregates.participants).toEqual({ value: 7, isSuppressed: false });
    // 2 closed is suppressed; 5 open would reveal it as 7 - 5, so it is hidden too.
    expect(aggregates.closed).toEqual({ value: null, isSuppressed: true });
    expect(aggregates.open).toEqual({ value: null, isSuppressed: true });
    const small = programmes.find((programme) => programme.id === world.programme.id)!.aggregates;
    expect(small.participants.isSuppressed).toBe(true);
    expect(JSON.stringify(programmes)).not.toContain('Syntetisk');
  });

  it('refuses a team as a programme for participants, and a team without school level', async () => {
    const coordinator = actorFor(world.coordinator);
    const noLevel = await createProgramme(deps, coordinator, {
      kind: 'team',
      name: 'Samkraft',
    }).catch((caught) => caught);
    expect(problemsOf(noLevel)).toEqual({ schoolLevel: 'required_for_team' });
    const dormant = await createProgramme(deps, coordinator, {
      kind: 'team',
      name: 'Samkraft Högstadiet',
      schoolLevel: 'compulsory',
      status: 'dormant',
      plannedRestartOn: '2026-08-15',
      staffMembers: [{ name: 'Anna Lärare', role: 'Lärare' }],
    });
    const opened = await openInterventionCase(deps, actorFor(world.assigned), {
      programmeId: dormant.id,
      identity: { kind: 'protected', name: 'X' },
      ageGroup: '21_and_over',
    }).catch((caught) => caught);
    expect(problemsOf(opened)).toEqual({ programmeId: 'team_has_no_participants' });
  });

  it('keeps no personnummer, name or note in clear text anywhere in the database', async () => {
    const needles = [world.number, world.number.slice(2), 'Syntetisk Testperson', 'Första mötet'];
    if (dialect === 'sqlite') {
      const { sqlite, sqlitePath } = database();
      sqlite!.pragma('wal_checkpoint(TRUNCATE)');
      const bytes = readFileSync(sqlitePath!).toString('latin1');
      const text = readFileSync(sqlitePath!).toString('utf8');
      for (const needle of needles) {
        expect(bytes.includes(needle) || text.includes(needle)).toBe(false);
      }
    } else {
      const { db } = database();
      const tables = await sql<{ tablename: string }>`
        select tablename from pg_tables where schemaname = 'public'`.execute(db);
      for (const { tablename } of tables.rows) {
        const rows = await sql<{ row: string }>`
          select t::text as row from ${sql.table(tablename)} t`.execute(db);
        const dump = rows.rows.map((row) => row.row).join('\n');
        for (const needle of needles) expect(dump.includes(needle)).toBe(false);
      }
    }
    // And yet the case reads back whole.
    const read = await getInterventionCase(deps, actorFor(world.assigned), world.minorCase.id);
    expect(read.identity?.name).toBe('Syntetisk Testperson');
  });
});
