/**
 * Action plans (issue 5): the municipality's strategic plans, åtgärdsplaner under Lag
 * (2023:196) and programmes, each resting on a saved situation picture, with goals,
 * indicators and measures in BRÅ's grid.
 *
 * A plan is kept as versions. Every version is a row of its own; versions of one plan share
 * a `lineageId` (the id of the first version). A revision is a new draft version; when it is
 * adopted, the version it revises is marked replaced (from the revision's first valid day)
 * and stays readable with everything it held.
 *
 * Dates without a time (decision, validity, baseline, target, measure start and end) are
 * Stockholm calendar days as "YYYY-MM-DD"; instants (createdAt, recordedAt…) are UTC ISO.
 */

/** strategisk handlingsplan | åtgärdsplan (Lag 2023:196) | program. */
export const planKinds = ['strategic_plan', 'action_plan', 'programme'] as const;
export type PlanKind = (typeof planKinds)[number];

/** The body that decided the plan: kommunfullmäktige, kommunstyrelse, or a nämnd (named). */
export const decisionBodyKinds = ['municipal_council', 'executive_board', 'committee'] as const;
export type DecisionBodyKind = (typeof decisionBodyKinds)[number];

/** Derived, never stored: see `derivePlanStatus` in plan-status.ts. */
export const planStatuses = [
  'draft',
  'adopted',
  'active',
  'expiring',
  'expired',
  'replaced',
] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** The decision that adopted a version. All four are set together, by `adoptPlan`. */
interface PlanDecision {
  body: DecisionBodyKind;
  /** The nämnd's or board's name, e.g. "Kommunfullmäktige", "Socialnämnden". */
  bodyName: string;
  /** The day of the decision, "2015-04-13". */
  decidedOn: string;
  /** Diarienummer, e.g. "KS-2017/581.173"; checked against the configured pattern. */
  caseNumber: string;
}

/** One version of a plan, without its goals, measures and problems (see PlanDetail). */
export interface Plan {
  id: string;
  municipalityId: string;
  /** The id of the plan's first version: every version of the plan shares it. */
  lineageId: string;
  /** 1 for the first version, then 2, 3… */
  version: number;
  /** The version this one revises; null for a first version. */
  revisesPlanId: string | null;
  title: string;
  kind: PlanKind;
  /** Who owns the plan: a unit or an office, e.g. "Kommunstyrelsens förvaltning, säkerhetschef". */
  owner: string;
  summary: string;
  /** First day in force; null until set (adoption sets it to the decision day if missing). */
  validFrom: string | null;
  /** Last day in force, included; required for adoption. */
  validUntil: string | null;
  /** How often the plan must be followed up, in months (24: "vartannat år"). */
  followUpIntervalMonths: number;
  /** Null while a draft. */
  decision: PlanDecision | null;
  /** When the adoption was recorded in Tryggve, UTC; null while a draft. */
  adoptedAt: string | null;
  adoptedByUserId: string | null;
  /** The adopted revision that replaced this version, and its first valid day. */
  replacedByPlanId: string | null;
  replacedOn: string | null;
  createdByUserId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A plan with its derived status as of today: what lists and E2's follow-up read. */
export interface PlanWithStatus extends Plan {
  status: PlanStatus;
}

/**
 * The situation picture a plan rests on, saved as it was when saved: the plan always shows
 * the facts it was based on, even after incidents are corrected or deleted.
 */
export interface PlanSnapshot {
  planId: string;
  periodKind: string;
  periodKey: string;
  /** The picture as `getSituationPicture` returned it (JSON). */
  picture: unknown;
  savedAt: string;
  savedByUserId: string | null;
}

/**
 * A problem (orsak/problem in BRÅ's grid) the plan addresses: linked to categories and
 * districts of the situation picture, or described in free text, or both. Prioritised
 * problems are the ones the gap view checks for efforts.
 */
export interface PlanProblem {
  id: string;
  planId: string;
  municipalityId: string;
  title: string;
  description: string;
  categoryCodes: string[];
  districtIds: string[];
  isPrioritised: boolean;
  position: number;
}

export interface Goal {
  id: string;
  planId: string;
  municipalityId: string;
  title: string;
  description: string;
  position: number;
}

export const indicatorDirections = ['up', 'down'] as const;
/** Which way is good: "up" (more is better) or "down" (fewer is better). */
export type IndicatorDirection = (typeof indicatorDirections)[number];

/** A count from the situation picture's rollups: given categories in given districts. */
export interface IndicatorComputation {
  categoryCodes: string[];
  /** Empty: the whole municipality. */
  districtIds: string[];
  periodKind: 'year' | 'tertial';
}

export interface Indicator {
  id: string;
  goalId: string;
  planId: string;
  municipalityId: string;
  name: string;
  unit: string;
  direction: IndicatorDirection;
  baselineValue: number | null;
  baselineOn: string | null;
  targetValue: number | null;
  targetOn: string | null;
  /** Set when values may be computed from the situation picture. */
  computation: IndicatorComputation | null;
  position: number;
}

export const indicatorValueSources = ['manual', 'csv', 'picture'] as const;
/** Where a value came from, shown beside it. */
export type IndicatorValueSource = (typeof indicatorValueSources)[number];

export interface IndicatorValue {
  id: string;
  indicatorId: string;
  planId: string;
  municipalityId: string;
  /** The day the value describes (a period's last day for computed values). */
  measuredOn: string;
  value: number;
  source: IndicatorValueSource;
  /** The period for computed values ("2026", "2026-T3"), the file and line for CSV. */
  sourceDetail: string;
  note: string;
  recordedAt: string;
  recordedByUserId: string | null;
}

/** Green: on track; yellow: delayed or at risk; red: not happening. */
export const measureStatusColours = ['green', 'yellow', 'red'] as const;
export type MeasureStatusColour = (typeof measureStatusColours)[number];

/** One row of BRÅ's grid: Orsak | Åtgärd | Operativa mål | När | Vem | Uppföljning. */
export interface Measure {
  id: string;
  planId: string;
  municipalityId: string;
  /** The plan's problem this measure works on, if any. */
  problemId: string | null;
  /** The cause in free text, when more specific than the problem (or no problem is linked). */
  cause: string;
  /** The categories and districts of the situation picture the cause concerns. */
  categoryCodes: string[];
  districtIds: string[];
  measure: string;
  operativeGoal: string;
  startsOn: string | null;
  endsOn: string | null;
  /** The responsible organisation or unit. */
  responsible: string;
  contactPerson: string;
  partners: string[];
  plannedHours: number | null;
  costSek: number | null;
  statusColour: MeasureStatusColour | null;
  statusComment: string;
  statusUpdatedAt: string | null;
  statusUpdatedByUserId: string | null;
  /** The goals of the same plan version it serves. */
  goalIds: string[];
  position: number;
}

interface IndicatorWithValues extends Indicator {
  /** Oldest first. */
  values: IndicatorValue[];
}

interface GoalWithIndicators extends Goal {
  indicators: IndicatorWithValues[];
}

/** A version with everything it holds: what the plan page, the follow-up and the report read. */
export interface PlanDetail extends PlanWithStatus {
  problems: PlanProblem[];
  goals: GoalWithIndicators[];
  measures: Measure[];
  snapshot: PlanSnapshot | null;
  /** The newer plan of the same kind that took over from this one ("ersatt av …"), if any. */
  supersededBy: { id: string; title: string } | null;
}

/** The parts of a plan version that have ids of their own. */
export const planItemKinds = [
  'problem',
  'goal',
  'indicator',
  'measure',
  'indicator_value',
] as const;
export type PlanItemKind = (typeof planItemKinds)[number];

export interface PlanFilter {
  /** Only versions that no later version replaced or revises (the plans "as they are"). */
  isLatestOnly?: boolean | undefined;
  lineageId?: string | undefined;
}
