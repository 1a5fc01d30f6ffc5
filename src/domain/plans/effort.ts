/**
 * The mapping of efforts (kartläggning): a register of the efforts and programmes that work
 * against crime in the municipality, at local, regional and national level — SIG, Samkraft
 * teams, the OSG, the partnership agreement, Tillsammans mot brott… — with who owns them, who
 * they are for, what evidence they rest on and whether anyone has evaluated them.
 *
 * Efforts belong to the municipality, not to one plan version. They link to plans' goals and
 * problems by id; revising a plan carries the links over to the new version's copies.
 */
export const effortLevels = ['local', 'regional', 'national'] as const;
export type EffortLevel = (typeof effortLevels)[number];

/**
 * Whether and how the effort has been evaluated. `none` and `planned` count as unevaluated
 * in the gap view.
 */
export const effortEvaluations = ['none', 'planned', 'internal', 'external', 'research'] as const;
export type EffortEvaluation = (typeof effortEvaluations)[number];

export interface Effort {
  id: string;
  municipalityId: string;
  name: string;
  level: EffortLevel;
  /** Who runs it: "Socialförvaltningen", "Polisområde Stockholm Syd", "Regeringen". */
  owner: string;
  targetGroup: string;
  /** What research or proven experience it rests on. */
  evidenceBasis: string;
  evaluation: EffortEvaluation;
  /** How it was evaluated, by whom, with what result; or why not. */
  evaluationNote: string;
  /** Goals (of any plan version of the municipality) it serves. */
  goalIds: string[];
  /** Plan problems it addresses. */
  problemIds: string[];
  startedOn: string | null;
  endedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export const isEffortEvaluated = (effort: Pick<Effort, 'evaluation'>): boolean =>
  effort.evaluation !== 'none' && effort.evaluation !== 'planned';
