// Builds the inputs of scripts/reference/reference-more.R (issue 18): series with missing
// weeks and a population, custom Gi* weights, space–time events for the Knox test and the
// near-repeat table, and points for the kernel density. Deterministic (mulberry32, seed
// 20261208); reads the committed series.json and grids.json. Plain Node:
// `node scripts/reference/make-more-inputs.mjs [output folder]` (see README.md).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const inputFolder = join(root, 'test', 'fixtures', 'reference', 'inputs');
const outputFolder = process.argv[2] ?? inputFolder;

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
const random = seededRandom(20261208);
const round = (value, digits) => Number(value.toFixed(digits));

// ---- Series with missing weeks (NA) and weekly populations ----
const { series } = JSON.parse(readFileSync(join(inputFolder, 'series.json'), 'utf8'));
const byId = new Map(series.map((item) => [item.id, item]));
const missingSource = [
  'polisen-county-type-misshandel-weekly',
  'polisen-municipality-stockholm-weekly',
  'polisen-sodertalje-brand-weekly',
  'poisson-10-outbreaks',
  'seasonal-5',
  'seasonal-20',
  'seasonal-8-outbreaks',
];
const missingSeries = missingSource.map((id) => {
  const counts = [...byId.get(id).counts];
  // About 3 % of weeks missing, at least one in the last four weeks and a run of three.
  const gaps = counts.map(() => random() < 0.03);
  gaps[counts.length - 2] = true;
  const run = Math.floor(counts.length * 0.6);
  for (const position of [run, run + 1, run + 2]) gaps[position] = true;
  return {
    id: `${id}-missing`,
    description: `${byId.get(id).description}, with missing weeks`,
    counts: counts.map((value, index) => (gaps[index] ? 'NA' : value)),
  };
});
const populationSeries = [
  'polisen-municipality-stockholm-weekly',
  'seasonal-20',
  'seasonal-10-trend-up',
].map((id) => ({
  series: id,
  // A growing town with a yearly swing (students, summer): positive, not constant.
  population: byId
    .get(id)
    .counts.map((_, week) =>
      Math.round(60_000 + 40 * week + 3_000 * Math.sin((2 * Math.PI * week) / 52)),
    ),
}));

// ---- Custom Gi* weights on three of the grids ----
const { grids } = JSON.parse(readFileSync(join(inputFolder, 'grids.json'), 'utf8'));
const weightGrids = grids
  .filter((grid) => grid.cells.length <= 800)
  .slice(0, 3)
  .map((grid) => ({
    grid: grid.id,
    // One weight per listed neighbour, in (0.25, 2], then the cell's own weight, 1.
    weights: grid.neighbours.map((positions) =>
      positions.map(() => round(0.25 + 1.75 * random(), 4)),
    ),
  }));

// ---- Space–time events (metres, days) ----
function uniformEvents(count, side, days) {
  return Array.from({ length: count }, () => ({
    x: round(random() * side, 1),
    y: round(random() * side, 1),
    t: Math.floor(random() * days),
  }));
}
/** Events that bring on more nearby and soon after: the near-repeat pattern. */
function contagiousEvents(count, side, days, share, radius, lag) {
  const events = uniformEvents(Math.round(count * (1 - share)), side, days);
  while (events.length < count) {
    const parent = events[Math.floor(random() * events.length)];
    const angle = 2 * Math.PI * random();
    const distance = radius * Math.sqrt(random());
    events.push({
      x: round(Math.min(side, Math.max(0, parent.x + distance * Math.cos(angle))), 1),
      y: round(Math.min(side, Math.max(0, parent.y + distance * Math.sin(angle))), 1),
      t: Math.min(days - 1, parent.t + 1 + Math.floor(random() * lag)),
    });
  }
  return events;
}
const eventSets = [
  {
    id: 'uniform-120',
    description: 'No interaction: 120 events, 5 km square, a year',
    events: uniformEvents(120, 5000, 365),
  },
  {
    id: 'near-repeat-150',
    description: 'Near repeats: a third within 300 m and 10 days of an earlier one',
    events: contagiousEvents(150, 6000, 365, 1 / 3, 300, 10),
  },
  {
    id: 'near-repeat-60',
    description: 'Few events, strong near repeats',
    events: contagiousEvents(60, 4000, 180, 0.5, 200, 7),
  },
  {
    id: 'same-day-12',
    description: 'Every event on the same day (no time variation)',
    events: uniformEvents(12, 2000, 1),
  },
  { id: 'tiny-4', description: 'Four events', events: uniformEvents(4, 1000, 30) },
];
const knoxSettings = [
  { eventSet: 'uniform-120', distance: 400, days: 14, seed: 1, permutations: 199 },
  { eventSet: 'near-repeat-150', distance: 400, days: 14, seed: 20261208, permutations: 199 },
  { eventSet: 'near-repeat-150', distance: 200, days: 7, seed: 42, permutations: 199 },
  { eventSet: 'near-repeat-60', distance: 300, days: 10, seed: 7, permutations: 999 },
  { eventSet: 'same-day-12', distance: 500, days: 0, seed: 3, permutations: 999 },
  { eventSet: 'tiny-4', distance: 500, days: 10, seed: 5, permutations: 999 },
];
const nearRepeatSettings = [
  {
    eventSet: 'near-repeat-150',
    distanceBand: 200,
    distanceBands: 4,
    dayBand: 7,
    dayBands: 4,
    permutations: 99,
    seed: 20261208,
  },
  {
    eventSet: 'uniform-120',
    distanceBand: 400,
    distanceBands: 3,
    dayBand: 14,
    dayBands: 3,
    permutations: 99,
    seed: 1,
  },
  {
    eventSet: 'near-repeat-60',
    distanceBand: 100,
    distanceBands: 5,
    dayBand: 3,
    dayBands: 5,
    permutations: 199,
    seed: 11,
  },
];

// ---- Points for the kernel density against spatstat::density.ppp ----
const pointSets = [
  {
    id: 'clustered-80',
    description: '80 points in two clusters, some near the edge',
    bandwidth: 400,
    cellSize: 100,
    columns: 40,
    rows: 30,
    points: contagiousEvents(80, 4000, 10, 0.6, 500, 1).map(({ x, y }) => ({
      x: round(x, 1),
      y: round(Math.min(y, 2999), 1),
    })),
  },
  {
    id: 'uniform-30-small-cells',
    description: '30 uniform points, 25 m cells, 150 m bandwidth',
    bandwidth: 150,
    cellSize: 25,
    columns: 48,
    rows: 40,
    points: uniformEvents(30, 1000, 1).map(({ x, y }) => ({ x: round(x * 1.2, 1), y })),
  },
];

mkdirSync(outputFolder, { recursive: true });
const write = (name, value) =>
  writeFileSync(join(outputFolder, name), `${JSON.stringify(value, null, 1)}\n`);
write('series-more.json', {
  note: 'Made by scripts/reference/make-more-inputs.mjs; "NA" is a missing week.',
  missing: missingSeries,
  populations: populationSeries,
});
write('gi-weights.json', {
  note: 'Made by scripts/reference/make-more-inputs.mjs; weights follow grids.json neighbours.',
  grids: weightGrids,
});
write('events.json', {
  note: 'Made by scripts/reference/make-more-inputs.mjs; x, y metres, t whole days.',
  eventSets,
  knox: knoxSettings,
  nearRepeat: nearRepeatSettings,
});
write('points.json', {
  note: 'Made by scripts/reference/make-more-inputs.mjs; x, y metres; the grid starts at 0, 0.',
  pointSets,
});
process.stdout.write(`more inputs → ${outputFolder}\n`);
