import { gridDisk, latLngToCell, polygonToCells } from 'h3-js';

/**
 * The H3 hexagon grid that hot-spot statistics run on. Resolution 8 by default (cells of
 * about 0.74 km², edges of about 460 m): a few city blocks, fine enough for a municipality's
 * map and coarse enough that a cell holds a handful of reports a month.
 */
export const defaultH3Resolution = 8;

export interface CellCounts {
  /** H3 indexes, in the order the counts follow. */
  cells: string[];
  counts: number[];
}

/** A point as longitude/latitude (WGS 84). */
export interface LongitudeLatitude {
  longitude: number;
  latitude: number;
}

/**
 * The grid's cells: every cell whose centre lies inside the polygon (GeoJSON order,
 * [longitude, latitude] rings), sorted, so that empty cells count as zeros.
 */
export function cellsCovering(
  rings: readonly (readonly number[])[][],
  resolution = defaultH3Resolution,
): string[] {
  const loops = rings.map((ring) =>
    ring.map(([longitude, latitude]) => [latitude as number, longitude as number]),
  );
  return polygonToCells(loops, resolution).sort();
}

/**
 * Counts points per cell over `cells` (zero-filled); points outside those cells are ignored
 * and their number returned, so the caller can say so.
 */
export function countPointsPerCell(
  points: Iterable<LongitudeLatitude>,
  cells: readonly string[],
  resolution = defaultH3Resolution,
): CellCounts & { outside: number } {
  const positions = new Map(cells.map((cell, index) => [cell, index]));
  const counts = new Array<number>(cells.length).fill(0);
  let outside = 0;
  for (const point of points) {
    const position = positions.get(latLngToCell(point.latitude, point.longitude, resolution));
    if (position === undefined) outside += 1;
    else counts[position] = (counts[position] as number) + 1;
  }
  return { cells: [...cells], counts, outside };
}

/**
 * For each cell, the positions (ascending) of its ring-1 neighbours that are in the grid:
 * six for a hexagon inside the grid, five for a pentagon, fewer at the grid's edge. The cell
 * itself is not listed; Gi* adds it.
 */
export function ringOneNeighbours(cells: readonly string[]): number[][] {
  const positions = new Map(cells.map((cell, index) => [cell, index]));
  return cells.map((cell) =>
    gridDisk(cell, 1)
      .flatMap((other) => {
        const position = positions.get(other);
        return other === cell || position === undefined ? [] : [position];
      })
      .sort((left, right) => left - right),
  );
}
