// `npm run api:types`: writes the web app's API types (web/src/api/generated/openapi.ts) from
// the API document of the server built in this process (no database server, no port).
// `npm run api:types -- --check` writes nothing and exits 1 when the committed file is stale.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const isCheck = process.argv.includes('--check');

// The server's sources are TypeScript: Vite's module runner loads them without a build.
const { module } = await runnerImport(join(root, 'scripts/api-types/api-types.ts'), {
  configFile: false,
  root,
  logLevel: 'error',
});
const text = await module.typesFromDocument(await module.openApiDocument(), root);
const target = join(root, module.generatedTypesPath);

if (isCheck) {
  const problem = await module.staleness(target, text);
  if (problem !== null) {
    console.error(problem);
    process.exit(1);
  }
  console.log(`${module.generatedTypesPath} matches the API document.`);
} else {
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  console.log(`Wrote ${module.generatedTypesPath}.`);
}
