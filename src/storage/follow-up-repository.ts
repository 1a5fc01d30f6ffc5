import type { Kysely, Selectable } from 'kysely';
import type {
  DeliveryState,
  EmailStatus,
  FollowUpNotification,
  FollowUpReport,
  FollowUpRound,
  FollowUpTask,
  NotificationKind,
  RoundOrigin,
} from '../domain/follow-up/follow-up.js';
import type { FollowUpRepository } from '../domain/follow-up/follow-up-repository.js';
import type { MeasureStatusColour } from '../domain/plans/plan.js';
import type {
  FollowUpNotificationTable,
  FollowUpReportTable,
  FollowUpRoundTable,
  FollowUpTaskTable,
  Tables,
} from './tables.js';

function toRound(row: Selectable<FollowUpRoundTable>): FollowUpRound {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    planId: row.plan_id,
    label: row.label,
    dueOn: row.due_on,
    origin: row.origin as RoundOrigin,
    isFinal: Number(row.is_final) === 1,
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
  };
}

const optionalNumber = (value: number | string | null) => (value === null ? null : Number(value));

function toTask(row: Selectable<FollowUpTaskTable>): FollowUpTask {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    roundId: row.round_id,
    planId: row.plan_id,
    measureId: row.measure_id,
    assigneeUserId: row.assignee_user_id,
    colour: row.colour as MeasureStatusColour | null,
    deliveryState: row.delivery_state as DeliveryState | null,
    delivery: row.delivery,
    process: row.process,
    effect: row.effect,
    hoursSpent: optionalNumber(row.hours_spent),
    costSek: optionalNumber(row.cost_sek),
    reportedAt: row.reported_at,
    reportedByUserId: row.reported_by_user_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function taskRow(task: FollowUpTask): FollowUpTaskTable {
  return {
    id: task.id,
    municipality_id: task.municipalityId,
    round_id: task.roundId,
    plan_id: task.planId,
    measure_id: task.measureId,
    assignee_user_id: task.assigneeUserId,
    colour: task.colour,
    delivery_state: task.deliveryState,
    delivery: task.delivery,
    process: task.process,
    effect: task.effect,
    hours_spent: task.hoursSpent,
    cost_sek: task.costSek,
    reported_at: task.reportedAt,
    reported_by_user_id: task.reportedByUserId,
    created_at: task.createdAt,
    updated_at: task.updatedAt,
  };
}

function toNotification(row: Selectable<FollowUpNotificationTable>): FollowUpNotification {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    userId: row.user_id,
    planId: row.plan_id,
    roundId: row.round_id,
    taskId: row.task_id,
    kind: row.kind as NotificationKind,
    dueOn: row.due_on,
    message: row.message,
    emailStatus: row.email_status as EmailStatus,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

function toReport(row: Selectable<FollowUpReportTable>): FollowUpReport {
  return {
    id: row.id,
    municipalityId: row.municipality_id,
    roundId: row.round_id,
    planId: row.plan_id,
    heading: JSON.parse(row.heading) as FollowUpReport['heading'],
    texts: JSON.parse(row.texts) as FollowUpReport['texts'],
    finalizedAt: row.finalized_at,
    finalizedByUserId: row.finalized_by_user_id,
    archivedData:
      row.archived_data === null
        ? null
        : (JSON.parse(row.archived_data) as FollowUpReport['archivedData']),
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createFollowUpRepository(db: Kysely<Tables>): FollowUpRepository {
  return {
    async addRound(round, tasks) {
      const inserted = await db
        .insertInto('follow_up_rounds')
        .values({
          id: round.id,
          municipality_id: round.municipalityId,
          plan_id: round.planId,
          label: round.label,
          due_on: round.dueOn,
          origin: round.origin,
          is_final: round.isFinal ? 1 : 0,
          created_by_user_id: round.createdByUserId,
          created_at: round.createdAt,
        })
        .onConflict((conflict) => conflict.columns(['plan_id', 'due_on']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
      if (tasks.length > 0)
        await db.insertInto('follow_up_tasks').values(tasks.map(taskRow)).execute();
      return true;
    },

    async findRound(municipalityId, id) {
      const row = await db
        .selectFrom('follow_up_rounds')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toRound(row) : null;
    },

    async listRounds(municipalityId, planIds) {
      if (planIds && planIds.length === 0) return [];
      let query = db
        .selectFrom('follow_up_rounds')
        .selectAll()
        .where('municipality_id', '=', municipalityId);
      if (planIds) query = query.where('plan_id', 'in', planIds);
      const rows = await query.orderBy('due_on').orderBy('id').execute();
      return rows.map(toRound);
    },

    async saveTask(task) {
      const { id: _id, created_at: _created, ...changes } = taskRow(task);
      await db
        .insertInto('follow_up_tasks')
        .values(taskRow(task))
        .onConflict((conflict) => conflict.column('id').doUpdateSet(changes))
        .execute();
    },

    async findTask(municipalityId, id) {
      const row = await db
        .selectFrom('follow_up_tasks')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toTask(row) : null;
    },

    async listTasks(municipalityId, filter) {
      if (filter.roundIds && filter.roundIds.length === 0) return [];
      let query = db
        .selectFrom('follow_up_tasks')
        .selectAll()
        .where('municipality_id', '=', municipalityId);
      if (filter.roundIds) query = query.where('round_id', 'in', filter.roundIds);
      if (filter.assigneeUserId)
        query = query.where('assignee_user_id', '=', filter.assigneeUserId);
      if (filter.isOpenOnly) query = query.where('reported_at', 'is', null);
      const rows = await query.orderBy('created_at').orderBy('id').execute();
      return rows.map(toTask);
    },

    async addNotification(notification) {
      const inserted = await db
        .insertInto('follow_up_notifications')
        .values({
          id: notification.id,
          municipality_id: notification.municipalityId,
          user_id: notification.userId,
          plan_id: notification.planId,
          round_id: notification.roundId,
          task_id: notification.taskId,
          kind: notification.kind,
          due_on: notification.dueOn,
          message: notification.message,
          email_status: notification.emailStatus,
          created_at: notification.createdAt,
          read_at: notification.readAt,
        })
        .onConflict((conflict) =>
          conflict.columns(['task_id', 'kind', 'due_on', 'user_id']).doNothing(),
        )
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    async setEmailStatus(ids, status) {
      if (ids.length === 0) return;
      await db
        .updateTable('follow_up_notifications')
        .set({ email_status: status })
        .where('id', 'in', ids)
        .execute();
    },

    async claimRetry(id) {
      const claimed = await db
        .updateTable('follow_up_notifications')
        .set({ email_status: 'pending' })
        .where('id', '=', id)
        .where('email_status', '=', 'failed')
        .executeTakeFirst();
      return Number(claimed.numUpdatedRows) > 0;
    },

    async listUnmailed() {
      const rows = await db
        .selectFrom('follow_up_notifications')
        .selectAll()
        .where('email_status', '=', 'failed')
        .orderBy('created_at')
        .limit(1000)
        .execute();
      return rows.map(toNotification);
    },

    async listNotifications(municipalityId, userId, isUnreadOnly) {
      let query = db
        .selectFrom('follow_up_notifications')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('user_id', '=', userId);
      if (isUnreadOnly) query = query.where('read_at', 'is', null);
      const rows = await query.orderBy('created_at', 'desc').orderBy('id').limit(200).execute();
      return rows.map(toNotification);
    },

    async markNotificationRead(municipalityId, userId, id, at) {
      const updated = await db
        .updateTable('follow_up_notifications')
        .set({ read_at: at })
        .where('municipality_id', '=', municipalityId)
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) > 0;
    },

    async saveReport(report) {
      const values = {
        heading: JSON.stringify(report.heading),
        texts: JSON.stringify(report.texts),
        finalized_at: report.finalizedAt,
        finalized_by_user_id: report.finalizedByUserId,
        archived_data: report.archivedData === null ? null : JSON.stringify(report.archivedData),
        updated_at: report.updatedAt,
      };
      await db
        .insertInto('follow_up_reports')
        .values({
          id: report.id,
          municipality_id: report.municipalityId,
          round_id: report.roundId,
          plan_id: report.planId,
          created_by_user_id: report.createdByUserId,
          created_at: report.createdAt,
          ...values,
        })
        .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
        .execute();
    },

    async findReport(municipalityId, id) {
      const row = await db
        .selectFrom('follow_up_reports')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toReport(row) : null;
    },

    async listReports(municipalityId, roundId) {
      const rows = await db
        .selectFrom('follow_up_reports')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('round_id', '=', roundId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toReport);
    },
  };
}
