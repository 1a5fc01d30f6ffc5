// Issue 18: the new statistics against R on the committed reference inputs
// (test/fixtures/reference/inputs): Farrington with R's default delta threshold and with muan
// on the police-archive series, Gi* with row-standardised (W) weights on every grid, and the
// Knox test (999 permutations) and the near-repeat table on the event sets. Both sides use
// the same timing rule: one untimed run, then the median of `repetitions` timed runs of the
// work alone (TypeScript: performance.now in this process; R: proc.time inside Rscript).
// Results are compared too. Without R the benchmark says so and times TypeScript alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { farrington } from '../dist/server/analysis/early-warning/farrington.js';
import { giStar } from '../dist/server/analysis/early-warning/gi-star.js';
import { knox } from '../dist/server/analysis/near-repeat/knox.js';
import { nearRepeatTable } from '../dist/server/analysis/near-repeat/near-repeat-table.js';
import {
  benchRoot,
  benchmarkOptions,
  progress,
  ratio,
  target,
  writeResult,
} from './support/harness.js';

const { isQuick } = benchmarkOptions();
const repetitions = isQuick ? 2 : 5;
/** Police series in the Farrington runs: all 23, or the first 4 in the quick form. */
const seriesCount = isQuick ? 4 : 23;
const inputs = join(benchRoot, '..', 'test', 'fixtures', 'reference', 'inputs');
const read = (name) => JSON.parse(readFileSync(join(inputs, name), 'utf8'));
const series = read('series.json')
  .series.filter((item) => item.frequency === 'week' && item.id.startsWith('polisen-'))
  .slice(0, seriesCount);
const { grids } = read('grids.json');
const events = read('events.json');
const eventsOf = new Map(events.eventSets.map((set) => [set.id, set.events]));
const improved = { years: 3, halfWindow: 3, noPeriods: 10, pastWeeksNotIncluded: 26 };

function medianTiming(work) {
  let result = work();
  const timings = [];
  for (let run = 0; run < repetitions; run += 1) {
    const start = performance.now();
    result = work();
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  return { milliseconds: timings[Math.floor(timings.length / 2)], result };
}

const work = {
  farringtonDelta: () =>
    series.map((item) => farrington(item.counts, { ...improved, thresholdMethod: 'delta' })),
  farringtonMuan: () =>
    series.map((item) => farrington(item.counts, { ...improved, thresholdMethod: 'muan' })),
  giStarW: () => grids.map((grid) => giStar(grid.counts, grid.neighbours, { style: 'W' }).z),
  knox: () =>
    events.knox.map((setting) =>
      knox(eventsOf.get(setting.eventSet), {
        distance: setting.distance,
        days: setting.days,
        permutations: 999,
        seed: setting.seed,
      }),
    ),
  nearRepeat: () =>
    events.nearRepeat.map((setting) => nearRepeatTable(eventsOf.get(setting.eventSet), setting)),
};

const rScript = String.raw`
suppressPackageStartupMessages({ library(jsonlite); library(surveillance); library(spdep) })
RNGkind("Mersenne-Twister", "Inversion", "Rejection")
arguments <- commandArgs(trailingOnly = TRUE)
inputs <- arguments[1]; repetitions <- as.integer(arguments[2])
read <- function(name) fromJSON(file.path(inputs, name), simplifyVector = FALSE)
series <- Filter(function(item) item$frequency == "week" && startsWith(item$id, "polisen-"), read("series.json")$series)[seq_len(as.integer(arguments[4]))]
grids <- read("grids.json")$grids
events <- read("events.json")
sets <- setNames(lapply(events$eventSets, function(set) data.frame(x = sapply(set$events, [[, "x"),
  y = sapply(set$events, [[, "y"), t = sapply(set$events, [[, "t"))), sapply(events$eventSets, [[, "id"))
median_time <- function(work) {
  result <- work()
  timings <- sapply(seq_len(repetitions), function(i) { start <- proc.time()[["elapsed"]]; result <<- work(); proc.time()[["elapsed"]] - start })
  list(seconds = sort(timings)[floor(repetitions / 2) + 1], result = result)
}
farringtonRun <- function(method) lapply(series, function(item) {
  control <- list(b = 3, w = 3, reweight = TRUE, weightsThreshold = 2.58, alpha = 0.05, trend = TRUE,
    pThresholdTrend = 1, limit54 = c(5, 4), powertrans = "2/3", populationOffset = FALSE,
    noPeriods = 10, pastWeeksNotIncluded = 26, thresholdMethod = method, glmWarnings = FALSE,
    fitFun = "algo.farrington.fitGLM.flexible")
  out <- farringtonFlexible(sts(observed = matrix(as.numeric(unlist(item$counts)), ncol = 1), frequency = 52), control = control)
  sum(alarms(out)[, 1], na.rm = TRUE)
})
nbOf <- function(grid) {
  nb <- lapply(grid$neighbours, function(p) if (length(p) == 0) 0L else sort(as.integer(unlist(p)) + 1L))
  class(nb) <- "nb"; attr(nb, "region.id") <- as.character(seq_along(nb)); attr(nb, "sym") <- TRUE
  include.self(nb)
}
timings <- list(
  farringtonDelta = median_time(function() farringtonRun("delta")),
  farringtonMuan = median_time(function() farringtonRun("muan")),
  giStarW = median_time(function() lapply(grids, function(grid) as.numeric(localG(as.numeric(unlist(grid$counts)),
    nb2listw(nbOf(grid), style = "W", zero.policy = TRUE), zero.policy = TRUE)))),
  knox = median_time(function() lapply(events$knox, function(s) { d <- sets[[s$eventSet]]; set.seed(s$seed)
    k <- suppressWarnings(knox(dist(d$t), dist(cbind(d$x, d$y)), eps.t = s$days, eps.s = s$distance, B = 999, .verbose = FALSE))
    c(k$statistic, k$p.value[1]) })),
  nearRepeat = median_time(function() lapply(events$nearRepeat, function(s) { d <- sets[[s$eventSet]]
    band <- function(v, w, k) pmin(pmax(ceiling(v / w), 1), k + 1)
    db <- band(as.vector(dist(cbind(d$x, d$y))), s$distanceBand, s$distanceBands)
    tab <- function(t) tabulate((db - 1) * (s$dayBands + 1) + band(as.vector(dist(t)), s$dayBand, s$dayBands), nbins = (s$distanceBands + 1) * (s$dayBands + 1))
    obs <- tab(d$t); set.seed(s$seed); sums <- numeric(length(obs))
    for (r in seq_len(s$permutations)) sums <- sums + tab(d$t[sample.int(nrow(d))])
    sums / s$permutations }))
)
out <- lapply(timings, function(item) list(seconds = item$seconds, result = item$result))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), file.path(arguments[3], "output.json"))
`;

function runR(folder) {
  if (spawnSync('Rscript', ['--version']).error) return null;
  writeFileSync(join(folder, 'bench.R'), rScript.replaceAll('[[, ', '`[[`, '));
  const run = spawnSync(
    'Rscript',
    [join(folder, 'bench.R'), inputs, String(repetitions), folder, String(seriesCount)],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`R failed:\n${run.stderr}`);
  return JSON.parse(readFileSync(join(folder, 'output.json'), 'utf8'));
}

progress(
  `Issue 18 statistics: ${series.length} police series, ${grids.length} grids, ${events.knox.length} Knox tests, ${events.nearRepeat.length} tables.`,
);
const typescript = Object.fromEntries(
  Object.entries(work).map(([name, run]) => [name, medianTiming(run)]),
);
const folder = mkdtempSync(join(tmpdir(), 'tryggve-early-warning-more-'));
let r;
try {
  progress('  running R on the same inputs…');
  r = runR(folder);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
const summary = [];
const targets = [];
const comparison = {};
for (const [name, timing] of Object.entries(typescript)) {
  summary.push({
    label: `TypeScript ${name}`,
    value: Math.round(timing.milliseconds * 1000) / 1000,
    unit: 'ms',
  });
  if (r) {
    const rMilliseconds = r[name].seconds * 1000;
    summary.push({
      label: `R ${name}`,
      value: Math.round(rMilliseconds * 1000) / 1000,
      unit: 'ms',
    });
    targets.push(
      target(
        `${name} R / TypeScript`,
        ratio(rMilliseconds, timing.milliseconds),
        '>=',
        10,
        `${name}: same work, same timing rule`,
      ),
    );
  }
}
if (r) {
  const alarms = (results) => results.map((result) => result.isAlarm.filter(Boolean).length);
  comparison.farringtonDeltaAlarmsIdentical =
    JSON.stringify(alarms(typescript.farringtonDelta.result)) ===
    JSON.stringify(r.farringtonDelta.result);
  comparison.farringtonMuanAlarmsIdentical =
    JSON.stringify(alarms(typescript.farringtonMuan.result)) ===
    JSON.stringify(r.farringtonMuan.result);
  comparison.knoxIdentical = typescript.knox.result.every(
    (result, index) =>
      result.observed === r.knox.result[index][0] && result.pValue === r.knox.result[index][1],
  );
  // jsonlite writes 15 significant digits: the expected counts are compared to 1e-9.
  comparison.nearRepeatExpectedIdentical = typescript.nearRepeat.result.every((table, index) =>
    table.expected
      .flat()
      .every((value, cell) => Math.abs(value - r.nearRepeat.result[index][cell]) <= 1e-9),
  );
  let giDifference = 0;
  typescript.giStarW.result.forEach((z, index) =>
    z.forEach((value, cell) => {
      const other = r.giStarW.result[index][cell];
      if (Number.isFinite(value) && typeof other === 'number')
        giDifference = Math.max(giDifference, Math.abs(value - other));
    }),
  );
  comparison.giStarWMaxAbsDifference = giDifference;
  targets.push(
    target(
      'identical results',
      Object.values(comparison).every(
        (value) => value === true || (typeof value === 'number' && value <= 1e-9),
      )
        ? 1
        : 0,
      '>=',
      1,
      'alarms, Knox and tables identical; Gi* within 1e-9',
    ),
  );
} else {
  summary.push({ label: 'R', value: 'not installed: no comparison, no ratios' });
}
const path = writeResult('early-warning-more', isQuick, {
  parameters: {
    repetitions,
    timing: 'median of the repetitions after one untimed run, work only, on both sides',
  },
  comparison,
  summary,
  targets,
});
progress(`Wrote ${path}`);
