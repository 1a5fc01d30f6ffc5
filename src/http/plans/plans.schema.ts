import { z } from 'zod';
import { periodKinds } from '../../analysis/periods.js';
import { effortEvaluations, effortLevels } from '../../domain/plans/effort.js';
import {
  decisionBodyKinds,
  indicatorDirections,
  indicatorValueSources,
  measureStatusColours,
  planKinds,
  planStatuses,
} from '../../domain/plans/plan.js';
import {
  DaySchema,
  nonBlankPattern,
  PeriodKeySchema,
  periodKeyPatterns,
  singleLinePattern,
} from '../shared.schema.js';

/** A Stockholm calendar day. */
const Day = DaySchema('2015-04-13');
const Line = (max: number) =>
  z.string().max(max).regex(singleLinePattern, 'one line without control characters');
const Title = Line(300).trim().min(1, 'a title');
const hasNoNul = (text: string) => !text.includes('\u0000');
/** Text of several lines; PostgreSQL cannot store U+0000, nor has it a place in prose. */
const Prose = z.string().max(10_000).refine(hasNoNul, 'text without NUL characters');
const Ids = z.array(z.uuid()).max(200);
const Codes = z.array(Line(64).min(1)).max(200);
const Amount = z.number().finite().min(0).max(1e12);
const IndicatorNumber = z.number().finite().min(-1e12).max(1e12);

export const PlanIdParamsSchema = z.object({ id: z.uuid('an id in UUID form') });

export const PlanSchema = z.object({
  id: z.string(),
  lineageId: z.string().describe('The id of the first version: shared by every version'),
  version: z.number().int(),
  revisesPlanId: z.string().nullable(),
  title: z.string(),
  kind: z.enum(planKinds),
  owner: z.string(),
  summary: z.string(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable().describe('The last day in force, included'),
  followUpIntervalMonths: z.number().int(),
  decision: z
    .object({
      body: z.enum(decisionBodyKinds),
      bodyName: z.string(),
      decidedOn: z.string(),
      caseNumber: z.string(),
    })
    .nullable(),
  adoptedAt: z.string().nullable(),
  adoptedByUserId: z.string().nullable(),
  replacedByPlanId: z.string().nullable(),
  replacedOn: z.string().nullable(),
  createdByUserId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  status: z
    .enum(planStatuses)
    .describe('Derived from the decision, the validity, any replacement and today; never stored'),
});

export const PlanProblemSchema = z.object({
  id: z.string(),
  planId: z.string(),
  title: z.string(),
  description: z.string(),
  categoryCodes: z.array(z.string()),
  districtIds: z.array(z.string()),
  isPrioritised: z.boolean(),
  position: z.number().int(),
});

export const GoalSchema = z.object({
  id: z.string(),
  planId: z.string(),
  title: z.string(),
  description: z.string(),
  position: z.number().int(),
});

const ComputationSchema = z.object({
  categoryCodes: Codes.min(1, 'at least one category'),
  districtIds: Ids.describe('Empty: the whole municipality'),
  periodKind: z.enum(['year', 'tertial']),
});

export const IndicatorSchema = z.object({
  id: z.string(),
  goalId: z.string(),
  planId: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(indicatorDirections).describe('Which way is good'),
  baselineValue: z.number().nullable(),
  baselineOn: z.string().nullable(),
  targetValue: z.number().nullable(),
  targetOn: z.string().nullable(),
  computation: ComputationSchema.nullable(),
  position: z.number().int(),
});

export const IndicatorValueSchema = z.object({
  id: z.string(),
  indicatorId: z.string(),
  planId: z.string(),
  measuredOn: z.string(),
  value: z.number(),
  source: z.enum(indicatorValueSources),
  sourceDetail: z
    .string()
    .describe('The period of a computed value; the file and line of an imported one'),
  note: z.string(),
  recordedAt: z.string(),
  recordedByUserId: z.string().nullable(),
});

export const MeasureSchema = z.object({
  id: z.string(),
  planId: z.string(),
  problemId: z.string().nullable(),
  cause: z.string(),
  categoryCodes: z.array(z.string()),
  districtIds: z.array(z.string()),
  measure: z.string(),
  operativeGoal: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  responsible: z.string(),
  contactPerson: z.string(),
  partners: z.array(z.string()),
  plannedHours: z.number().nullable(),
  costSek: z.number().nullable(),
  statusColour: z.enum(measureStatusColours).nullable(),
  statusComment: z.string(),
  statusUpdatedAt: z.string().nullable(),
  statusUpdatedByUserId: z.string().nullable(),
  goalIds: z.array(z.string()),
  position: z.number().int(),
});

export const PlanSnapshotSchema = z.object({
  planId: z.string(),
  periodKind: z.string(),
  periodKey: z.string(),
  picture: z.unknown().describe('The situation picture as it was when saved'),
  savedAt: z.string(),
  savedByUserId: z.string().nullable(),
});

export const PlanDetailSchema = PlanSchema.extend({
  problems: z.array(PlanProblemSchema),
  goals: z.array(
    GoalSchema.extend({
      indicators: z.array(IndicatorSchema.extend({ values: z.array(IndicatorValueSchema) })),
    }),
  ),
  measures: z.array(MeasureSchema),
  snapshot: PlanSnapshotSchema.nullable(),
  supersededBy: z
    .object({ id: z.string(), title: z.string() })
    .nullable()
    .describe('The newer plan of the same kind that took over from this one'),
});

export const ListPlansQuerySchema = z.object({
  status: z.enum(planStatuses).optional(),
  lineageId: z.uuid().optional().describe("One plan's versions"),
  latest: z.enum(['true', 'false']).optional().describe("Only each plan's newest version"),
});

export const CreatePlanSchema = z.object({
  title: Title,
  kind: z.enum(planKinds),
  owner: Line(300).trim().min(1, 'who owns the plan'),
  summary: Prose.optional(),
  validFrom: Day.nullable().optional(),
  validUntil: Day.nullable().optional(),
  followUpIntervalMonths: z.number().int().min(1).max(120).optional(),
});
export const UpdatePlanSchema = CreatePlanSchema.partial();

export const AdoptPlanSchema = z.object({
  decisionBody: z.enum(decisionBodyKinds),
  decisionBodyName: Line(200).regex(nonBlankPattern, 'the body that adopted the plan'),
  decidedOn: Day,
  caseNumber: Line(100).describe('Diarienummer, checked against TRYGGVE_CASE_NUMBER_PATTERN'),
  validFrom: Day.optional(),
  validUntil: Day.optional(),
});

export const SaveSnapshotSchema = z.object({
  periodKind: z.enum(periodKinds),
  periodKey: PeriodKeySchema,
});

export const CreateProblemSchema = z.object({
  title: Title,
  description: Prose.optional(),
  categoryCodes: Codes.optional(),
  districtIds: Ids.optional(),
  isPrioritised: z.boolean().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export const UpdateProblemSchema = CreateProblemSchema.partial();

export const CreateGoalSchema = z.object({
  title: Title,
  description: Prose.optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export const UpdateGoalSchema = CreateGoalSchema.partial();

export const CreateIndicatorSchema = z.object({
  goalId: z.uuid(),
  name: Title,
  unit: Line(50),
  direction: z.enum(indicatorDirections),
  baselineValue: IndicatorNumber.nullable().optional(),
  baselineOn: Day.nullable().optional(),
  targetValue: IndicatorNumber.nullable().optional(),
  targetOn: Day.nullable().optional(),
  computation: ComputationSchema.nullable().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export const UpdateIndicatorSchema = CreateIndicatorSchema.partial();

export const RecordValueSchema = z.object({
  value: IndicatorNumber,
  measuredOn: Day,
  note: Line(1000).optional(),
});
export const ComputeValueSchema = z.object({
  periodKey: z
    .string()
    .regex(
      new RegExp(`${periodKeyPatterns.year}|${periodKeyPatterns.tertial}`),
      'a year (2026) or a tertial (2026-T3)',
    )
    .describe("A year (2026) or tertial (2026-T3), as the indicator's computation"),
});
export const ImportValuesSchema = z.object({
  fileName: Line(200).min(1),
  content: z
    .string()
    .max(1_000_000)
    .refine(hasNoNul, 'text without NUL characters')
    .describe('CSV: indikator/indicator, datum/date, värde/value, kommentar/note (optional)'),
});
export const ImportedValuesSchema = z.object({ imported: z.number().int() });

export const CreateMeasureSchema = z.object({
  problemId: z.uuid().nullable().optional(),
  cause: Prose.optional(),
  categoryCodes: Codes.optional(),
  districtIds: Ids.optional(),
  measure: Line(1000).trim().min(1, 'what is to be done'),
  operativeGoal: Prose.optional(),
  startsOn: Day.nullable().optional(),
  endsOn: Day.nullable().optional(),
  responsible: Line(300).optional(),
  contactPerson: Line(300).optional(),
  partners: z.array(Line(300)).max(50).optional(),
  plannedHours: Amount.nullable().optional(),
  costSek: Amount.nullable().optional(),
  goalIds: Ids.optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export const UpdateMeasureSchema = CreateMeasureSchema.partial();
export const MeasureStatusSchema = z.object({
  colour: z.enum(measureStatusColours),
  comment: Prose.optional(),
});

export const EffortSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(effortLevels),
  owner: z.string(),
  targetGroup: z.string(),
  evidenceBasis: z.string(),
  evaluation: z.enum(effortEvaluations),
  evaluationNote: z.string(),
  goalIds: z.array(z.string()),
  problemIds: z.array(z.string()),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const CreateEffortSchema = z.object({
  name: Title,
  level: z.enum(effortLevels),
  owner: Line(300).optional(),
  targetGroup: Line(500).optional(),
  evidenceBasis: Prose.optional(),
  evaluation: z.enum(effortEvaluations).optional(),
  evaluationNote: Prose.optional(),
  goalIds: Ids.optional(),
  problemIds: Ids.optional(),
  startedOn: Day.nullable().optional(),
  endedOn: Day.nullable().optional(),
});
export const UpdateEffortSchema = CreateEffortSchema.partial();

const CoverageSchema = z.object({
  problem: PlanProblemSchema,
  effortIds: z.array(z.string()),
  measureIds: z.array(z.string()),
});
export const GapViewSchema = z.object({
  planId: z.string(),
  prioritisedProblems: z.array(CoverageSchema),
  unaddressedProblems: z.array(CoverageSchema).describe('Prioritised; no effort addresses them'),
  goalsWithoutWork: z.array(GoalSchema),
  unevaluatedEfforts: z.array(EffortSchema).describe('Still running; nobody has evaluated them'),
});

export const PlanContactSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  organisationName: z.string(),
});
