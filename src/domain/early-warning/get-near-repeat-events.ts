import { projectToMetres } from '../../analysis/early-warning/kernel-density.js';
import type { Period, PeriodKind } from '../../analysis/periods.js';
import type { SpaceTimeEvent } from '../../analysis/near-repeat/space-time-pairs.js';
import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import { requirePeriod } from '../situation/require-period.js';

/** More events than this in one analysis: choose a shorter period (the pairs grow as n²). */
export const maximumNearRepeatEvents = 1000;
const dayMs = 86_400_000;

export interface NearRepeatEvents {
  period: Period;
  categoryCode: string;
  /** Exact points in metres around their centre, days from the period's start. */
  events: SpaceTimeEvent[];
  /** Counted incidents of the category in the period without an exact point, by precision. */
  leftOut: Record<string, number>;
}

/**
 * The events a near-repeat analysis of one category and period uses: every counted incident
 * with an exact point (precision point or address). Incidents placed only by a place name,
 * a district or a municipality's centre are left out and counted by why, since their
 * distances would be made up. Exact points are detail: analysts and coordinators only.
 */
export async function getNearRepeatEvents(
  deps: Deps,
  actor: Actor,
  input: { categoryCode: string; periodKind: PeriodKind; periodKey: string },
): Promise<NearRepeatEvents> {
  await authorize(deps, actor, 'incident.read_all', 'near_repeat.read');
  const period = requirePeriod(input.periodKind, input.periodKey);
  const categories = await deps.store.taxonomy.list(actor.municipalityId);
  if (!categories.some((category) => category.code === input.categoryCode)) {
    throw new DomainError('VALIDATION_FAILED', 'The category is not in the taxonomy.', {
      issues: [{ path: ['query', 'category'], message: 'a category code of the taxonomy' }],
    });
  }
  const rows = await deps.store.earlyWarning.listCategoryEvents(
    actor.municipalityId,
    input.categoryCode,
    period.from,
    period.to,
    // Every incident of the period counts towards the bound, placed or not.
    4 * maximumNearRepeatEvents + 1,
  );
  const placed = rows.filter((row) => row.point !== null);
  if (placed.length > maximumNearRepeatEvents || rows.length > 4 * maximumNearRepeatEvents) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `More than ${maximumNearRepeatEvents} events: choose a shorter period.`,
      { issues: [{ path: ['query', 'key'], message: 'a shorter period' }] },
    );
  }
  const leftOut: Record<string, number> = {};
  for (const row of rows) {
    if (row.point === null) leftOut[row.precision] = (leftOut[row.precision] ?? 0) + 1;
  }
  const origin = {
    longitude:
      placed.reduce((sum, row) => sum + (row.point?.longitude ?? 0), 0) / (placed.length || 1),
    latitude:
      placed.reduce((sum, row) => sum + (row.point?.latitude ?? 0), 0) / (placed.length || 1),
  };
  const start = new Date(period.from).getTime();
  const events = placed.map((row) => {
    const { x, y } = projectToMetres(row.point as { longitude: number; latitude: number }, origin);
    return { x, y, t: Math.floor((new Date(row.occurredAt).getTime() - start) / dayMs) };
  });
  return { period, categoryCode: input.categoryCode, events, leftOut };
}
