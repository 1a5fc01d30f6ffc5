// Issue 4: early warning at municipal scale. A synthetic Huddinge with a million EST reports
// over ten years (the product's generator, districts assigned in memory): EARS C1, C2 and C3
// over every district × category weekly series, and Gi* over the municipality's H3 grid
// (ten years at once and week by week), timed in TypeScript and, in the same run, in R
// (surveillance::earsC, spdep::localG) on the same inputs, with the results compared.
// Without R the benchmark says so and times TypeScript alone. Run through `npm run bench`.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCountSeries } from '../dist/server/analysis/early-warning/count-series.js';
import { ears } from '../dist/server/analysis/early-warning/ears.js';
import { benjaminiHochberg } from '../dist/server/analysis/early-warning/false-discovery.js';
import { giStar } from '../dist/server/analysis/early-warning/gi-star.js';
import {
  cellsCovering,
  countPointsPerCell,
  defaultH3Resolution,
  ringOneNeighbours,
} from '../dist/server/analysis/early-warning/h3-grid.js';
import { municipalityBoundary, vulnerableAreas } from '../dist/server/demo/reference-data.js';
import { syntheticIncidents } from '../dist/server/demo/synthetic-incidents.js';
import { latLngToCell } from 'h3-js';
import { benchmarkOptions, progress, ratio, target, writeResult } from './support/harness.js';
import { span, spanWeeks } from './support/synthetic-huddinge.js';

const { isQuick } = benchmarkOptions();
const incidentCount = isQuick ? 40_000 : 1_000_000;
const repetitions = isQuick ? 3 : 7;
const methods = ['C1', 'C2', 'C3'];

/**
 * The median of `repetitions` timings of `work`, in milliseconds, and its last result, after
 * one untimed run so that the JIT has compiled the code (R's byte code is compiled too).
 */
function medianTiming(work) {
  const timings = [];
  let result = work();
  for (let run = 0; run < repetitions; run += 1) {
    const start = performance.now();
    result = work();
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  return { milliseconds: timings[Math.floor(timings.length / 2)], timings, result };
}

const round = (value, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Huddinge, its utsatta områden as districts, and its H3 cells. */
async function loadHuddinge() {
  const reference = await municipalityBoundary('0126');
  const districts = (await vulnerableAreas(reference.name)).map((area) => ({
    id: area.name,
    geometry: area.geometry,
  }));
  const polygons =
    reference.boundary.type === 'Polygon'
      ? [reference.boundary.coordinates]
      : reference.boundary.coordinates;
  const cells = [...new Set(polygons.flatMap((rings) => cellsCovering(rings)))].sort();
  return { boundary: reference.boundary, districts, cells };
}

/** Generates the incidents and keeps what early warning needs: time, district, category, cell. */
function generateIncidents(huddinge) {
  const incidents = [];
  const generator = syntheticIncidents({
    seed: 404,
    from: span.from,
    to: span.to,
    perWeek: incidentCount / spanWeeks,
    municipality: huddinge.boundary,
    hotAreas: huddinge.districts.map((district) => ({
      id: district.id,
      geometry: district.geometry,
      intensity: 1,
    })),
    hotShare: 0.35,
  });
  for (const incident of generator) {
    const coordinates = [incident.point.longitude, incident.point.latitude];
    const district = huddinge.districts.find((item) =>
      booleanPointInPolygon(coordinates, item.geometry),
    );
    incidents.push({
      occurredAt: incident.occurredAt,
      districtId: district?.id ?? 'rest-of-huddinge',
      categoryCode: incident.categoryCode,
      point: incident.point,
    });
  }
  return incidents;
}

/** Cell counts for the whole span and per week (weeks as built by the count series). */
function gridCounts(huddinge, incidents, weekCount) {
  const total = countPointsPerCell(
    incidents.map((incident) => incident.point),
    huddinge.cells,
  );
  const position = new Map(huddinge.cells.map((cell, index) => [cell, index]));
  const weekly = Array.from({ length: weekCount }, () => new Array(huddinge.cells.length).fill(0));
  const firstMonday = Date.parse('2016-11-28T00:00:00Z') / 86_400_000;
  for (const incident of incidents) {
    const cell = position.get(
      latLngToCell(incident.point.latitude, incident.point.longitude, defaultH3Resolution),
    );
    // Weeks by UTC day are close enough for the grids' workload; the series use local weeks.
    const week = Math.floor((Date.parse(incident.occurredAt) / 86_400_000 - firstMonday) / 7);
    if (cell !== undefined && week >= 0 && week < weekCount) weekly[week][cell] += 1;
  }
  return { total: total.counts, outside: total.outside, weekly };
}

const rScript = String.raw`
suppressPackageStartupMessages({ library(jsonlite); library(surveillance); library(spdep) })
arguments <- commandArgs(trailingOnly = TRUE)
input <- fromJSON(file.path(arguments[1], "input.json"), simplifyVector = FALSE)
series <- lapply(input$series, function(item) as.numeric(unlist(item)))
cellCounts <- as.numeric(unlist(input$total))
weekly <- lapply(input$weekly, function(item) as.numeric(unlist(item)))
neighbours <- lapply(input$neighbours, function(positions)
  if (length(positions) == 0) 0L else sort(as.integer(unlist(positions)) + 1L))
class(neighbours) <- "nb"
attr(neighbours, "region.id") <- as.character(seq_along(cellCounts))
attr(neighbours, "sym") <- TRUE

start <- proc.time()[["elapsed"]]
earsOut <- list()
for (method in c("C1", "C2", "C3")) {
  alpha <- if (method == "C3") 0.025 else 0.001
  earsOut[[method]] <- lapply(series, function(counts) {
    out <- earsC(sts(observed = matrix(counts, ncol = 1), frequency = 52),
                 control = list(method = method, baseline = 7, minSigma = 0, alpha = alpha))
    list(upperbound = as.numeric(upperbound(out)[, 1]), alarm = as.logical(alarms(out)[, 1]))
  })
}
earsSeconds <- proc.time()[["elapsed"]] - start

start <- proc.time()[["elapsed"]]
weights <- nb2listw(include.self(neighbours), style = "B", zero.policy = TRUE)
totalZ <- as.numeric(localG(cellCounts, weights, zero.policy = TRUE))
totalP <- p.adjust(2 * pnorm(abs(totalZ), lower.tail = FALSE), method = "BH")
giSeconds <- proc.time()[["elapsed"]] - start

start <- proc.time()[["elapsed"]]
weeklyZ <- lapply(weekly, function(counts) as.numeric(localG(counts, weights, zero.policy = TRUE)))
weeklySeconds <- proc.time()[["elapsed"]] - start

exact <- function(x) {
  text <- sprintf("%.17g", x)
  text[is.na(x)] <- '"NaN"'
  paste0("[", paste(text, collapse = ","), "]")
}
lines <- c(
  sprintf('{"earsSeconds":%.6f,"giSeconds":%.6f,"weeklyGiSeconds":%.6f,', earsSeconds, giSeconds, weeklySeconds),
  sprintf('"R":"%s","surveillance":"%s","spdep":"%s",', R.version.string,
          packageVersion("surveillance"), packageVersion("spdep")),
  '"ears":{',
  paste(sapply(c("C1", "C2", "C3"), function(method) paste0('"', method, '":[',
    paste(sapply(earsOut[[method]], function(item) paste0('{"upperbound":', exact(item$upperbound),
      ',"alarm":', toJSON(item$alarm), '}')), collapse = ","), "]")), collapse = ","),
  '},"totalZ":', exact(totalZ), ',"totalQ":', exact(totalP),
  ',"weeklyZ":[', paste(sapply(weeklyZ, exact), collapse = ","), "]}")
writeLines(paste(lines, collapse = ""), file.path(arguments[1], "output.json"))
`;

/** Runs R on the same inputs; null when Rscript is not installed. */
function runR(folder, input) {
  const probe = spawnSync('Rscript', ['--version'], { encoding: 'utf8' });
  if (probe.error) return null;
  writeFileSync(join(folder, 'input.json'), JSON.stringify(input));
  writeFileSync(join(folder, 'bench.R'), rScript);
  const start = performance.now();
  const run = spawnSync('Rscript', [join(folder, 'bench.R'), folder], { encoding: 'utf8' });
  const wallMilliseconds = performance.now() - start;
  if (run.status !== 0) throw new Error(`R failed:\n${run.stderr}`);
  const output = JSON.parse(readFileSync(join(folder, 'output.json'), 'utf8'), (key, value) =>
    value === 'NaN' ? Number.NaN : value,
  );
  return { ...output, wallMilliseconds };
}

function maxDifference(left, right) {
  let largest = 0;
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const a = left[index];
    const b = right[index];
    if (Number.isNaN(a) && Number.isNaN(b)) continue;
    if (a === b) continue;
    largest = Math.max(largest, Math.abs(a - b));
  }
  return largest;
}

async function main() {
  progress(`Early warning: ${incidentCount} synthetic incidents over ${span.years} years.`);
  const huddinge = await loadHuddinge();
  const generationStart = performance.now();
  const incidents = generateIncidents(huddinge);
  const generationSeconds = (performance.now() - generationStart) / 1000;
  progress(`  generated ${incidents.length} incidents in ${generationSeconds.toFixed(1)} s`);

  const seriesTiming = medianTiming(() =>
    buildCountSeries(incidents, {
      frequency: 'week',
      firstDay: { year: 2016, month: 12, day: 1 },
      lastDay: { year: 2026, month: 11, day: 30 },
    }),
  );
  const seriesSet = seriesTiming.result;
  const byCategory = seriesSet.series.filter((item) => item.categoryCode !== null);
  progress(
    `  ${byCategory.length} district × category series of ${seriesSet.keys.length} weeks ` +
      `(built in ${seriesTiming.milliseconds.toFixed(1)} ms)`,
  );

  const earsTiming = medianTiming(() =>
    Object.fromEntries(
      methods.map((method) => [method, byCategory.map((item) => ears(item.counts, { method }))]),
    ),
  );
  const grid = gridCounts(huddinge, incidents, seriesSet.keys.length);
  const neighbours = ringOneNeighbours(huddinge.cells);
  const neighbourTiming = medianTiming(() => ringOneNeighbours(huddinge.cells));
  const giTiming = medianTiming(() => {
    const statistics = giStar(grid.total, neighbours);
    return { ...statistics, q: benjaminiHochberg(statistics.p) };
  });
  const weeklyTiming = medianTiming(() =>
    grid.weekly.map((counts) => giStar(counts, neighbours).z),
  );
  progress(
    `  TypeScript: EARS ${earsTiming.milliseconds.toFixed(2)} ms, Gi* ${giTiming.milliseconds.toFixed(3)} ms ` +
      `(${huddinge.cells.length} cells), weekly Gi* ${weeklyTiming.milliseconds.toFixed(2)} ms`,
  );

  const folder = mkdtempSync(join(tmpdir(), 'tryggve-early-warning-'));
  let r;
  try {
    progress('  running R on the same inputs…');
    r = runR(folder, {
      series: byCategory.map((item) => item.counts),
      total: grid.total,
      weekly: grid.weekly,
      neighbours,
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  const summary = [
    { label: 'incidents', value: incidents.length },
    { label: 'district × category weekly series', value: byCategory.length },
    { label: 'weeks per series', value: seriesSet.keys.length },
    { label: 'H3 cells (resolution 8)', value: huddinge.cells.length },
    {
      label: 'TypeScript EARS C1–C3, all series',
      value: round(earsTiming.milliseconds),
      unit: 'ms',
    },
    {
      label: 'TypeScript Gi* + BH, ten-year grid',
      value: round(giTiming.milliseconds),
      unit: 'ms',
    },
    { label: 'TypeScript Gi*, every week', value: round(weeklyTiming.milliseconds), unit: 'ms' },
  ];
  const targets = [];
  let comparison = null;
  if (r === null) {
    summary.push({ label: 'R', value: 'not installed: no comparison, no ratios' });
    progress('  Rscript not found: R was not timed and no ratios are given.');
  } else {
    let earsDifference = 0;
    let alarmMismatches = 0;
    let alarms = 0;
    for (const method of methods) {
      earsTiming.result[method].forEach((result, index) => {
        const expected = r.ears[method][index];
        earsDifference = Math.max(
          earsDifference,
          maxDifference(result.upperbound, expected.upperbound),
        );
        result.isAlarm.forEach((isAlarm, position) => {
          const other = expected.alarm[position] === true;
          if (isAlarm !== other) alarmMismatches += 1;
          if (isAlarm) alarms += 1;
        });
      });
    }
    const giDifference = maxDifference(giTiming.result.z, r.totalZ);
    const qDifference = maxDifference(giTiming.result.q, r.totalQ);
    const weeklyDifference = Math.max(
      ...weeklyTiming.result.map((z, index) => maxDifference(z, r.weeklyZ[index])),
    );
    comparison = {
      earsUpperboundMaxAbsDifference: earsDifference,
      earsAlarms: alarms,
      earsAlarmMismatches: alarmMismatches,
      giStarZMaxAbsDifference: giDifference,
      benjaminiHochbergMaxAbsDifference: qDifference,
      weeklyGiStarZMaxAbsDifference: weeklyDifference,
      isIdentical: alarmMismatches === 0 && earsDifference <= 1e-9 && giDifference <= 1e-9,
    };
    const earsRatio = ratio(r.earsSeconds * 1000, earsTiming.milliseconds);
    const giRatio = ratio(r.giSeconds * 1000, giTiming.milliseconds);
    const weeklyRatio = ratio(r.weeklyGiSeconds * 1000, weeklyTiming.milliseconds);
    summary.push(
      { label: 'R EARS (inside R)', value: round(r.earsSeconds * 1000), unit: 'ms' },
      { label: 'R Gi* + BH (inside R, listw built)', value: round(r.giSeconds * 1000), unit: 'ms' },
      { label: 'R weekly Gi* (inside R)', value: round(r.weeklyGiSeconds * 1000), unit: 'ms' },
      {
        label: 'Rscript wall time (start, read, work, write)',
        value: round(r.wallMilliseconds),
        unit: 'ms',
      },
      { label: 'EARS alarms (identical to R)', value: `${alarms} (${alarmMismatches} differ)` },
      { label: 'EARS upperbound max |Δ|', value: earsDifference },
      { label: 'Gi* z max |Δ| (ten years; weekly)', value: `${giDifference}; ${weeklyDifference}` },
    );
    targets.push(
      target(
        'EARS R / TypeScript',
        earsRatio,
        '>=',
        10,
        'EARS C1–C3 over every district × category weekly series',
      ),
      target('Gi* R / TypeScript', giRatio, '>=', 10, 'Gi* with BH over the ten-year H3 grid'),
      target('weekly Gi* R / TypeScript', weeklyRatio, '>=', 10, 'Gi* over the grid of every week'),
      target(
        'identical results',
        comparison.isIdentical ? 1 : 0,
        '>=',
        1,
        'alarms identical, statistics within 1e-9',
      ),
    );
  }

  const resultPath = writeResult('early-warning', isQuick, {
    data: {
      incidents: incidents.length,
      generator: 'src/demo/synthetic-incidents.ts, seed 404, Huddinge, 35 % in the utsatta områden',
      span: { from: span.from.toISOString(), to: span.to.toISOString() },
      districts: [...huddinge.districts.map((district) => district.id), 'rest-of-huddinge'],
      series: byCategory.length,
      weeks: seriesSet.keys.length,
      cells: huddinge.cells.length,
      cellsOutsideGrid: grid.outside,
      generationSeconds: round(generationSeconds, 1),
    },
    parameters: {
      ears: 'baseline 7, minSigma 0, alpha 0.001 (C1, C2) and 0.025 (C3): earsC defaults',
      giStar: 'H3 resolution 8, ring-1 binary weights with the cell included, two-sided p, BH',
      repetitions,
      timing:
        'TypeScript: median of the repetitions in this process; R: proc.time around the work only, once',
    },
    typescript: {
      countSeriesMilliseconds: round(seriesTiming.milliseconds),
      earsMilliseconds: round(earsTiming.milliseconds),
      earsTimings: earsTiming.timings.map((value) => round(value)),
      ringOneNeighboursMilliseconds: round(neighbourTiming.milliseconds),
      giStarMilliseconds: round(giTiming.milliseconds),
      weeklyGiStarMilliseconds: round(weeklyTiming.milliseconds),
    },
    r:
      r === null
        ? { isInstalled: false, note: 'Rscript was not found: R was not timed, no ratios.' }
        : {
            isInstalled: true,
            version: r.R,
            surveillance: r.surveillance,
            spdep: r.spdep,
            earsMilliseconds: round(r.earsSeconds * 1000),
            giStarMilliseconds: round(r.giSeconds * 1000),
            weeklyGiStarMilliseconds: round(r.weeklyGiSeconds * 1000),
            wallMilliseconds: round(r.wallMilliseconds),
          },
    comparison,
    summary,
    targets,
  });
  progress(`Wrote ${resultPath}`);
}

await main();
