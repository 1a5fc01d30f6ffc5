import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { listAlarms } from '../early-warning/list-alarms.js';
import type { PlanProblem, PlanSnapshot } from './plan.js';
import { findPlanOrThrow } from './plan-rules.js';

/**
 * A problem the plan's situation picture suggests: one of its largest rises, or an alarm of
 * the week. The coordinator takes it into the plan or drops it; nothing is added unasked.
 */
export interface ProblemProposal {
  /** "change|<district or ''>|<category>" or "alarm|…": stable for one snapshot. */
  key: string;
  source: 'change' | 'alarm';
  title: string;
  /** The picture's own sentence(s) on it, as the problem's description. */
  description: string;
  categoryCodes: string[];
  districtIds: string[];
}

/** A place-and-category the picture points at, before it is named. */
export interface PictureFinding {
  source: ProblemProposal['source'];
  districtId: string | null;
  categoryCode: string;
  sentence: string;
}

/** At most this many proposals: a plan works on few problems, the largest first. */
export const maximumProposals = 8;

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value) => b.includes(value));

/**
 * Pure: the findings as proposals, an alarm before a change on the same place and category
 * (their sentences joined), leaving out what the plan already has as a problem of exactly
 * that category and place.
 */
export function proposeProblems(
  findings: readonly PictureFinding[],
  existing: readonly Pick<PlanProblem, 'categoryCodes' | 'districtIds'>[],
  names: { category: (code: string) => string; district: (id: string | null) => string },
): ProblemProposal[] {
  const byCell = new Map<string, ProblemProposal>();
  const ordered = [
    ...findings.filter((finding) => finding.source === 'alarm'),
    ...findings.filter((finding) => finding.source === 'change'),
  ];
  for (const finding of ordered) {
    const categoryCodes = [finding.categoryCode];
    const districtIds = finding.districtId === null ? [] : [finding.districtId];
    if (
      existing.some(
        (problem) =>
          sameSet(problem.categoryCodes, categoryCodes) &&
          sameSet(problem.districtIds, districtIds),
      )
    )
      continue;
    const cell = `${finding.districtId ?? ''}|${finding.categoryCode}`;
    const known = byCell.get(cell);
    if (known) {
      if (!known.description.includes(finding.sentence))
        known.description = `${known.description} ${finding.sentence}`;
      continue;
    }
    byCell.set(cell, {
      key: `${finding.source}|${cell}`,
      source: finding.source,
      title: `${names.category(finding.categoryCode)} i ${names.district(finding.districtId)}`,
      description: finding.sentence,
      categoryCodes,
      districtIds,
    });
  }
  return [...byCell.values()].slice(0, maximumProposals);
}

/** The rises among the saved picture's largest changes (it is stored as JSON). */
function risesOf(snapshot: PlanSnapshot): PictureFinding[] {
  const picture = snapshot.picture as { largestChanges?: unknown } | null;
  const changes = Array.isArray(picture?.largestChanges) ? picture.largestChanges : [];
  return changes.flatMap((change: unknown): PictureFinding[] => {
    const row = change as Record<string, unknown>;
    if (row['direction'] !== 'rise' || typeof row['categoryCode'] !== 'string') return [];
    return [
      {
        source: 'change',
        districtId: typeof row['districtId'] === 'string' ? row['districtId'] : null,
        categoryCode: row['categoryCode'],
        sentence: typeof row['sentence'] === 'string' ? row['sentence'] : '',
      },
    ];
  });
}

/**
 * What the plan's saved situation picture proposes as problems: the week's alarms that no one
 * dismissed (when the picture is of a week) and the picture's largest rises, in Swedish, as
 * the plan is written. Nothing without a saved picture.
 */
export async function listProblemProposals(
  deps: Deps,
  actor: Actor,
  planId: string,
): Promise<ProblemProposal[]> {
  await authorize(deps, actor, 'plan.manage', 'plan.problem.save');
  const { municipalityId } = actor;
  const plan = await findPlanOrThrow(deps.store, municipalityId, planId);
  const snapshot = await deps.store.plans.findSnapshot(municipalityId, plan.id);
  if (snapshot === null) return [];
  const alarms =
    snapshot.periodKind === 'week'
      ? (await listAlarms(deps, actor, { periodKey: snapshot.periodKey, locale: 'sv' })).alarms
      : [];
  const [existing, categories, districts] = await Promise.all([
    deps.store.plans.listProblems(municipalityId, plan.id),
    deps.store.taxonomy.list(municipalityId),
    deps.store.municipalities.listDistricts(municipalityId),
  ]);
  const categoryNames = new Map(categories.map((category) => [category.code, category.labelSv]));
  const districtNames = new Map(districts.map((district) => [district.id, district.name]));
  const findings: PictureFinding[] = [
    ...alarms
      .filter((alarm) => alarm.decision?.decision !== 'dismissed')
      .map((alarm) => ({
        source: 'alarm' as const,
        districtId: alarm.districtId,
        categoryCode: alarm.categoryCode,
        sentence: alarm.sentence,
      })),
    ...risesOf(snapshot),
  ];
  return proposeProblems(findings, existing, {
    category: (code) => categoryNames.get(code) ?? code,
    district: (id) => (id === null ? 'hela kommunen' : (districtNames.get(id) ?? id)),
  });
}
