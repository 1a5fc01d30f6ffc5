import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type {
  PlaceNameReference,
  ShippedPlaceName,
} from '../../domain/places/shipped-place-names.js';
import { packageRoot } from '../../package-root.js';

const referenceFolder = () => join(packageRoot(), 'data', 'reference');

const asciiFolded = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');

const readCsv = (...path: string[]) =>
  parse(readFileSync(join(referenceFolder(), ...path), 'utf8'), {
    columns: true,
  }) as Record<string, string>[];

/**
 * The shipped place names by kommunkod (data/reference/places-sweden, SOURCE-place-names.md):
 * GeoNames and Who's On First localities, neighbourhoods and Lantmäteriet's distrikt, and
 * SCB's tätorter, each with its point and the kommunkod whose boundary holds that point.
 */
function readShipped(): Map<string, ShippedPlaceName[]> {
  const rows = new Map<string, ShippedPlaceName[]>();
  const add = (code: string, place: ShippedPlaceName) =>
    rows.set(code, [...(rows.get(code) ?? []), place]);
  for (const row of readCsv('places-sweden', 'gazetteer-place-names.csv')) {
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
  for (const row of readCsv('places-sweden', 'tatorter-place-names.csv')) {
    add(row.kommunkod ?? '', {
      name: (row.name ?? '').trim(),
      alternativeName: null,
      point: { longitude: Number(row.lon), latitude: Number(row.lat) },
      kind: 'tatort',
    });
  }
  return rows;
}

/** The 290 municipalities' names, from SCB's boundaries. */
function readMunicipalityNames(): string[] {
  const path = join(referenceFolder(), 'boundaries-sweden', 'kommuner_scb.geojson');
  const { features } = JSON.parse(readFileSync(path, 'utf8')) as {
    features: { properties: { KnNamn: string } }[];
  };
  return features.map((feature) => feature.properties.KnNamn);
}

let byMunicipality: Map<string, ShippedPlaceName[]> | null = null;
let municipalityNames: string[] | null = null;

/** The shipped place names, each file read once, on first use, and kept for the process. */
export const shippedPlaceNameReference: PlaceNameReference = {
  placesOf(municipalityCode) {
    byMunicipality ??= readShipped();
    return byMunicipality.get(municipalityCode) ?? [];
  },
  municipalityNames() {
    municipalityNames ??= readMunicipalityNames();
    return municipalityNames;
  },
};
