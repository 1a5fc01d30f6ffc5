import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { observedResponses, takeUndocumentedResponses } from './response-check.js';

// With TRYGGVE_OBSERVED_RESPONSES naming a folder, every answer the test servers gave is kept
// there (a file per test process), for scripts/contract/unprovoked-codes.js: which codes an
// operation documents that no test provokes.
const observedFolder = process.env.TRYGGVE_OBSERVED_RESPONSES;

// Each server test fails when one of its requests got an answer the API document does not list.
afterEach(() => {
  const observed = observedResponses.splice(0);
  if (observedFolder && observed.length > 0) {
    mkdirSync(observedFolder, { recursive: true });
    const lines = observed.map((response) => JSON.stringify(response)).join('\n');
    appendFileSync(join(observedFolder, `${process.pid}.jsonl`), `${lines}\n`);
  }
  const misses = takeUndocumentedResponses();
  if (misses.length === 0) return;
  const lines = [...new Set(misses.map((miss) => `${miss.route}: ${miss.problem}`))];
  throw new Error(`Answers missing from the API document:\n${lines.join('\n')}`);
});
