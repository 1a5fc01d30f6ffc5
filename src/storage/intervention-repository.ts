import type { Kysely, Selectable } from 'kysely';
import type {
  CaseNote,
  Consent,
  Disclosure,
  EmergencyAccess,
  PlanItem,
  StoredCase,
} from '../domain/interventions/intervention-case.js';
import type {
  CaseErasure,
  EmergencyAccessForReview,
  InterventionRepository,
} from '../domain/interventions/intervention-repository.js';
import type { Programme } from '../domain/interventions/programme.js';
import type {
  InterventionCaseTable,
  InterventionEmergencyAccessTable,
  InterventionProgrammeTable,
  Tables,
} from './tables.js';

const parseList = <T>(json: string): T[] => JSON.parse(json) as T[];

function toProgramme(row: Selectable<InterventionProgrammeTable>): Programme {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    kind: row.kind as Programme['kind'],
    name: row.name,
    description: row.description,
    ownerOrganisationId: row.owner_organisation_id,
    ownerUserId: row.owner_user_id,
    status: row.status as Programme['status'],
    plannedRestartOn: row.planned_restart_on,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    schoolLevel: row.school_level as Programme['schoolLevel'],
    staffMembers: parseList(row.staff_members),
    measureIds: parseList(row.measure_ids),
    effortIds: parseList(row.effort_ids),
    partnerOrganisationIds: parseList(row.partner_organisation_ids),
    isSynthetic: Boolean(row.is_synthetic),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toAccess(row: Selectable<InterventionEmergencyAccessTable>): EmergencyAccess {
  return {
    id: row.id,
    caseId: row.case_id,
    userId: row.user_id,
    reason: row.reason_sealed,
    grantedAt: row.granted_at,
    expiresAt: row.expires_at,
    reviewedAt: row.reviewed_at,
    reviewedByUserId: row.reviewed_by_user_id,
  };
}

/**
 * The repository of programmes and cases: queries only. The text fields of the records it
 * is given and returns (identity, threat, plan texts, notes, disclosures, reasons) hold
 * sealed values; it never sees clear text.
 */
export function createInterventionRepository(db: Kysely<Tables>): InterventionRepository {
  async function withAssignments(rows: Selectable<InterventionCaseTable>[]): Promise<StoredCase[]> {
    if (rows.length === 0) return [];
    const assignments = await db
      .selectFrom('intervention_case_assignments')
      .select(['case_id', 'user_id'])
      .where(
        'case_id',
        'in',
        rows.map((row) => row.id),
      )
      .execute();
    return rows.map((row) => ({
      id: row.id,
      municipalityId: row.municipality_id,
      programmeId: row.programme_id,
      identityKind: row.identity_kind as StoredCase['identityKind'],
      identitySealed: row.identity_sealed,
      identitySearchHash: row.identity_search_hash,
      ageGroup: row.age_group as StoredCase['ageGroup'],
      protectionNeed: row.protection_need as StoredCase['protectionNeed'],
      threatSealed: row.threat_sealed,
      agreementSignedOn: row.agreement_signed_on,
      status: row.status as StoredCase['status'],
      closingReason: row.closing_reason as StoredCase['closingReason'],
      openedOn: row.opened_on,
      closedOn: row.closed_on,
      isSynthetic: Boolean(row.is_synthetic),
      erasedAt: row.erased_at,
      assignedUserIds: assignments
        .filter((assignment) => assignment.case_id === row.id)
        .map((assignment) => assignment.user_id)
        .sort(),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  }

  return {
    async saveProgramme(programme) {
      const row = {
        id: programme.id,
        municipality_id: programme.municipalityId,
        kind: programme.kind,
        name: programme.name,
        description: programme.description,
        owner_organisation_id: programme.ownerOrganisationId,
        owner_user_id: programme.ownerUserId,
        status: programme.status,
        planned_restart_on: programme.plannedRestartOn,
        starts_on: programme.startsOn,
        ends_on: programme.endsOn,
        school_level: programme.schoolLevel,
        staff_members: JSON.stringify(programme.staffMembers),
        measure_ids: JSON.stringify(programme.measureIds),
        effort_ids: JSON.stringify(programme.effortIds),
        partner_organisation_ids: JSON.stringify(programme.partnerOrganisationIds),
        is_synthetic: programme.isSynthetic ? 1 : 0,
        created_at: programme.createdAt,
        updated_at: programme.updatedAt,
      };
      const { id: _id, municipality_id: _municipality, created_at: _created, ...changes } = row;
      await db
        .insertInto('intervention_programmes')
        .values(row)
        .onConflict((conflict) => conflict.column('id').doUpdateSet(changes))
        .execute();
    },

    async findProgramme(municipalityId, id) {
      const row = await db
        .selectFrom('intervention_programmes')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toProgramme(row) : null;
    },

    async listProgrammes(municipalityId) {
      const rows = await db
        .selectFrom('intervention_programmes')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .orderBy('kind')
        .orderBy('name')
        .limit(1000)
        .execute();
      return rows.map(toProgramme);
    },

    async saveCase(stored) {
      const row = {
        id: stored.id,
        municipality_id: stored.municipalityId,
        programme_id: stored.programmeId,
        identity_kind: stored.identityKind,
        identity_sealed: stored.identitySealed,
        identity_search_hash: stored.identitySearchHash,
        age_group: stored.ageGroup,
        protection_need: stored.protectionNeed,
        threat_sealed: stored.threatSealed,
        agreement_signed_on: stored.agreementSignedOn,
        status: stored.status,
        closing_reason: stored.closingReason,
        opened_on: stored.openedOn,
        closed_on: stored.closedOn,
        is_synthetic: stored.isSynthetic ? 1 : 0,
        erased_at: stored.erasedAt,
        created_at: stored.createdAt,
        updated_at: stored.updatedAt,
      };
      const { id: _id, municipality_id: _municipality, created_at: _created, ...changes } = row;
      await db
        .insertInto('intervention_cases')
        .values(row)
        .onConflict((conflict) => conflict.column('id').doUpdateSet(changes))
        .execute();
      await db
        .deleteFrom('intervention_case_assignments')
        .where('case_id', '=', stored.id)
        .execute();
      if (stored.assignedUserIds.length > 0) {
        await db
          .insertInto('intervention_case_assignments')
          .values(stored.assignedUserIds.map((userId) => ({ case_id: stored.id, user_id: userId })))
          .execute();
      }
    },

    async findCase(municipalityId, id) {
      const rows = await db
        .selectFrom('intervention_cases')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .execute();
      return (await withAssignments(rows))[0] ?? null;
    },

    async listCasesOfUser(municipalityId, userId, limit) {
      const rows = await db
        .selectFrom('intervention_cases')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where((where) =>
          where.or([
            where(
              'id',
              'in',
              where
                .selectFrom('intervention_case_assignments')
                .select('case_id')
                .where('user_id', '=', userId),
            ),
            where(
              'programme_id',
              'in',
              where
                .selectFrom('intervention_programmes')
                .select('id')
                .where('owner_user_id', '=', userId),
            ),
          ]),
        )
        .orderBy('opened_on', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return withAssignments(rows);
    },

    async findCasesBySearchHash(municipalityId, hash) {
      const rows = await db
        .selectFrom('intervention_cases')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('identity_search_hash', '=', hash)
        .limit(100)
        .execute();
      return withAssignments(rows);
    },

    async listCaseFacts(municipalityId, programmeIds) {
      if (programmeIds.length === 0) return [];
      const rows = await db
        .selectFrom('intervention_cases')
        .select(['id', 'programme_id', 'status', 'closing_reason', 'opened_on', 'closed_on'])
        .select((select) =>
          select
            .selectFrom('intervention_plan_items')
            .select((inner) => inner.fn.countAll<number>().as('met'))
            .whereRef('intervention_plan_items.case_id', '=', 'intervention_cases.id')
            .where('intervention_plan_items.kind', '=', 'goal')
            .where('intervention_plan_items.status', '=', 'met')
            .as('goals_met'),
        )
        .where('municipality_id', '=', municipalityId)
        .where('programme_id', 'in', programmeIds)
        .execute();
      return rows.map((row) => ({
        caseId: row.id,
        programmeId: row.programme_id,
        status: row.status as StoredCase['status'],
        closingReason: row.closing_reason as StoredCase['closingReason'],
        openedOn: row.opened_on,
        closedOn: row.closed_on,
        hasGoalMet: Number(row.goals_met ?? 0) > 0,
      }));
    },

    async saveConsent(consent) {
      const row = {
        id: consent.id,
        case_id: consent.caseId,
        agency: consent.agency,
        given_by: consent.givenBy,
        scope_sealed: consent.scope,
        given_on: consent.givenOn,
        expires_on: consent.expiresOn,
        withdrawn_at: consent.withdrawnAt,
        recorded_by_user_id: consent.recordedByUserId,
        recorded_at: consent.recordedAt,
      };
      await db
        .insertInto('intervention_consents')
        .values(row)
        .onConflict((conflict) =>
          conflict.column('id').doUpdateSet({ withdrawn_at: consent.withdrawnAt }),
        )
        .execute();
    },

    async listConsents(caseId) {
      const rows = await db
        .selectFrom('intervention_consents')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('given_on')
        .orderBy('recorded_at')
        .execute();
      return rows.map((row): Consent => ({
        id: row.id,
        caseId: row.case_id,
        agency: row.agency as Consent['agency'],
        givenBy: row.given_by as Consent['givenBy'],
        scope: row.scope_sealed,
        givenOn: row.given_on,
        expiresOn: row.expires_on,
        withdrawnAt: row.withdrawn_at,
        recordedByUserId: row.recorded_by_user_id,
        recordedAt: row.recorded_at,
      }));
    },

    async savePlanItem(item) {
      const row = {
        id: item.id,
        case_id: item.caseId,
        kind: item.kind,
        text_sealed: item.text,
        responsible_sealed: item.responsible,
        due_on: item.dueOn,
        follow_up_on: item.followUpOn,
        status: item.status,
        position: item.position,
        created_at: item.createdAt,
        updated_at: item.updatedAt,
      };
      const { id: _id, case_id: _case, created_at: _created, ...changes } = row;
      await db
        .insertInto('intervention_plan_items')
        .values(row)
        .onConflict((conflict) => conflict.column('id').doUpdateSet(changes))
        .execute();
    },

    async listPlanItems(caseId) {
      const rows = await db
        .selectFrom('intervention_plan_items')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('position')
        .orderBy('created_at')
        .execute();
      return rows.map((row): PlanItem => ({
        id: row.id,
        caseId: row.case_id,
        kind: row.kind as PlanItem['kind'],
        text: row.text_sealed,
        responsible: row.responsible_sealed,
        dueOn: row.due_on,
        followUpOn: row.follow_up_on,
        status: row.status as PlanItem['status'],
        position: row.position,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      }));
    },

    async listDueFollowUps(municipalityId, userId, untilDay, limit) {
      const rows = await db
        .selectFrom('intervention_plan_items')
        .innerJoin('intervention_cases', 'intervention_cases.id', 'intervention_plan_items.case_id')
        .innerJoin(
          'intervention_case_assignments',
          'intervention_case_assignments.case_id',
          'intervention_cases.id',
        )
        .innerJoin(
          'intervention_programmes',
          'intervention_programmes.id',
          'intervention_cases.programme_id',
        )
        .select([
          'intervention_plan_items.id as plan_item_id',
          'intervention_plan_items.case_id',
          'intervention_plan_items.follow_up_on',
          'intervention_programmes.id as programme_id',
          'intervention_programmes.name as programme_name',
        ])
        .where('intervention_cases.municipality_id', '=', municipalityId)
        .where('intervention_cases.status', '=', 'open')
        .where('intervention_case_assignments.user_id', '=', userId)
        .where('intervention_plan_items.follow_up_on', '<=', untilDay)
        .where('intervention_plan_items.status', 'in', ['planned', 'in_progress'])
        .orderBy('intervention_plan_items.follow_up_on')
        .orderBy('intervention_plan_items.id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        caseId: row.case_id,
        planItemId: row.plan_item_id,
        programmeId: row.programme_id,
        programmeName: row.programme_name,
        followUpOn: row.follow_up_on ?? untilDay,
      }));
    },

    async appendNote(note) {
      await db
        .insertInto('intervention_notes')
        .values({
          id: note.id,
          case_id: note.caseId,
          text_sealed: note.text,
          written_by_user_id: note.writtenByUserId,
          written_at: note.writtenAt,
        })
        .execute();
    },

    async listNotes(caseId, limit) {
      const rows = await db
        .selectFrom('intervention_notes')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('written_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((row): CaseNote => ({
        id: row.id,
        caseId: row.case_id,
        text: row.text_sealed,
        writtenByUserId: row.written_by_user_id,
        writtenAt: row.written_at,
      }));
    },

    async appendDisclosure(disclosure) {
      await db
        .insertInto('intervention_disclosures')
        .values({
          id: disclosure.id,
          case_id: disclosure.caseId,
          recipient_agency: disclosure.recipientAgency,
          legal_ground: disclosure.legalGround,
          consent_id: disclosure.consentId,
          what_sealed: disclosure.what,
          disclosed_on: disclosure.disclosedOn,
          recorded_by_user_id: disclosure.recordedByUserId,
          recorded_at: disclosure.recordedAt,
        })
        .execute();
    },

    async listDisclosures(caseId) {
      const rows = await db
        .selectFrom('intervention_disclosures')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('disclosed_on', 'desc')
        .orderBy('recorded_at', 'desc')
        .execute();
      return rows.map((row): Disclosure => ({
        id: row.id,
        caseId: row.case_id,
        recipientAgency: row.recipient_agency as Disclosure['recipientAgency'],
        legalGround: row.legal_ground as Disclosure['legalGround'],
        consentId: row.consent_id,
        what: row.what_sealed,
        disclosedOn: row.disclosed_on,
        recordedByUserId: row.recorded_by_user_id,
        recordedAt: row.recorded_at,
      }));
    },

    async saveEmergencyAccess(access) {
      const row = {
        id: access.id,
        case_id: access.caseId,
        user_id: access.userId,
        reason_sealed: access.reason,
        granted_at: access.grantedAt,
        expires_at: access.expiresAt,
        reviewed_at: access.reviewedAt,
        reviewed_by_user_id: access.reviewedByUserId,
      };
      await db
        .insertInto('intervention_emergency_accesses')
        .values(row)
        .onConflict((conflict) =>
          conflict.column('id').doUpdateSet({
            reviewed_at: access.reviewedAt,
            reviewed_by_user_id: access.reviewedByUserId,
          }),
        )
        .execute();
    },

    async findActiveEmergencyAccess(caseId, userId, at) {
      const row = await db
        .selectFrom('intervention_emergency_accesses')
        .selectAll()
        .where('case_id', '=', caseId)
        .where('user_id', '=', userId)
        .where('expires_at', '>', at)
        .where('granted_at', '<=', at)
        .orderBy('expires_at', 'desc')
        .executeTakeFirst();
      return row ? toAccess(row) : null;
    },

    async findEmergencyAccess(municipalityId, id) {
      const [found] = await reviewQuery(municipalityId)
        .where('intervention_emergency_accesses.id', '=', id)
        .execute();
      return found ? toReview(found) : null;
    },

    async listEmergencyAccessesForOwner(municipalityId, ownerUserId, since, limit) {
      const rows = await reviewQuery(municipalityId)
        .where('intervention_programmes.owner_user_id', '=', ownerUserId)
        .where('intervention_emergency_accesses.granted_at', '>=', since)
        .orderBy('intervention_emergency_accesses.granted_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toReview);
    },

    async eraseClosedCases(municipalityId, closedBefore, at) {
      const cases = await db
        .selectFrom('intervention_cases')
        .select('id')
        .where('municipality_id', '=', municipalityId)
        .where('status', '=', 'closed')
        .where('closed_on', '<', closedBefore)
        .where('erased_at', 'is', null)
        .limit(10_000)
        .execute();
      const ids = cases.map((row) => row.id);
      const erasure: CaseErasure = {
        cases: ids.length,
        notes: 0,
        planItems: 0,
        disclosures: 0,
        consents: 0,
        emergencyAccesses: 0,
      };
      if (ids.length === 0) return erasure;
      const affected = (results: Array<{ numUpdatedRows?: bigint; numDeletedRows?: bigint }>) =>
        results.reduce(
          (sum, result) => sum + Number(result.numUpdatedRows ?? result.numDeletedRows ?? 0n),
          0,
        );
      await db
        .updateTable('intervention_cases')
        .set({
          identity_sealed: null,
          identity_search_hash: null,
          threat_sealed: null,
          erased_at: at,
          updated_at: at,
        })
        .where('id', 'in', ids)
        .execute();
      erasure.notes = affected(
        await db.deleteFrom('intervention_notes').where('case_id', 'in', ids).execute(),
      );
      // Plan items keep their kind and status (goals met survive in the aggregates).
      erasure.planItems = affected(
        await db
          .updateTable('intervention_plan_items')
          .set({ text_sealed: null, responsible_sealed: null })
          .where('case_id', 'in', ids)
          .execute(),
      );
      erasure.disclosures = affected(
        await db
          .updateTable('intervention_disclosures')
          .set({ what_sealed: null })
          .where('case_id', 'in', ids)
          .execute(),
      );
      erasure.consents = affected(
        await db
          .updateTable('intervention_consents')
          .set({ scope_sealed: null })
          .where('case_id', 'in', ids)
          .execute(),
      );
      erasure.emergencyAccesses = affected(
        await db
          .updateTable('intervention_emergency_accesses')
          .set({ reason_sealed: null })
          .where('case_id', 'in', ids)
          .execute(),
      );
      return erasure;
    },
  };

  function reviewQuery(municipalityId: string) {
    return db
      .selectFrom('intervention_emergency_accesses')
      .innerJoin(
        'intervention_cases',
        'intervention_cases.id',
        'intervention_emergency_accesses.case_id',
      )
      .innerJoin(
        'intervention_programmes',
        'intervention_programmes.id',
        'intervention_cases.programme_id',
      )
      .innerJoin('users', 'users.id', 'intervention_emergency_accesses.user_id')
      .selectAll('intervention_emergency_accesses')
      .select([
        'intervention_programmes.id as programme_id',
        'intervention_programmes.name as programme_name',
        'users.display_name as user_display_name',
      ])
      .where('intervention_cases.municipality_id', '=', municipalityId);
  }

  function toReview(
    row: Selectable<InterventionEmergencyAccessTable> & {
      programme_id: string;
      programme_name: string;
      user_display_name: string;
    },
  ): EmergencyAccessForReview {
    return {
      ...toAccess(row),
      programmeId: row.programme_id,
      programmeName: row.programme_name,
      userDisplayName: row.user_display_name,
    };
  }
}
