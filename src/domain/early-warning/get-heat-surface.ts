import { cellCentre, kernelDensity } from '../../analysis/early-warning/kernel-density.js';
import type { PeriodKind } from '../../analysis/periods.js';
import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { defaultEarlyWarningSettings } from './early-warning.js';
import { periodOf } from './get-hot-spots.js';

export interface HeatSurface {
  bandwidthMeters: number;
  cellSizeMeters: number;
  /** The highest density, incidents per km²; 0 when there are no points. */
  maximum: number;
  /** The centres of every cell with a density above zero. */
  cells: { longitude: number; latitude: number; density: number }[];
}

/**
 * The heat layer of a period: a quartic kernel density surface of the incidents with a
 * point, with the municipality's bandwidth, on cells of a quarter bandwidth. Aggregates
 * only, like the picture: every role may see it.
 */
export async function getHeatSurface(
  deps: Deps,
  actor: Actor,
  input: { periodKind: PeriodKind; periodKey: string },
): Promise<HeatSurface> {
  await authorize(deps, actor, 'situation.read', 'heat.read');
  const period = periodOf(input.periodKind, input.periodKey);
  const settings =
    (await deps.store.earlyWarning.findSettings(actor.municipalityId)) ??
    defaultEarlyWarningSettings;
  const bandwidthMeters = settings.heatBandwidthMeters;
  const cellSizeMeters = Math.max(25, Math.round(bandwidthMeters / 4));
  const points = await deps.store.earlyWarning.listPoints(
    actor.municipalityId,
    period.from,
    period.to,
  );
  if (points.length === 0) return { bandwidthMeters, cellSizeMeters, maximum: 0, cells: [] };
  const grid = kernelDensity(points, { bandwidthMeters, cellSizeMeters });
  const cells: HeatSurface['cells'] = [];
  let maximum = 0;
  for (let row = 0; row < grid.rows; row += 1) {
    for (let column = 0; column < grid.columns; column += 1) {
      const density = grid.values[row * grid.columns + column] as number;
      if (density <= 0) continue;
      maximum = Math.max(maximum, density);
      cells.push({ ...cellCentre(grid, column, row), density });
    }
  }
  return { bandwidthMeters, cellSizeMeters, maximum, cells };
}
