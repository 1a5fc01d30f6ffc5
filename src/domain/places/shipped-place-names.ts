import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { packageRoot } from '../../package-root.js';
import type { Point } from '../districts/district-index.js';

/**
 * One row of the shipped place names (data/reference/places-sweden, SOURCE-place-names.md):
 * GeoNames and Who's On First localities, neighbourhoods and Lantmäteriet's distrikt, and
 * SCB's tätorter, each with its point and the kommunkod whose boundary holds that point.
 */
export interface ShippedPlaceName {
  name: string;
  /** Who's On First's spelling, when it is not merely the name without å, ä, ö. */
  alternativeName: string | null;
  point: Point;
  kind: 'tatort' | 'locality' | 'neighbourhood' | 'distrikt';
}

let byMunicipality: Map<string, ShippedPlaceName[]> | null = null;

const folder = () => join(packageRoot(), 'data', 'reference', 'places-sweden');

const asciiFolded = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');

function readShipped(): Map<string, ShippedPlaceName[]> {
  const rows = new Map<string, ShippedPlaceName[]>();
  const add = (code: string, place: ShippedPlaceName) =>
    rows.set(code, [...(rows.get(code) ?? []), place]);
  const gazetteer = parse(readFileSync(join(folder(), 'gazetteer-place-names.csv'), 'utf8'), {
    columns: true,
  }) as Record<string, string>[];
  for (const row of gazetteer) {
    const name = (row.name ?? '').trim();
    const wof = (row.name_wof ?? '').trim();
    add(row.kommunkod ?? '', {
      name,
      alternativeName: wof && wof !== name && wof !== asciiFolded(name) ? wof : null,
      point: { longitude: Number(row.lon), latitude: Number(row.lat) },
      kind:
        row.placetype === 'localadmin'
          ? 'distrikt'
          : row.placetype === 'neighbourhood' || row.placetype === 'stadsdel'
            ? 'neighbourhood'
            : 'locality',
    });
  }
  const tatorter = parse(readFileSync(join(folder(), 'tatorter-place-names.csv'), 'utf8'), {
    columns: true,
  }) as Record<string, string>[];
  for (const row of tatorter) {
    add(row.kommunkod ?? '', {
      name: (row.name ?? '').trim(),
      alternativeName: null,
      point: { longitude: Number(row.lon), latitude: Number(row.lat) },
      kind: 'tatort',
    });
  }
  return rows;
}

/** The shipped place names of a kommunkod (read once, on first use). */
export function shippedPlaceNames(municipalityCode: string): readonly ShippedPlaceName[] {
  byMunicipality ??= readShipped();
  return byMunicipality.get(municipalityCode) ?? [];
}
