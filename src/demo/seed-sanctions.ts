import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Deps } from '../domain/deps.js';
import { loadFtmFile } from '../integrations/opensanctions/load-ftm-file.js';
import { packageRoot } from '../package-root.js';

/**
 * Loads the OpenSanctions sample (data/opensanctions/*.ftm.jsonl, CC BY-NC 4.0, see SOURCE.md
 * there) as the demo's sanctions lists, so screening finds the planted match: a supplier named
 * "Aeroscan AB" against the sanctioned "Limited Liability Company Aeroscan".
 */
export async function seedSanctions(deps: Deps): Promise<void> {
  const folder = join(packageRoot(), 'data', 'opensanctions');
  const files = (await readdir(folder)).filter((file) => file.endsWith('.ftm.jsonl')).sort();
  for (const file of files) {
    await loadFtmFile(deps.store.sanctionsLists, {
      path: join(folder, file),
      loadedAt: deps.clock().toISOString(),
    });
  }
}
