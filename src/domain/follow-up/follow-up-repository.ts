import type {
  EmailStatus,
  FollowUpNotification,
  FollowUpReport,
  FollowUpRound,
  FollowUpTask,
  TaskFilter,
} from './follow-up.js';

export interface FollowUpRepository {
  /** Adds a round unless the plan already has one due that day; true when added. */
  addRound(round: FollowUpRound, tasks: readonly FollowUpTask[]): Promise<boolean>;
  findRound(municipalityId: string, id: string): Promise<FollowUpRound | null>;
  listRounds(municipalityId: string, planIds?: readonly string[]): Promise<FollowUpRound[]>;

  saveTask(task: FollowUpTask): Promise<void>;
  findTask(municipalityId: string, id: string): Promise<FollowUpTask | null>;
  listTasks(municipalityId: string, filter: TaskFilter): Promise<FollowUpTask[]>;

  /** Adds the notification unless its (task, kind, due day, user) is logged; true when added. */
  addNotification(notification: FollowUpNotification): Promise<boolean>;
  setEmailStatus(ids: readonly string[], status: EmailStatus): Promise<void>;
  /** Notifications whose mail failed on an earlier run, to try again. */
  /**
   * Takes a failed notice for a retry: true for the one process whose update turned it from
   * "failed" to "pending", so two job runners never mail the same notice twice.
   */
  claimRetry(id: string): Promise<boolean>;
  listUnmailed(): Promise<FollowUpNotification[]>;
  listNotifications(
    municipalityId: string,
    userId: string,
    isUnreadOnly: boolean,
  ): Promise<FollowUpNotification[]>;
  markNotificationRead(
    municipalityId: string,
    userId: string,
    id: string,
    at: string,
  ): Promise<boolean>;

  saveReport(report: FollowUpReport): Promise<void>;
  findReport(municipalityId: string, id: string): Promise<FollowUpReport | null>;
  listReports(municipalityId: string, roundId: string): Promise<FollowUpReport[]>;
}
