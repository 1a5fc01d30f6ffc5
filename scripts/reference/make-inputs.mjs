// Builds the fixed inputs that scripts/reference/reference.R and the tests of
// src/analysis/early-warning/ share: count series and H3 grids, written to
// test/fixtures/reference/inputs/. Deterministic: the same archive and seeds give the same
// files byte for byte. ISO weeks come from the product's own calendar (src/shared/time), read
// through the project's TypeScript loader: run with
// `node --import ./scripts/worker-typescript/register.js scripts/reference/make-inputs.mjs [output folder]`
// (see README.md).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cellToLatLng, getPentagons, gridDisk, latLngToCell, polygonToCells } from 'h3-js';
import { isoWeekKey as isoWeekKeyOfDay } from '../../src/shared/time/calendar.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outputFolder = process.argv[2] ?? join(root, 'test', 'fixtures', 'reference', 'inputs');
const archivePath = join(root, 'test', 'fixtures', 'polisen-events', 'events_stockholms_lan.json');

/** mulberry32, as in src/demo/synthetic-incidents.ts. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Poisson by inversion, in pieces of at most 20 so that large means stay exact and fast. */
function poisson(random, mean) {
  let count = 0;
  for (let left = mean; left > 0; left -= 20) {
    const limit = Math.exp(-Math.min(left, 20));
    for (let product = random(); product > limit; product *= random()) count += 1;
  }
  return count;
}

/** A gamma draw (Marsaglia–Tsang) for negative binomial counts as a gamma–Poisson mixture. */
function gamma(random, shape) {
  if (shape < 1) return gamma(random, shape + 1) * random() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    // Box–Muller for the normal draw.
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const v = (1 + c * normal) ** 3;
    if (v > 0 && Math.log(1 - random()) < 0.5 * normal ** 2 + d - d * v + d * Math.log(v)) {
      return d * v;
    }
  }
}

const negativeBinomial = (random, mean, size) =>
  poisson(random, (mean * gamma(random, size)) / size);

// ---- Real series from the police-event archive (Stockholm County) ----

/** The ISO week ("2024-W05") of a local date ("2024-01-31"): the product's own calendar. */
function isoWeekKey(localDate) {
  const [year, month, day] = localDate.split('-').map(Number);
  return isoWeekKeyOfDay({ year, month, day });
}

function weekKeysBetween(firstDay, lastDay) {
  const keys = [];
  for (let time = Date.parse(firstDay); time <= Date.parse(lastDay); time += 7 * 86_400_000) {
    const key = isoWeekKey(new Date(time).toISOString().slice(0, 10));
    if (keys.at(-1) !== key) keys.push(key);
  }
  const last = isoWeekKey(lastDay);
  if (keys.at(-1) !== last) keys.push(last);
  return keys;
}

function dayKeysBetween(firstDay, lastDay) {
  const keys = [];
  for (let time = Date.parse(firstDay); time <= Date.parse(lastDay); time += 86_400_000) {
    keys.push(new Date(time).toISOString().slice(0, 10));
  }
  return keys;
}

/** Zero-filled counts over `keys` of the events that `keyOf` maps to a key. */
function countBy(events, keys, keyOf) {
  const index = new Map(keys.map((key, position) => [key, position]));
  const counts = new Array(keys.length).fill(0);
  for (const event of events) {
    const position = index.get(keyOf(event));
    if (position !== undefined) counts[position] += 1;
  }
  return counts;
}

const events = JSON.parse(readFileSync(archivePath, 'utf8'));
// The publication day in local time (the `datetime` field's own offset): simple and exact.
const localDay = (event) => event.datetime.slice(0, 10);
// Whole ISO weeks only: Monday 2022-10-03 to Sunday 2026-08-16.
const firstDay = '2022-10-03';
const lastDay = '2026-08-16';
const inSpan = events.filter((event) => localDay(event) >= firstDay && localDay(event) <= lastDay);
const weekKeys = weekKeysBetween(firstDay, lastDay);
const dayKeys = dayKeysBetween(firstDay, lastDay);
const weekOf = (event) => isoWeekKey(localDay(event));

const series = [];
function addSeries(id, description, frequency, start, counts) {
  series.push({ id, description, frequency, start, counts });
}

function tally(items) {
  const counts = new Map();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

addSeries(
  'polisen-county-all-weekly',
  'Police events in Stockholm County per ISO week (publication day)',
  'week',
  weekKeys[0],
  countBy(inSpan, weekKeys, weekOf),
);
for (const [type] of tally(inSpan.map((event) => event.type)).slice(0, 12)) {
  addSeries(
    `polisen-county-type-${slug(type)}-weekly`,
    `Police events of type "${type}" in Stockholm County per ISO week`,
    'week',
    weekKeys[0],
    countBy(
      inSpan.filter((event) => event.type === type),
      weekKeys,
      weekOf,
    ),
  );
}
const municipalities = tally(inSpan.map((event) => event.location.name))
  .map(([name]) => name)
  .filter((name) => name !== 'Stockholms län');
for (const name of municipalities.slice(0, 8)) {
  addSeries(
    `polisen-municipality-${slug(name)}-weekly`,
    `Police events placed in ${name} per ISO week`,
    'week',
    weekKeys[0],
    countBy(
      inSpan.filter((event) => event.location.name === name),
      weekKeys,
      weekOf,
    ),
  );
}
for (const [name, type] of [
  ['Stockholm', 'Misshandel'],
  ['Stockholm', 'Brand'],
  ['Södertälje', 'Brand'],
]) {
  addSeries(
    `polisen-${slug(name)}-${slug(type)}-weekly`,
    `Police events of type "${type}" placed in ${name} per ISO week`,
    'week',
    weekKeys[0],
    countBy(
      inSpan.filter((event) => event.location.name === name && event.type === type),
      weekKeys,
      weekOf,
    ),
  );
}
addSeries(
  'polisen-county-all-daily',
  'Police events in Stockholm County per day (publication day)',
  'day',
  dayKeys[0],
  countBy(inSpan, dayKeys, localDay),
);
addSeries(
  'polisen-municipality-stockholm-daily',
  'Police events placed in Stockholm per day',
  'day',
  dayKeys[0],
  countBy(
    inSpan.filter((event) => event.location.name === 'Stockholm'),
    dayKeys,
    localDay,
  ),
);

function slug(text) {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// ---- Synthetic series ----

const random = seededRandom(20_261_127);
const syntheticStart = '2019-W01';
const draw = (length, meanAt) =>
  Array.from({ length }, (_, index) => poisson(random, meanAt(index)));
const seasonal =
  (base, amplitude, trend = 0) =>
  (index) =>
    Math.max(0, base * (1 + amplitude * Math.sin((2 * Math.PI * index) / 52)) + trend * index);

for (const length of [1, 2, 7, 8, 9, 10, 11, 12, 13]) {
  addSeries(
    `short-${length}`,
    `A short series of ${length} weeks, Poisson mean 4`,
    'week',
    syntheticStart,
    draw(length, () => 4),
  );
}
addSeries(
  'all-zero',
  'Fifty-two weeks without a report',
  'week',
  syntheticStart,
  draw(52, () => 0),
);
addSeries('constant-5', 'Five reports every week', 'week', syntheticStart, new Array(52).fill(5));
for (const mean of [0.05, 0.2, 0.5]) {
  addSeries(
    `sparse-${mean}`,
    `Two years of rare reports, Poisson mean ${mean}`,
    'week',
    syntheticStart,
    draw(104, () => mean),
  );
}
{
  const counts = new Array(60).fill(0);
  counts[30] = 3;
  counts[45] = 1;
  addSeries(
    'zeros-with-spike',
    'Zeros with a spike of 3 at week 31',
    'week',
    syntheticStart,
    counts,
  );
}

/** Adds `extra` reports at each of `weeks` (0-based) to a copy of the counts. */
function withOutbreaks(counts, outbreaks) {
  const copy = [...counts];
  for (const [week, extra] of outbreaks) copy[week] += extra;
  return copy;
}

for (const [mean, extra] of [
  [3, 8],
  [10, 15],
  [50, 40],
]) {
  const counts = draw(156, () => mean);
  addSeries(`poisson-${mean}`, `Three years, Poisson mean ${mean}`, 'week', syntheticStart, counts);
  addSeries(
    `poisson-${mean}-outbreaks`,
    `Three years, Poisson mean ${mean}, ${extra} extra reports in weeks 60, 61, 100, 140-142`,
    'week',
    syntheticStart,
    withOutbreaks(counts, [
      [59, extra],
      [60, extra],
      [99, extra],
      [139, extra],
      [140, extra],
      [141, extra],
    ]),
  );
}
addSeries(
  'negbin-8-outbreaks',
  'Three years, negative binomial mean 8 size 2, outbreaks in weeks 80 and 130-131',
  'week',
  syntheticStart,
  withOutbreaks(
    Array.from({ length: 156 }, () => negativeBinomial(random, 8, 2)),
    [
      [79, 30],
      [129, 25],
      [130, 25],
    ],
  ),
);

// Seven years of weekly data for the seasonal method (b = 3 years back needs 160 weeks).
const longLength = 7 * 52;
for (const [id, description, meanAt, outbreaks] of [
  ['seasonal-1', 'Seven years, seasonal, mean 1', seasonal(1, 0.5), []],
  ['seasonal-5', 'Seven years, seasonal, mean 5', seasonal(5, 0.4), []],
  ['seasonal-20', 'Seven years, seasonal, mean 20', seasonal(20, 0.3), []],
  ['seasonal-100', 'Seven years, seasonal, mean 100', seasonal(100, 0.2), []],
  ['seasonal-10-trend-up', 'Seven years, seasonal, rising trend', seasonal(10, 0.3, 0.04), []],
  ['seasonal-30-trend-down', 'Seven years, seasonal, falling trend', seasonal(30, 0.3, -0.05), []],
  [
    'seasonal-8-outbreaks',
    'Seven years, seasonal mean 8, outbreaks in past years and the last ones',
    seasonal(8, 0.4),
    [
      [120, 20],
      [121, 25],
      [122, 15],
      [230, 30],
      [300, 18],
      [301, 22],
      [350, 25],
    ],
  ],
  [
    'seasonal-3-outbreaks',
    'Seven years, seasonal mean 3, small outbreaks',
    seasonal(3, 0.5),
    [
      [170, 8],
      [250, 10],
      [251, 6],
      [330, 9],
    ],
  ],
  [
    'seasonal-40-outbreaks',
    'Seven years, seasonal mean 40, outbreaks',
    seasonal(40, 0.25),
    [
      [200, 60],
      [201, 40],
      [280, 50],
      [340, 70],
    ],
  ],
]) {
  addSeries(
    id,
    description,
    'week',
    syntheticStart,
    withOutbreaks(draw(longLength, meanAt), outbreaks),
  );
}
addSeries(
  'seasonal-negbin-12',
  'Seven years, seasonal negative binomial mean 12 size 3',
  'week',
  syntheticStart,
  Array.from({ length: longLength }, (_, index) =>
    negativeBinomial(random, seasonal(12, 0.35)(index), 3),
  ),
);
addSeries(
  'seasonal-sparse-0.3',
  'Seven years, seasonal, mean 0.3',
  'week',
  syntheticStart,
  draw(longLength, seasonal(0.3, 0.6)),
);
for (const [mean, id] of [
  [6, 'daily-6-weekday'],
  [0.8, 'daily-0.8-weekday'],
]) {
  const weekday = [0.8, 0.8, 0.9, 1.0, 1.3, 1.5, 1.1];
  addSeries(
    id,
    `A year of days, mean ${mean} with a weekday rhythm, outbreak on days 200-202`,
    'day',
    '2025-01-01',
    withOutbreaks(
      draw(365, (index) => mean * (weekday[index % 7] ?? 1)),
      [
        [199, 3 * mean + 4],
        [200, 3 * mean + 4],
        [201, 3 * mean + 4],
      ],
    ),
  );
}

// ---- H3 grids ----

/** The grid's cells in a fixed order, their counts, and ring-1 neighbours inside the grid. */
function grid(id, description, resolution, cells, countOf) {
  const sorted = [...new Set(cells)].sort();
  const index = new Map(sorted.map((cell, position) => [cell, position]));
  return {
    id,
    description,
    resolution,
    cells: sorted,
    counts: sorted.map((cell) => countOf(cell)),
    // 0-based positions of the cell's ring-1 neighbours that are in the grid, ascending.
    neighbours: sorted.map((cell) =>
      gridDisk(cell, 1)
        .filter((other) => other !== cell && index.has(other))
        .map((other) => index.get(other))
        .sort((a, b) => a - b),
    ),
  };
}

const grids = [];
{
  // The archive gives municipality centroids, not incident places: at resolution 6 (about
  // 36 km² a cell) over the county's extent, events pile up in the cells of those centroids.
  const resolution = 6;
  const placed = inSpan.filter((event) => event.location.name !== 'Stockholms län');
  const counts = new Map();
  for (const event of placed) {
    const [latitude, longitude] = event.location.gps.split(',').map(Number);
    const cell = latLngToCell(latitude, longitude, resolution);
    counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  const extent = [
    [
      [58.75, 17.2],
      [58.75, 19.1],
      [60.2, 19.1],
      [60.2, 17.2],
      [58.75, 17.2],
    ],
  ];
  const cells = [...polygonToCells(extent, resolution), ...counts.keys()];
  grids.push(
    grid(
      'polisen-county-res6',
      'Police events in Stockholm County (whole weeks above) at their municipality centroids, H3 resolution 6 over the county',
      resolution,
      cells,
      (cell) => counts.get(cell) ?? 0,
    ),
  );
}

const huddinge = latLngToCell(59.2363, 17.9819, 8);
{
  const hot = new Set(gridDisk(latLngToCell(59.207, 17.935, 8), 2));
  const cold = new Set(gridDisk(latLngToCell(59.265, 18.03, 8), 2));
  grids.push(
    grid(
      'synthetic-huddinge-hot-cold-res8',
      'Disk of radius 15 at resolution 8, Poisson 4 background, a hot cluster (mean 14) and a cold one (mean 0.3)',
      8,
      gridDisk(huddinge, 15),
      (cell) => poisson(random, hot.has(cell) ? 14 : cold.has(cell) ? 0.3 : 4),
    ),
  );
}
grids.push(
  grid(
    'synthetic-sparse-res8',
    'Disk of radius 25 at resolution 8, mostly zeros (Poisson 0.05), one hot spot',
    8,
    gridDisk(huddinge, 25),
    (cell) => (cell === huddinge ? 12 : poisson(random, 0.05)),
  ),
);
grids.push(
  grid(
    'synthetic-constant-res8',
    'Disk of radius 3, every cell 2: no variance, so Gi* is undefined (NaN)',
    8,
    gridDisk(huddinge, 3),
    () => 2,
  ),
);
{
  // Islands: cells far apart have no neighbours in the grid; pairs have one.
  const cells = [];
  const base = latLngToCell(59.3, 18.0, 9);
  const ring = gridDisk(base, 12);
  for (let position = 0; position < ring.length; position += 7) cells.push(ring[position]);
  cells.push(...gridDisk(base, 1));
  grids.push(
    grid(
      'synthetic-islands-res9',
      'Scattered cells at resolution 9, most without neighbours in the grid, one full ring',
      9,
      cells,
      () => poisson(random, 3),
    ),
  );
}
{
  const pentagon = getPentagons(8)[0];
  grids.push(
    grid(
      'synthetic-pentagon-res8',
      'Disk of radius 4 around a resolution-8 pentagon (five neighbours), Poisson 5 with a hot centre',
      8,
      gridDisk(pentagon, 4),
      (cell) => (cell === pentagon ? 30 : poisson(random, 5)),
    ),
  );
}
{
  const centre = latLngToCell(59.33, 18.07, 7);
  const cells = gridDisk(centre, 10);
  const [centreLatitude, centreLongitude] = cellToLatLng(centre);
  grids.push(
    grid(
      'synthetic-gradient-res7',
      'Disk of radius 10 at resolution 7, negative binomial counts falling with distance from the centre',
      7,
      cells,
      (cell) => {
        const [latitude, longitude] = cellToLatLng(cell);
        const distance = Math.hypot(latitude - centreLatitude, (longitude - centreLongitude) / 2);
        return negativeBinomial(random, 20 * Math.exp(-distance * 20), 2);
      },
    ),
  );
}

// ---- p-value vectors for Benjamini–Hochberg beyond those of the grids ----

const pValueSets = [
  { id: 'ties-and-extremes', values: [0, 1, 0.5, 0.5, 0.01, 0.01, 0.04, 1e-12, 0.2, 0.049] },
  { id: 'single', values: [0.03] },
  { id: 'uniform-200', values: Array.from({ length: 200 }, () => random()) },
  {
    id: 'mixed-300',
    values: Array.from({ length: 300 }, (_, index) =>
      index % 10 === 0 ? random() * 1e-4 : random(),
    ),
  },
];

mkdirSync(outputFolder, { recursive: true });
const write = (name, value) =>
  writeFileSync(join(outputFolder, name), `${JSON.stringify(value, null, 1)}\n`);
write('series.json', {
  note: 'Made by scripts/reference/make-inputs.mjs; see scripts/reference/README.md.',
  series,
});
write('grids.json', {
  note: 'Made by scripts/reference/make-inputs.mjs; neighbours are 0-based ring-1 positions in the grid.',
  grids,
});
write('p-values.json', { note: 'Made by scripts/reference/make-inputs.mjs.', sets: pValueSets });
process.stdout.write(
  `${series.length} series, ${grids.length} grids (${grids.map((item) => item.cells.length).join(', ')} cells), ${pValueSets.length} p-value sets → ${outputFolder}\n`,
);
