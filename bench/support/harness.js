// What every benchmark shares: its options, timing, percentiles, progress lines and the
// result file. A benchmark is a plain script run by bench/run.js in a child process.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine } from './machine.js';

export const benchRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The options bench/run.js passes on: `--quick` for the small forms CI runs. */
export function benchmarkOptions(argv = process.argv.slice(2)) {
  return { isQuick: argv.includes('--quick') };
}

const startedAt = Date.now();
const loadSamples = [os.loadavg()[0]];
setInterval(() => loadSamples.push(os.loadavg()[0]), 10_000).unref();

/** User + system CPU of this process (all its threads) from a process.cpuUsage() difference. */
export const cpuMilliseconds = ({ user, system }) => (user + system) / 1000;

/** A progress line on stderr, with the seconds since the benchmark started. */
export function progress(message) {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[${seconds} s] ${message}\n`);
}

/** Runs `work` and returns its result with the milliseconds it took. */
export async function timed(work) {
  const start = performance.now();
  const result = await work();
  return { result, milliseconds: performance.now() - start };
}

/** The nearest-rank percentile of sorted values: p95 of 200 values is the 190th. */
export function percentile(sortedValues, fraction) {
  if (sortedValues.length === 0) return null;
  const rank = Math.ceil(fraction * sortedValues.length);
  return sortedValues[Math.min(sortedValues.length, Math.max(1, rank)) - 1];
}

/** Count, p50, p95, mean, min and max of durations in milliseconds, rounded to 0.01 ms. */
export function summarize(milliseconds) {
  const sorted = [...milliseconds].sort((a, b) => a - b);
  const round = (value) => (value === null ? null : Math.round(value * 100) / 100);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    mean: round(sorted.length > 0 ? total / sorted.length : null),
    min: round(sorted[0] ?? null),
    max: round(sorted[sorted.length - 1] ?? null),
  };
}

/** A ratio rounded to three decimals. */
export const ratio = (numerator, denominator) =>
  Math.round((numerator / denominator) * 1000) / 1000;

/**
 * A target of the issue, judged: `comparison` is '>=' or '<='. The figure is reported
 * whether or not it meets the target.
 */
export function target(name, value, comparison, threshold, description) {
  const isMet = comparison === '>=' ? value >= threshold : value <= threshold;
  return { name, value, comparison, threshold, isMet, description };
}

/**
 * Writes bench/results/<name>.json (the quick form to <name>.quick.json, so a CI run never
 * replaces the reference figures of a full run) and returns its path.
 */
export function writeResult(name, isQuick, result) {
  const path = join(benchRoot, 'results', `${name}${isQuick ? '.quick' : ''}.json`);
  mkdirSync(dirname(path), { recursive: true });
  const document = {
    benchmark: name,
    mode: isQuick ? 'quick' : 'full',
    startedAt: new Date(startedAt).toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt) / 100) / 10,
    machine: {
      ...describeMachine(),
      // Other work on the machine slows every figure: the 1-minute load average (this
      // benchmark counts about 1 of it), sampled every 10 s.
      loadAverage: {
        atStart: loadSamples[0],
        mean:
          Math.round(
            (loadSamples.reduce((sum, value) => sum + value, 0) / loadSamples.length) * 100,
          ) / 100,
        max: Math.max(...loadSamples),
        atEnd: os.loadavg()[0],
      },
    },
    ...result,
  };
  writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
  return path;
}
