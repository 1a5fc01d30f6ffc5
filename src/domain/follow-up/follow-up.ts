import type { FollowUpReportData, FollowUpReportTexts } from './follow-up-report-data.js';
import type { MeasureStatusColour } from '../plans/plan.js';

/**
 * Follow-up of action plans (issue 5): rounds, one task per measure for its owner, reminders
 * and escalation, and the follow-up report (a tjänsteutlåtande) drafted from the data.
 *
 * Calendar days ("dueOn") are Stockholm days as "YYYY-MM-DD"; instants are UTC ISO strings.
 */

/** `interval`: made from the plan's follow-up interval; `manual`: added by a coordinator. */
export const roundOrigins = ['interval', 'manual'] as const;
export type RoundOrigin = (typeof roundOrigins)[number];

export interface FollowUpRound {
  id: string;
  municipalityId: string;
  planId: string;
  /** "Uppföljning 2017-04-13", or the coordinator's own name for a round made by hand. */
  label: string;
  dueOn: string;
  origin: RoundOrigin;
  /** True for the round after the plan's last valid day: the final follow-up. */
  isFinal: boolean;
  createdByUserId: string | null;
  createdAt: string;
}

/** Was the measure carried out (delivery follow-up): fully, partly, not at all. */
export const deliveryStates = ['done', 'partly', 'not_done'] as const;
export type DeliveryState = (typeof deliveryStates)[number];

/** One measure in one round: its owner reports delivery, process and effect. */
export interface FollowUpTask {
  id: string;
  municipalityId: string;
  roundId: string;
  planId: string;
  measureId: string;
  /** Who reports: the measure's contact when they are a user, else a coordinator; null if none. */
  assigneeUserId: string | null;
  colour: MeasureStatusColour | null;
  deliveryState: DeliveryState | null;
  /** Delivery: what was done and how much. */
  delivery: string;
  process: string;
  effect: string;
  hoursSpent: number | null;
  costSek: number | null;
  /** Null until reported; a report can be corrected until the round's report is final. */
  reportedAt: string | null;
  reportedByUserId: string | null;
  createdAt: string;
  updatedAt: string;
}

export const notificationKinds = ['reminder', 'escalation'] as const;
/** reminder: to the task's owner before the due day; escalation: to coordinators and the plan's owner after. */
export type NotificationKind = (typeof notificationKinds)[number];

export const emailStatuses = ['pending', 'sent', 'failed', 'not_sent'] as const;
/** not_sent: no mail server configured or the user has no address; the in-app notice stands. */
export type EmailStatus = (typeof emailStatuses)[number];

/**
 * An in-app notification, and the sent-log of the reminder job: unique by (task, kind, due
 * day, recipient), so a second run (a restart, two servers) never notifies or mails twice.
 */
export interface FollowUpNotification {
  id: string;
  municipalityId: string;
  userId: string;
  planId: string;
  roundId: string;
  taskId: string;
  kind: NotificationKind;
  dueOn: string;
  /** The text shown in the app and mailed (Swedish). */
  message: string;
  emailStatus: EmailStatus;
  createdAt: string;
  readAt: string | null;
}

export interface FollowUpReport {
  id: string;
  municipalityId: string;
  roundId: string;
  planId: string;
  /** Datum, Diarienummer, Handläggare and the other fields of the letterhead a clerk sets. */
  heading: FollowUpReportHeading;
  texts: FollowUpReportTexts;
  /** Null while a draft; the data it was last rendered with is frozen here when final. */
  finalizedAt: string | null;
  finalizedByUserId: string | null;
  /** JSON-able copy of the report's data as it was made final: the archive. */
  archivedData: FollowUpReportData | null;
  createdByUserId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface FollowUpReportHeading {
  title: string;
  date: string;
  caseNumber: string;
  handlerName: string;
  handlerEmail: string;
  addressee: string;
  administrationName: string;
  signatures: { name: string; title: string }[];
  attachments: string[];
  distribution: string[];
}

export interface TaskFilter {
  roundIds?: readonly string[] | undefined;
  assigneeUserId?: string | undefined;
  isOpenOnly?: boolean | undefined;
}

/** A round with how far its tasks have come: what the coordinator sees. */
export interface RoundProgress extends FollowUpRound {
  taskCount: number;
  reportedCount: number;
  byColour: Record<MeasureStatusColour | 'none', number>;
  /** Days past the due day while tasks are unreported; 0 when not overdue. */
  daysOverdue: number;
}
