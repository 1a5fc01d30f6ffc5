import type {
  Goal,
  Indicator,
  IndicatorValue,
  Measure,
  Plan,
  PlanFilter,
  PlanItemKind,
  PlanProblem,
  PlanSnapshot,
} from './plan.js';

/** Plans' storage. Every read is scoped to a municipality; another's ids read as missing. */
export interface PlanRepository {
  save(plan: Plan): Promise<void>;
  find(municipalityId: string, id: string): Promise<Plan | null>;
  /** Newest decision first, drafts first; versions of one plan by version. */
  list(municipalityId: string, filter: PlanFilter): Promise<Plan[]>;

  saveSnapshot(municipalityId: string, snapshot: PlanSnapshot): Promise<void>;
  findSnapshot(municipalityId: string, planId: string): Promise<PlanSnapshot | null>;

  saveProblem(problem: PlanProblem): Promise<void>;
  deleteProblem(municipalityId: string, id: string): Promise<void>;
  listProblems(municipalityId: string, planId: string): Promise<PlanProblem[]>;

  saveGoal(goal: Goal): Promise<void>;
  /** Deletes the goal with its indicators and their values. */
  deleteGoal(municipalityId: string, id: string): Promise<void>;
  listGoals(municipalityId: string, planId: string): Promise<Goal[]>;

  saveIndicator(indicator: Indicator): Promise<void>;
  /** Deletes the indicator with its values. */
  deleteIndicator(municipalityId: string, id: string): Promise<void>;
  listIndicators(municipalityId: string, planId: string): Promise<Indicator[]>;

  addIndicatorValues(values: readonly IndicatorValue[]): Promise<void>;
  deleteIndicatorValue(municipalityId: string, id: string): Promise<void>;
  /** Every value of the plan version's indicators, oldest first. */
  listIndicatorValues(municipalityId: string, planId: string): Promise<IndicatorValue[]>;

  saveMeasure(measure: Measure): Promise<void>;
  deleteMeasure(municipalityId: string, id: string): Promise<void>;
  listMeasures(municipalityId: string, planId: string): Promise<Measure[]>;

  /** The plan version a problem, goal, indicator, indicator value or measure belongs to. */
  findPlanIdOf(municipalityId: string, kind: PlanItemKind, id: string): Promise<string | null>;
}
