/**
 * Tables: Follow-up rounds of plans.
 * ../tables.ts joins every area into the one database Kysely sees.
 */

/** A follow-up round of a plan (issue 5); unique by plan and due day. */
export interface FollowUpRoundTable {
  id: string;
  municipality_id: string;
  plan_id: string;
  label: string;
  due_on: string;
  origin: string;
  /** 0 or 1. */
  is_final: number;
  created_by_user_id: string | null;
  created_at: string;
}

export interface FollowUpTaskTable {
  id: string;
  municipality_id: string;
  round_id: string;
  plan_id: string;
  measure_id: string;
  assignee_user_id: string | null;
  colour: string | null;
  delivery_state: string | null;
  delivery: string;
  process: string;
  effect: string;
  hours_spent: number | null;
  cost_sek: number | null;
  reported_at: string | null;
  reported_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

/** In-app notifications, and the reminder job's sent-log: unique by task, kind, due day, user. */
export interface FollowUpNotificationTable {
  id: string;
  municipality_id: string;
  user_id: string;
  plan_id: string;
  round_id: string;
  task_id: string;
  kind: string;
  due_on: string;
  message: string;
  email_status: string;
  created_at: string;
  read_at: string | null;
}

export interface FollowUpReportTable {
  id: string;
  municipality_id: string;
  round_id: string;
  plan_id: string;
  /** JSON of FollowUpReportHeading. */
  heading: string;
  /** JSON of the written sections. */
  texts: string;
  finalized_at: string | null;
  finalized_by_user_id: string | null;
  /** JSON of the report's data as it was made final. */
  archived_data: string | null;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}
