import { cellToBoundary } from 'h3-js';
import { findHotSpots, type HotSpotCell } from '../../analysis/early-warning/gi-star.js';
import { cellsCovering, countPointsPerCell } from '../../analysis/early-warning/h3-grid.js';
import { parsePeriod, type Period, type PeriodKind } from '../../analysis/periods.js';
import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import type { PolygonGeometry } from '../municipalities/municipality.js';
import { defaultEarlyWarningSettings } from './early-warning.js';

export interface HotSpots {
  period: Period;
  resolution: number;
  falseDiscoveryRate: number;
  /** Incidents with a point in the period, and how many fell outside the grid. */
  points: number;
  outside: number;
  /** Every cell of the grid, each with its outline (GeoJSON ring, WGS84). */
  cells: (HotSpotCell & { outline: [number, number][] })[];
}

/** The period asked for, or VALIDATION_FAILED naming the query's key. */
export function periodOf(kind: PeriodKind, key: string): Period {
  const period = parsePeriod(kind, key);
  if (!period) {
    throw new DomainError('VALIDATION_FAILED', `"${key}" is not a ${kind}.`, {
      issues: [{ path: ['query', 'key'], message: 'a period such as 2026-W48 or 2026-11' }],
    });
  }
  return period;
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
  const period = periodOf(input.periodKind, input.periodKey);
  const settings =
    (await deps.store.earlyWarning.findSettings(actor.municipalityId)) ??
    defaultEarlyWarningSettings;
  const resolution = settings.hotSpotResolution;
  const [boundary, points] = await Promise.all([
    deps.store.municipalities.findBoundary(actor.municipalityId),
    deps.store.earlyWarning.listPoints(actor.municipalityId, period.from, period.to),
  ]);
  const base = { period, resolution, falseDiscoveryRate: settings.hotSpotFalseDiscoveryRate };
  if (!boundary) return { ...base, points: points.length, outside: points.length, cells: [] };
  const grid = countPointsPerCell(points, gridOf(boundary, resolution), resolution);
  const cells =
    grid.cells.length < 2
      ? []
      : findHotSpots(grid, { falseDiscoveryRate: settings.hotSpotFalseDiscoveryRate });
  return {
    ...base,
    points: points.length,
    outside: grid.outside,
    cells: cells.map((cell) => ({
      ...cell,
      outline: cellToBoundary(cell.cell, true) as [number, number][],
    })),
  };
}
