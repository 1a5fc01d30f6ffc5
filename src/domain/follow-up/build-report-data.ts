import type { FollowUpReportData } from './follow-up-report-data.js';
import type { PlanDetail } from '../plans/plan.js';
import type { DeliveryState, FollowUpReport, FollowUpRound, FollowUpTask } from './follow-up.js';

const deliveryWords: Record<DeliveryState, string> = {
  done: 'Genomförd',
  partly: 'Delvis genomförd',
  not_done: 'Inte genomförd',
};

const numberFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/** Delivery in the report's words: the state, what was done, hours and cost. */
function deliveryText(task: FollowUpTask): string {
  if (task.reportedAt === null) return '';
  const parts = [
    task.deliveryState ? `${deliveryWords[task.deliveryState]}.` : '',
    task.delivery,
    task.hoursSpent === null ? '' : `${numberFormat.format(task.hoursSpent)} timmar.`,
    task.costSek === null ? '' : `${numberFormat.format(task.costSek)} kr.`,
  ];
  return parts.filter((part) => part !== '').join(' ');
}

const yearOf = (day: string | null) => (day ? day.slice(0, 4) : '');

/**
 * The report's data from the plan as it is, the round's tasks and the report's own heading
 * and texts: every data-driven section is filled here, the written ones come from the report.
 */
export function buildReportData(input: {
  municipalityName: string;
  plan: PlanDetail;
  round: FollowUpRound;
  tasks: readonly FollowUpTask[];
  report: FollowUpReport;
  isDraft: boolean;
}): FollowUpReportData {
  const { plan, round, report } = input;
  const tasks = input.tasks.filter((task) => task.roundId === round.id);
  const taskByMeasure = new Map(tasks.map((task) => [task.measureId, task]));
  const goalTitles = new Map(plan.goals.map((goal) => [goal.id, goal.title]));
  return {
    municipalityName: input.municipalityName,
    administrationName: report.heading.administrationName,
    addressee: report.heading.addressee,
    title: report.heading.title,
    date: report.heading.date,
    caseNumber: report.heading.caseNumber,
    handler: { name: report.heading.handlerName, email: report.heading.handlerEmail },
    plan: {
      title: plan.title,
      adoptedOn: plan.decision?.decidedOn ?? '',
      adoptedBy: (plan.decision?.bodyName ?? '').toLocaleLowerCase('sv-SE'),
      validTo: plan.validUntil,
      followUpIntervalMonths: plan.followUpIntervalMonths,
    },
    round: {
      label: round.label,
      dueOn: round.dueOn,
      reportedCount: tasks.filter((task) => task.reportedAt !== null).length,
      taskCount: tasks.length,
    },
    texts: report.texts,
    goals: plan.goals.map((goal) => ({
      title: goal.title,
      description: goal.description,
      indicators: goal.indicators.map((indicator) => ({
        name: indicator.name,
        unit: indicator.unit,
        baseline:
          indicator.baselineValue === null
            ? null
            : { label: yearOf(indicator.baselineOn), value: indicator.baselineValue },
        target:
          indicator.targetValue === null
            ? null
            : { label: yearOf(indicator.targetOn), value: indicator.targetValue },
        values: indicator.values.map((value) => ({
          label:
            value.sourceDetail && value.source === 'picture'
              ? value.sourceDetail
              : value.measuredOn,
          value: value.value,
        })),
      })),
    })),
    measures: plan.measures.map((measure) => {
      const task = taskByMeasure.get(measure.id);
      const isReported = task?.reportedAt != null;
      return {
        goalTitle: measure.goalIds
          .map((id) => goalTitles.get(id) ?? '')
          .filter(Boolean)
          .join(', '),
        cause: measure.cause,
        title: measure.measure,
        operationalGoal: measure.operativeGoal,
        when: [measure.startsOn, measure.endsOn].filter(Boolean).join('–'),
        responsible: [measure.responsible, measure.contactPerson].filter(Boolean).join('\n'),
        colour: isReported ? (task?.colour ?? null) : null,
        delivery: task ? deliveryText(task) : '',
        process: isReported ? (task?.process ?? '') : '',
        effect: isReported ? (task?.effect ?? '') : '',
      };
    }),
    signatures: report.heading.signatures,
    attachments: report.heading.attachments,
    distribution: report.heading.distribution,
    isDraft: input.isDraft,
  };
}
