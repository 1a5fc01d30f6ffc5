import { afterEach } from 'vitest';
import { observedResponses, takeUndocumentedResponses } from './response-check.js';

// Each server test fails when one of its requests got an answer the API document does not list.
afterEach(() => {
  observedResponses.splice(0);
  const misses = takeUndocumentedResponses();
  if (misses.length === 0) return;
  const lines = [...new Set(misses.map((miss) => `${miss.route}: ${miss.problem}`))];
  throw new Error(`Answers missing from the API document:\n${lines.join('\n')}`);
});
