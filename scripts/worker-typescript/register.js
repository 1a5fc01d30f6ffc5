// Lets a worker thread run Tryggve's TypeScript sources, as the tests do (vitest transforms
// the test process, not the threads it starts). src/jobs/worker-pool.ts passes
// `--import <this file>` to its workers only when no compiled entry sits beside it, that is
// when running from src/; the compiled server (dist/) never loads this.
import { register } from 'node:module';

register('./hooks.js', import.meta.url);
