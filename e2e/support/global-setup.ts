import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repositoryRoot } from './paths.js';

/**
 * Builds the server and the web app if their sources changed (the same step `tryggve serve`
 * takes), once, before the journeys start their servers and their timeouts.
 */
export default function setup(): void {
  const result = spawnSync(process.execPath, [join('scripts', 'build-if-needed.js')], {
    cwd: repositoryRoot,
    env: productionEnvironment(),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error('Building Tryggve for the journeys failed.');
}

/**
 * The environment for builds and the server: without Vitest's NODE_ENV=test, which would make
 * Vite bundle React's development build and is not how Tryggve runs.
 */
export function productionEnvironment(): NodeJS.ProcessEnv {
  const environment = { ...process.env };
  delete environment.NODE_ENV;
  for (const name of Object.keys(environment)) {
    if (name.startsWith('VITEST')) delete environment[name];
  }
  return environment;
}
