// Compares two folders of reference JSON (inputs or R outputs) as values: numbers must agree
// to 1e-12 relative (so a rebuilt BLAS cannot fail the check over the last bit), everything
// else exactly. Prints each difference and exits 1 if there is any.
//
//   node scripts/reference/compare-outputs.mjs <committed folder> <fresh folder>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [committed, fresh] = process.argv.slice(2);
if (!committed || !fresh) {
  process.stderr.write('Usage: compare-outputs.mjs <committed folder> <fresh folder>\n');
  process.exit(2);
}

const differences = [];
function compare(left, right, path) {
  if (differences.length > 20) return;
  if (typeof left === 'number' && typeof right === 'number') {
    const scale = Math.max(1, Math.abs(left), Math.abs(right));
    if (Math.abs(left - right) > 1e-12 * scale) differences.push(`${path}: ${left} → ${right}`);
    return;
  }
  if (Array.isArray(left) && Array.isArray(right)) {
    if (left.length !== right.length) {
      differences.push(`${path}: length ${left.length} → ${right.length}`);
      return;
    }
    left.forEach((item, index) => compare(item, right[index], `${path}[${index}]`));
    return;
  }
  if (left && right && typeof left === 'object' && typeof right === 'object') {
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    for (const key of keys) compare(left[key], right[key], `${path}.${key}`);
    return;
  }
  if (left !== right)
    differences.push(`${path}: ${JSON.stringify(left)} → ${JSON.stringify(right)}`);
}

const names = readdirSync(committed)
  .filter((name) => name.endsWith('.json'))
  .sort();
const freshNames = readdirSync(fresh)
  .filter((name) => name.endsWith('.json'))
  .sort();
compare(names, freshNames, 'files');
for (const name of names.filter((item) => freshNames.includes(item))) {
  compare(
    JSON.parse(readFileSync(join(committed, name), 'utf8')),
    JSON.parse(readFileSync(join(fresh, name), 'utf8')),
    name,
  );
}
if (differences.length > 0) {
  process.stderr.write(
    `The regenerated reference files differ from those committed in ${committed}:\n` +
      `${differences.map((line) => `  ${line}`).join('\n')}\n`,
  );
  process.exit(1);
}
process.stdout.write(`${names.length} files in ${committed} agree with the regenerated ones.\n`);
