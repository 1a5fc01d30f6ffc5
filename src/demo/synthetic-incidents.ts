import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Point } from '../domain/districts/district-index.js';
import { boundingBoxOf, type PolygonGeometry } from '../domain/municipalities/municipality.js';
import { stockholmLocalParts } from '../shared/time/stockholm-time.js';

/**
 * Deterministic synthetic EST reports for a municipality: for the demo's recent weeks and for
 * the benchmarks' ten years. The same seed gives the same incidents. Rhythms follow what
 * EST reporting looks like: more in the evening and at weekends, more in summer, and more in
 * the areas the police list as vulnerable.
 */

/** mulberry32: a small, fast, well-distributed 32-bit generator. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Categories and their share of EST reports (weights, not percentages). */
const categoryWeights: [string, number][] = [
  ['littering', 22],
  ['vandalism', 16],
  ['graffiti', 14],
  ['unsafe_place', 9],
  ['intimidating_gathering', 9],
  ['suspected_drug_dealing', 6],
  ['burglary_and_theft', 6],
  ['fire', 4],
  ['threats_and_violence', 4],
  ['incident_against_staff', 3],
  ['public_disorder', 3],
  ['open_drug_market', 1],
  ['youth_recruitment', 1],
  ['gang_territory', 1],
];

const descriptions: Record<string, string[]> = {
  littering: ['Mycket skräp vid återvinningsstationen.', 'Nedskräpat efter helgen vid lekplatsen.'],
  vandalism: ['Krossad ruta i busskuren.', 'Sönderslagen belysning i gångtunneln.'],
  graffiti: ['Nytt klotter på fasaden.', 'Taggar på elskåpet vid stigen.'],
  unsafe_place: ['Mörkt parti på gångvägen, trasiga lampor.', 'Igenvuxen buskage skymmer sikten.'],
  intimidating_gathering: [
    'Grupp ungdomar samlas sent vid centrum.',
    'Samling vid entrén, boende känner sig otrygga.',
  ],
  suspected_drug_dealing: [
    'Misstänkt langning bakom butiken.',
    'Återkommande överlämningar vid parkeringen.',
  ],
  burglary_and_theft: ['Inbrott i förråd.', 'Cykelstölder i cykelrummet.'],
  fire: ['Brand i papperskorg.', 'Anlagd brand i container.'],
  threats_and_violence: ['Bråk mellan flera personer.', 'Hot mot förbipasserande.'],
  incident_against_staff: ['Personal hotad vid entrén.', 'Väktare utsatt för hot.'],
  public_disorder: ['Höga ljud och fyrverkerier sent.', 'Berusade personer stör vid hållplatsen.'],
  open_drug_market: ['Öppen försäljning av narkotika vid torget.'],
  youth_recruitment: ['Yngre barn verkar användas som springpojkar.'],
  gang_territory: ['Nya symboler och klotter som markerar revir.'],
};

/** Relative activity by Swedish weekday (Monday first) and hour. */
const weekdayWeights = [0.8, 0.8, 0.9, 1.0, 1.3, 1.5, 1.1];
const hourWeights = [
  0.6, 0.4, 0.3, 0.2, 0.1, 0.1, 0.2, 0.4, 0.6, 0.7, 0.7, 0.8, 0.9, 0.9, 1.0, 1.2, 1.4, 1.7, 2.0,
  2.2, 2.3, 2.1, 1.6, 1.0,
];
const monthWeights = [0.8, 0.8, 0.9, 1.0, 1.1, 1.2, 1.1, 1.2, 1.1, 1.0, 0.9, 0.9];

/** The mean of weekday × hour weights, so that `perWeek` is the true average (the months average 1). */
const meanWeekWeight =
  weekdayWeights.reduce(
    (sum, weekday) => sum + hourWeights.reduce((hours, hour) => hours + weekday * hour, 0),
    0,
  ) /
  (7 * 24);

interface SyntheticArea {
  id: string;
  geometry: PolygonGeometry;
  /** How much more is reported here than elsewhere, per square unit: 1 is ordinary. */
  intensity: number;
}

interface SyntheticIncident {
  occurredAt: string;
  point: Point;
  categoryCode: string;
  description: string;
  severity: 1 | 2 | 3 | 4;
  unsafety: 1 | 2 | 3 | 4;
}

function pick<T>(random: () => number, items: [T, number][]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let target = random() * total;
  for (const [item, weight] of items) {
    target -= weight;
    if (target <= 0) return item;
  }
  return items[items.length - 1]?.[0] as T;
}

/** A random point inside a polygon, by rejection sampling in its bounding box. */
export function syntheticPointIn(random: () => number, geometry: PolygonGeometry): Point {
  const box = boundingBoxOf(geometry);
  for (let attempt = 0; attempt < 1_000; attempt += 1) {
    // Rounded first and tested after, so the point returned is the point tested.
    const point = {
      longitude:
        Math.round((box.minLongitude + random() * (box.maxLongitude - box.minLongitude)) * 1e6) /
        1e6,
      latitude:
        Math.round((box.minLatitude + random() * (box.maxLatitude - box.minLatitude)) * 1e6) / 1e6,
    };
    if (booleanPointInPolygon([point.longitude, point.latitude], geometry)) return point;
  }
  throw new Error('No point found inside the area.');
}

interface SyntheticOptions {
  seed: number;
  from: Date;
  to: Date;
  /** The average number of incidents per week. */
  perWeek: number;
  municipality: PolygonGeometry;
  /** Areas reported from more often than the rest (the utsatta områden, say). */
  hotAreas: SyntheticArea[];
  /** Share of incidents placed in the hot areas. */
  hotShare: number;
}

/**
 * Generates incidents between `from` and `to`, one at a time, so that ten years of them need
 * no more memory than one. Times are drawn hour by hour with the weekly, daily and seasonal
 * rhythms; places inside the hot areas or anywhere in the municipality.
 */
export function* syntheticIncidents(options: SyntheticOptions): Generator<SyntheticIncident> {
  const random = seededRandom(options.seed);
  const hourMs = 3_600_000;
  const meanPerHour = options.perWeek / (24 * 7) / meanWeekWeight;
  for (
    let hour = Math.ceil(options.from.getTime() / hourMs);
    hour * hourMs < options.to.getTime();
    hour += 1
  ) {
    const start = new Date(hour * hourMs);
    const local = stockholmLocalParts(start);
    const rate =
      meanPerHour *
      (weekdayWeights[local.weekday - 1] ?? 1) *
      (hourWeights[local.hour] ?? 1) *
      (monthWeights[local.month - 1] ?? 1);
    // Poisson by inversion: the number of incidents in this hour.
    let count = 0;
    for (let product = random(), limit = Math.exp(-rate); product > limit; product *= random())
      count += 1;
    for (let index = 0; index < count; index += 1) {
      const occurredAt = start.getTime() + Math.floor(random() * hourMs);
      const hot = options.hotAreas.length > 0 && random() < options.hotShare;
      const area = hot
        ? pick(
            random,
            options.hotAreas.map((item) => [item, item.intensity]),
          )
        : null;
      const categoryCode = pick(random, categoryWeights);
      const texts = descriptions[categoryCode] ?? ['Händelse.'];
      // The last hour may run past the end of the span: what falls after it is not yielded.
      if (occurredAt >= options.to.getTime()) continue;
      yield {
        occurredAt: new Date(occurredAt).toISOString(),
        point: syntheticPointIn(random, area ? area.geometry : options.municipality),
        categoryCode,
        description: texts[Math.floor(random() * texts.length)] ?? '',
        severity: (1 + Math.floor(random() * 3)) as 1 | 2 | 3,
        unsafety: (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4,
      };
    }
  }
}
