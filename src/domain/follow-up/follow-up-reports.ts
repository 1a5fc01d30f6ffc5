import { randomUUID } from 'node:crypto';
import type { FollowUpReportData, FollowUpReportTexts } from './follow-up-report-data.js';
import { longSwedishDate } from '../../shared/time/calendar.js';
import type { Actor } from '../access/actor.js';
import { auditRead } from '../audit/audit-read.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps, Repositories } from '../deps.js';
import { DomainError, notFound } from '../errors.js';
import { loadPlanDetail } from '../plans/get-plan.js';
import { findPlanOrThrow } from '../plans/plan-rules.js';
import { buildReportData } from './build-report-data.js';
import type { FollowUpReport, FollowUpReportHeading } from './follow-up.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';

const emptyTexts: FollowUpReportTexts = {
  proposal: '',
  summary: '',
  description: '',
  administrationView: '',
  consequences: '',
};

function assertDraft(report: FollowUpReport): void {
  if (report.finalizedAt === null) return;
  throw new DomainError(
    'FOLLOW_UP_REPORT_FINAL',
    'The report is final: it is archived as it was and can no longer change.',
    { reportId: report.id, finalizedAt: report.finalizedAt },
  );
}

async function findReportOrThrow(repositories: Repositories, municipalityId: string, id: string) {
  const report = await repositories.followUp.findReport(municipalityId, id);
  if (!report) throw notFound('follow-up report');
  return report;
}

/**
 * A new draft of a round's report: the letterhead filled from the plan (its diarienummer,
 * the body that decided it, the plan as Bilaga 1, the measures' responsible units as the
 * distribution list) and the handler from the signed-in user; the text sections empty.
 */
export async function createReportDraft(
  deps: Deps,
  actor: Actor,
  roundId: string,
): Promise<FollowUpReport> {
  await authorize(deps, actor, 'follow_up.manage', 'follow_up.report_create');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const round = await repositories.followUp.findRound(actor.municipalityId, roundId);
    if (!round) throw notFound('follow-up round');
    const plan = await findPlanOrThrow(repositories, actor.municipalityId, round.planId);
    const measures = await repositories.plans.listMeasures(actor.municipalityId, plan.id);
    const user = actor.userId
      ? await repositories.users.findById(actor.municipalityId, actor.userId)
      : null;
    const decision = plan.decision;
    const heading: FollowUpReportHeading = {
      title: `Uppföljning av ${plan.title.charAt(0).toLocaleLowerCase('sv-SE')}${plan.title.slice(1)}`,
      date: stockholmToday(now),
      caseNumber: decision?.caseNumber ?? '',
      handlerName: user?.displayName ?? '',
      handlerEmail: user?.email ?? '',
      addressee: decision?.bodyName ?? '',
      administrationName: plan.owner,
      signatures: [],
      attachments: decision
        ? [
            `${plan.title} (beslutad av ${decision.bodyName.toLocaleLowerCase('sv-SE')} den ${longSwedishDate(decision.decidedOn)})`,
          ]
        : [plan.title],
      distribution: [
        ...new Set(
          measures
            .flatMap((measure) => [measure.responsible, ...measure.partners])
            .map((name) => name.trim())
            .filter((name) => name !== ''),
        ),
      ].sort((a, b) => a.localeCompare(b, 'sv')),
    };
    const report: FollowUpReport = {
      id: randomUUID(),
      municipalityId: actor.municipalityId,
      roundId: round.id,
      planId: plan.id,
      heading,
      texts: emptyTexts,
      finalizedAt: null,
      finalizedByUserId: null,
      archivedData: null,
      createdByUserId: actor.userId,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await repositories.followUp.saveReport(report);
    await recordAudit(repositories, now, actor, {
      action: 'follow_up.report_create',
      entityType: 'follow_up_report',
      entityId: report.id,
      details: { roundId: round.id },
    });
    return report;
  });
}

interface ReportChanges {
  heading?: Partial<FollowUpReportHeading> | undefined;
  texts?: Partial<FollowUpReportTexts> | undefined;
}

/** Saves the written sections and the letterhead of a draft; a final report refuses. */
export async function updateReport(
  deps: Deps,
  actor: Actor,
  id: string,
  changes: ReportChanges,
): Promise<FollowUpReport> {
  await authorize(deps, actor, 'follow_up.manage', 'follow_up.report_update');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const report = await findReportOrThrow(repositories, actor.municipalityId, id);
    assertDraft(report);
    const defined = <T extends object>(value: T | undefined) =>
      Object.fromEntries(Object.entries(value ?? {}).filter(([, field]) => field !== undefined));
    const updated: FollowUpReport = {
      ...report,
      heading: { ...report.heading, ...defined(changes.heading) },
      texts: { ...report.texts, ...defined(changes.texts) },
      updatedAt: now.toISOString(),
    };
    await repositories.followUp.saveReport(updated);
    await recordAudit(repositories, now, actor, {
      action: 'follow_up.report_update',
      entityType: 'follow_up_report',
      entityId: report.id,
      details: {
        fields: [
          ...Object.keys(defined(changes.heading)).map((field) => `heading.${field}`),
          ...Object.keys(defined(changes.texts)).map((field) => `texts.${field}`),
        ],
      },
    });
    return updated;
  });
}

async function currentData(
  deps: Deps,
  repositories: Repositories,
  report: FollowUpReport,
  isDraft: boolean,
): Promise<FollowUpReportData> {
  const now = deps.clock();
  const round = await repositories.followUp.findRound(report.municipalityId, report.roundId);
  if (!round) throw notFound('follow-up round');
  const plan = await findPlanOrThrow(repositories, report.municipalityId, report.planId);
  const [detail, tasks, municipality] = await Promise.all([
    loadPlanDetail(deps, repositories, plan, now),
    repositories.followUp.listTasks(report.municipalityId, { roundIds: [round.id] }),
    repositories.municipalities.findById(report.municipalityId),
  ]);
  return buildReportData({
    municipalityName: municipality ? `${municipality.name} kommun` : '',
    plan: detail,
    round,
    tasks,
    report,
    isDraft,
  });
}

/**
 * A report with the data it renders: a draft's from the plan and the round as they are now
 * (so regenerating keeps the saved texts and takes in new figures), a final report's from
 * its archive, exactly as it was made final.
 */
export async function getReport(
  deps: Deps,
  actor: Actor,
  id: string,
  format: 'json' | 'docx' | 'pdf' = 'json',
): Promise<{ report: FollowUpReport; data: FollowUpReportData }> {
  await authorize(deps, actor, 'follow_up.read', 'follow_up.report_read');
  const report = await findReportOrThrow(deps.store, actor.municipalityId, id);
  const data = report.archivedData ?? (await currentData(deps, deps.store, report, true));
  // The report carries the tasks' free-text answers: every reading and file is recorded.
  await auditRead(deps, actor, {
    action: 'follow_up.report_read',
    entityType: 'follow_up_report',
    ids: [report.id],
    details: { format },
  });
  return { report, data };
}

/** Marks the report final: its data is frozen as JSON with it, and nothing may change it again. */
export async function finalizeReport(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<FollowUpReport> {
  await authorize(deps, actor, 'follow_up.manage', 'follow_up.report_finalize');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const report = await findReportOrThrow(repositories, actor.municipalityId, id);
    assertDraft(report);
    const data = await currentData(deps, repositories, report, false);
    const final: FollowUpReport = {
      ...report,
      finalizedAt: now.toISOString(),
      finalizedByUserId: actor.userId,
      archivedData: data,
      updatedAt: now.toISOString(),
    };
    await repositories.followUp.saveReport(final);
    await recordAudit(repositories, now, actor, {
      action: 'follow_up.report_finalize',
      entityType: 'follow_up_report',
      entityId: report.id,
      details: { roundId: report.roundId, planId: report.planId },
    });
    return final;
  });
}
