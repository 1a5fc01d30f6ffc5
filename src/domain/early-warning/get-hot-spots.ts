import { cellToBoundary } from 'h3-js';
import { findHotSpots, type HotSpotCell } from '../../analysis/early-warning/gi-star.js';
import { cellsCovering, countPointsPerCell } from '../../analysis/early-warning/h3-grid.js';
import { aggregatePeriod, smallestShownCount } from '../../analysis/disclosure-control.js';
import type { Period, PeriodKind } from '../../analysis/periods.js';
import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { requirePeriod } from '../situation/require-period.js';
import type { PolygonGeometry } from '../municipalities/municipality.js';

/** The finest grid for roles that see aggregates only (their least count: disclosure-control). */
const aggregateResolution = 8;
const maximumCells = 50_000;
const minimumResolution = 5;

interface HotSpots {
  period: Period;
  resolution: number;
  falseDiscoveryRate: number;
  /** Incidents with a point in the period, and how many fell outside the grid. */
  points: number;
  outside: number;
  /** Every cell of the grid, each with its outline (GeoJSON ring, WGS84). */
  /** `count` is null where it is below 3 and the role sees aggregates only. */
  cells: (Omit<HotSpotCell, 'count'> & { count: number | null; outline: [number, number][] })[];
}

/** The grid: H3 cells whose centres lie in the municipality, holes and islands included. */
function gridOf(boundary: PolygonGeometry, resolution: number): string[] {
  const polygons = boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
  const cells = new Set<string>();
  for (const polygon of polygons) {
    const rings = polygon.map((ring) =>
      ring.map(([longitude = 0, latitude = 0]) => [longitude, latitude] as [number, number]),
    );
    for (const cell of cellsCovering(rings, resolution)) cells.add(cell);
  }
  return [...cells].sort();
}

/**
 * Hot and cold spots of a period: Getis-Ord Gi* over the H3 cells of the municipality
 * (empty cells count as zeros, so a quiet area is part of the comparison), with the false
 * discovery rate controlled across cells. Aggregates only: every role may see them.
 */
export async function getHotSpots(
  deps: Deps,
  actor: Actor,
  input: { periodKind: PeriodKind; periodKey: string },
): Promise<HotSpots> {
  await authorize(deps, actor, 'situation.read', 'hot_spot.read');
  const isSeeingDetail = isPermitted(actor, 'incident.read_all');
  // Aggregates only: a custom period covers whole weeks (the small-count rule).
  const requested = requirePeriod(input.periodKind, input.periodKey);
  const period = isSeeingDetail ? requested : aggregatePeriod(requested);
  const settings = await deps.store.earlyWarning.findSettings(actor.municipalityId);
  const [boundary, points] = await Promise.all([
    deps.store.municipalities.findBoundary(actor.municipalityId),
    deps.store.earlyWarning.listPoints(actor.municipalityId, period.from, period.to),
  ]);
  // Aggregates-only roles get no finer than resolution 8 (cells of about 0.7 km²).
  let resolution = isSeeingDetail
    ? settings.hotSpotResolution
    : Math.min(settings.hotSpotResolution, aggregateResolution);
  const base = { period, falseDiscoveryRate: settings.hotSpotFalseDiscoveryRate };
  if (!boundary)
    return { ...base, resolution, points: points.length, outside: points.length, cells: [] };
  let cells = gridOf(boundary, resolution);
  // A large municipality at a fine resolution: coarsen until the grid is of a size to send.
  while (cells.length > maximumCells && resolution > minimumResolution) {
    resolution -= 1;
    cells = gridOf(boundary, resolution);
  }
  const grid = countPointsPerCell(points, cells, resolution);
  const spots =
    grid.cells.length < 2
      ? []
      : findHotSpots(grid, { falseDiscoveryRate: base.falseDiscoveryRate });
  return {
    ...base,
    resolution,
    points: points.length,
    outside: grid.outside,
    cells: spots.map((cell) => ({
      ...cell,
      // No variance (a week with no points, or the same count everywhere): nothing stands out.
      z: Number.isFinite(cell.z) ? cell.z : 0,
      p: Number.isFinite(cell.p) ? cell.p : 1,
      q: Number.isFinite(cell.q) ? cell.q : 1,
      // A small count in a small cell could point at one incident: shown to those who read them.
      count: isSeeingDetail || cell.count >= smallestShownCount ? cell.count : null,
      outline: cellToBoundary(cell.cell, true) as [number, number][],
    })),
  };
}
