import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { packageRoot } from '../../package-root.js';

const gunzipAsync = promisify(gunzip);

let countsByKommun: Promise<Map<string, number>> | null = null;

/**
 * How many place names the shipped gazetteer (GeoNames CC BY 4.0, Who's On First) holds for
 * each kommunkod; read once, the first time anyone asks.
 */
export async function gazetteerCountsByKommun(): Promise<Map<string, number>> {
  countsByKommun ??= (async () => {
    const file = join(packageRoot(), 'data', 'reference', 'places-sweden', 'gazetteer.csv.gz');
    const text = (await gunzipAsync(await readFile(file))).toString('utf8');
    const rows = parse(text, { columns: true, skip_empty_lines: true }) as {
      kommunkod?: string;
    }[];
    const counts = new Map<string, number>();
    for (const row of rows) {
      if (!row.kommunkod) continue;
      counts.set(row.kommunkod, (counts.get(row.kommunkod) ?? 0) + 1);
    }
    return counts;
  })();
  countsByKommun.catch(() => (countsByKommun = null));
  return countsByKommun;
}
