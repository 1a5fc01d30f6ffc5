import { aggregatePeriod, smallestShownCount } from '../../analysis/disclosure-control.js';
import { cellCentre, kernelDensity } from '../../analysis/early-warning/kernel-density.js';
import type { PeriodKind } from '../../analysis/periods.js';
import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { requirePeriod } from '../situation/require-period.js';

const aggregateBandwidthMeters = 400;
const maximumCells = 1_000_000;

/** The area of the points' bounding box widened by the bandwidth, m² (equirectangular). */
function extentSquareMeters(
  points: readonly { longitude: number; latitude: number }[],
  margin: number,
): number {
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { longitude, latitude } of points) {
    west = Math.min(west, longitude);
    east = Math.max(east, longitude);
    south = Math.min(south, latitude);
    north = Math.max(north, latitude);
  }
  const metresPerDegree = 111_195;
  const width = (east - west) * metresPerDegree * Math.cos((((north + south) / 2) * Math.PI) / 180);
  const height = (north - south) * metresPerDegree;
  return (width + 2 * margin) * (height + 2 * margin);
}

interface HeatSurface {
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
  const requested = requirePeriod(input.periodKind, input.periodKey);
  const settings = await deps.store.earlyWarning.findSettings(actor.municipalityId);
  // A narrow kernel shows single incidents: aggregates-only roles get at least 400 m, and only
  // cells that at least 3 incidents reach (the small-count rule), so no lone incident's peak
  // marks where it happened.
  const isAggregatesOnly = !isPermitted(actor, 'incident.read_all');
  const bandwidthMeters = isAggregatesOnly
    ? Math.max(settings.heatBandwidthMeters, aggregateBandwidthMeters)
    : settings.heatBandwidthMeters;
  const period = isAggregatesOnly ? aggregatePeriod(requested) : requested;
  const points = await deps.store.earlyWarning.listPoints(
    actor.municipalityId,
    period.from,
    period.to,
  );
  let cellSizeMeters = Math.max(25, Math.round(bandwidthMeters / 4));
  if (points.length === 0) return { bandwidthMeters, cellSizeMeters, maximum: 0, cells: [] };
  // Larger cells where the points spread far, so the surface never exceeds a million cells.
  const area = extentSquareMeters(points, bandwidthMeters);
  cellSizeMeters = Math.max(cellSizeMeters, Math.ceil(Math.sqrt(area / maximumCells)));
  const grid = kernelDensity(points, {
    bandwidthMeters,
    cellSizeMeters,
    isCountingSupport: isAggregatesOnly,
  });
  const cells: HeatSurface['cells'] = [];
  let maximum = 0;
  for (let row = 0; row < grid.rows; row += 1) {
    for (let column = 0; column < grid.columns; column += 1) {
      const density = grid.values[row * grid.columns + column] as number;
      if (density <= 0) continue;
      const reaching = grid.support?.[row * grid.columns + column] ?? smallestShownCount;
      if (reaching < smallestShownCount) continue;
      maximum = Math.max(maximum, density);
      cells.push({ ...cellCentre(grid, column, row), density });
    }
  }
  return { bandwidthMeters, cellSizeMeters, maximum, cells };
}
