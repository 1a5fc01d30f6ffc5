/**
 * Tables: Plans, what a plan version holds, and efforts.
 * ../tables.ts joins every area into the one database Kysely sees.
 */

/** One version of a plan. Calendar days are "YYYY-MM-DD" text; the status is derived, not stored. */
export interface PlanTable {
  id: string;
  municipality_id: string;
  lineage_id: string;
  version: number;
  revises_plan_id: string | null;
  title: string;
  kind: string;
  owner: string;
  summary: string;
  valid_from: string | null;
  valid_until: string | null;
  follow_up_interval_months: number;
  decision_body: string | null;
  decision_body_name: string | null;
  decided_on: string | null;
  case_number: string | null;
  adopted_at: string | null;
  adopted_by_user_id: string | null;
  replaced_by_plan_id: string | null;
  replaced_on: string | null;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlanSnapshotTable {
  plan_id: string;
  municipality_id: string;
  period_kind: string;
  period_key: string;
  /** JSON of the situation picture as it was. */
  picture: string;
  saved_at: string;
  saved_by_user_id: string | null;
}

export interface PlanProblemTable {
  id: string;
  plan_id: string;
  municipality_id: string;
  title: string;
  description: string;
  /** JSON lists. */
  category_codes: string;
  district_ids: string;
  /** 0 or 1. */
  is_prioritised: number;
  position: number;
}

export interface PlanGoalTable {
  id: string;
  plan_id: string;
  municipality_id: string;
  title: string;
  description: string;
  position: number;
}

export interface PlanIndicatorTable {
  id: string;
  goal_id: string;
  plan_id: string;
  municipality_id: string;
  name: string;
  unit: string;
  direction: string;
  baseline_value: number | null;
  baseline_on: string | null;
  target_value: number | null;
  target_on: string | null;
  /** JSON of IndicatorComputation, or null. */
  computation: string | null;
  position: number;
}

export interface PlanIndicatorValueTable {
  id: string;
  indicator_id: string;
  plan_id: string;
  municipality_id: string;
  measured_on: string;
  value: number;
  source: string;
  source_detail: string;
  note: string;
  recorded_at: string;
  recorded_by_user_id: string | null;
}

export interface PlanMeasureTable {
  id: string;
  plan_id: string;
  municipality_id: string;
  problem_id: string | null;
  cause: string;
  /** JSON lists. */
  category_codes: string;
  district_ids: string;
  measure: string;
  operative_goal: string;
  starts_on: string | null;
  ends_on: string | null;
  responsible: string;
  contact_person: string;
  /** JSON list of partner names. */
  partners: string;
  planned_hours: number | null;
  cost_sek: number | null;
  status_colour: string | null;
  status_comment: string;
  status_updated_at: string | null;
  status_updated_by_user_id: string | null;
  /** JSON list of goal ids of the same plan version. */
  goal_ids: string;
  position: number;
}

export interface EffortTable {
  id: string;
  municipality_id: string;
  name: string;
  level: string;
  owner: string;
  target_group: string;
  evidence_basis: string;
  evaluation: string;
  evaluation_note: string;
  /** JSON lists of ids. */
  goal_ids: string;
  problem_ids: string;
  started_on: string | null;
  ended_on: string | null;
  created_at: string;
  updated_at: string;
}
