import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

/**
 * The folder of Tryggve's package.json, whether running from src/ (tests, tsx) or from the
 * compiled dist/server/. Shipped files (the web app, reference data) are found from here.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'tryggve'
    ) {
      cached = folder;
      return folder;
    }
    const parent = dirname(folder);
    if (parent === folder) throw new Error('Cannot find the tryggve package folder.');
    folder = parent;
  }
}
