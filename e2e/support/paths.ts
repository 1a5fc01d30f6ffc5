import { fileURLToPath } from 'node:url';

/** The repository root, whatever folder the tests were started from. */
export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
