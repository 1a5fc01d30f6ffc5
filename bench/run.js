// `npm run bench [-- --quick] [-- <name>…]`: builds the server if its sources changed, runs
// every benchmark in bench/ (or those named) in its own process with a time limit, and
// prints a short table of each result file. `--quick` runs the small forms, for CI.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIfNeeded } from '../scripts/build-if-needed.js';
import { benchRoot } from './support/harness.js';

const argv = process.argv.slice(2);
const isQuick = argv.includes('--quick');
const names = argv.filter((argument) => !argument.startsWith('--'));

/** A benchmark that runs past this is stopped and counted as failed. */
const limitMinutes = isQuick ? 3 : 14;

const available = readdirSync(benchRoot)
  .filter((file) => file.endsWith('.js') && file !== 'run.js')
  .map((file) => file.slice(0, -'.js'.length))
  .sort();
const unknown = names.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  process.stderr.write(
    `Unknown benchmark: ${unknown.join(', ')}. There are: ${available.join(', ')}.\n`,
  );
  process.exit(2);
}

function runBenchmark(name) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--max-old-space-size=4096', join(benchRoot, `${name}.js`), ...(isQuick ? ['--quick'] : [])],
      { stdio: 'inherit' },
    );
    const timer = setTimeout(() => {
      process.stderr.write(`${name}: stopped after ${limitMinutes} minutes.\n`);
      child.kill('SIGKILL');
    }, limitMinutes * 60_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code === 0 && signal === null);
    });
  });
}

function printTable(name) {
  const path = join(benchRoot, 'results', `${name}${isQuick ? '.quick' : ''}.json`);
  const result = JSON.parse(readFileSync(path, 'utf8'));
  const { machine } = result;
  const rows = [
    ...result.summary.map((item) => [
      item.label,
      `${item.value}${item.unit ? ` ${item.unit}` : ''}`,
    ]),
    ...result.targets.map((item) => [
      `target: ${item.name}`,
      `${item.value} (${item.comparison} ${item.threshold}) ${item.isMet ? 'met' : 'MISSED'}`,
    ]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  process.stdout.write(
    `\n${name} (${result.mode}, ${result.durationSeconds} s; ${machine.cpuCount} cores, ` +
      `${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.gitCommit?.slice(0, 10) ?? 'no git'})\n`,
  );
  for (const [label, value] of rows) process.stdout.write(`  ${label.padEnd(width)}  ${value}\n`);
  process.stdout.write(`  → ${path}\n`);
}

buildIfNeeded(['server']);
let hasFailed = false;
for (const name of names.length > 0 ? names : available) {
  process.stderr.write(`\n== ${name}${isQuick ? ' (quick)' : ''}\n`);
  if (await runBenchmark(name)) printTable(name);
  else hasFailed = true;
}
process.exit(hasFailed ? 1 : 0);
