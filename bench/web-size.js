// Issue 7, web: the JavaScript the first page of each area loads, gzip-compressed, from the
// built web app (dist/web). A page loads the entry (index.html's module script) and, through
// the router's lazy routes, its layouts' and its own chunks, each with the chunks it imports
// statically; chunks it imports dynamically (a map, a chart, when needed) are not counted.
// Chunks are found through Vite's manifest when the build writes one, otherwise by the file
// names Vite gives them (the module's name and a hash). Run it through `npm run bench`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildIfNeeded } from '../scripts/build-if-needed.js';
import { benchRoot, benchmarkOptions, progress, target, writeResult } from './support/harness.js';
import { measureTransfers } from './support/web-transfer.js';

const { isQuick } = benchmarkOptions();
const webRoot = join(benchRoot, '..', 'dist', 'web');

/** Each area's first page: the lazy route modules it renders (paths under web/src), outermost first. */
const pages = {
  login: ['routes/login-page'],
  report: [
    'components/app-layout',
    'routes/situation/situation-layout',
    'routes/situation/report/report-page',
  ],
  picture: [
    'components/app-layout',
    'routes/situation/situation-layout',
    'routes/situation/picture-page',
  ],
  incidents: [
    'components/app-layout',
    'routes/situation/situation-layout',
    'routes/situation/incidents-page',
  ],
  review: [
    'components/app-layout',
    'routes/situation/situation-layout',
    'routes/situation/review-page',
  ],
  import: [
    'components/app-layout',
    'routes/situation/situation-layout',
    'routes/situation/import/import-page',
  ],
  signals: [
    'components/app-layout',
    'routes/situation/situation-layout',
    'routes/situation/signals/signals-page',
  ],
  'district layers': [
    'components/app-layout',
    'routes/situation/situation-layout',
    'routes/situation/layers/district-layers-page',
  ],
  plans: ['components/app-layout', 'routes/plans/plans-page'],
  partnership: ['components/app-layout', 'routes/partnership/partnership-page'],
  suppliers: ['components/app-layout', 'routes/suppliers/suppliers-page'],
  administration: [
    'components/app-layout',
    'routes/administration/administration-layout',
    'routes/administration/users-tab',
  ],
  start: ['components/app-layout', 'routes/start-page'],
};
/** The issue's target for these pages: at most 250 kB of gzip-compressed JavaScript. */
const targetKilobytes = 250;
const targetPages = ['login', 'report'];
/**
 * Issue 15: the picture page's first visit transferred this much (commit d1cb466, files served
 * uncompressed, the map loaded with the page); the target is 40 % of it.
 */
const pictureTransferBeforeKilobytes = 2181.5;

const gzipBytes = new Map();
function gzipSizeOf(file) {
  if (!gzipBytes.has(file)) {
    gzipBytes.set(file, gzipSync(readFileSync(join(webRoot, file)), { level: 9 }).length);
  }
  return gzipBytes.get(file);
}

/** The files a built chunk imports statically, and those it imports dynamically. */
function importsOf(file) {
  const text = readFileSync(join(webRoot, file), 'utf8');
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const resolve = (specifier) =>
    specifier.startsWith('./') ? `${folder}${specifier.slice(2)}` : specifier.replace(/^\//, '');
  const isStatic =
    /(?:^|[\s;})])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["']([^"']+\.js)["']/g;
  const isDynamic = /import\(\s*["']([^"']+\.js)["']\s*\)/g;
  return {
    static: [...text.matchAll(isStatic)].map((match) => resolve(match[1])),
    dynamic: [...text.matchAll(isDynamic)].map((match) => resolve(match[1])),
  };
}

/** A chunk and everything it imports statically, transitively. */
function closure(files) {
  const seen = new Set();
  const pending = [...files];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file) || !existsSync(join(webRoot, file))) continue;
    seen.add(file);
    pending.push(...importsOf(file).static);
  }
  return seen;
}

/** The entry's files from index.html, and a way to find a route module's chunk. */
function readBuild() {
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((match) => match[1]);
  const manifestPath = join(webRoot, '.vite', 'manifest.json');
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : null;
  const assets = readdirSync(join(webRoot, 'assets')).filter((file) => file.endsWith('.js'));
  const chunkOf = (module) => {
    if (manifest) {
      const key = Object.keys(manifest).find((source) => source === `src/${module}.tsx`);
      return key ? manifest[key].file : null;
    }
    // Vite names a chunk after its module's file: `<name>-<hash>.js`; two of a name are ambiguous.
    const name = basename(module);
    const found = assets.filter((file) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(file));
    return found.length === 1 ? `assets/${found[0]}` : null;
  };
  return { entries, manifest, chunkOf };
}

async function main() {
  buildIfNeeded(['server', 'web']);
  const { entries, manifest, chunkOf } = readBuild();
  const entryFiles = closure(entries);
  const kilobytes = (files) =>
    Math.round([...files].reduce((sum, file) => sum + gzipSizeOf(file), 0) / 100) / 10;
  const results = {};
  for (const [page, modules] of Object.entries(pages)) {
    const chunks = modules.map((module) => ({ module, file: chunkOf(module) }));
    const files = closure([...entryFiles, ...chunks.flatMap(({ file }) => (file ? [file] : []))]);
    const largest = [...files]
      .map((file) => ({ file, gzipKilobytes: Math.round(gzipSizeOf(file) / 100) / 10 }))
      .sort((a, b) => b.gzipKilobytes - a.gzipKilobytes)
      .slice(0, 5);
    results[page] = {
      gzipKilobytes: kilobytes(files),
      files: files.size,
      missingChunks: chunks.filter(({ file }) => !file).map(({ module }) => module),
      largest,
    };
    progress(`${page}: ${results[page].gzipKilobytes} kB gzip in ${files.size} files`);
  }
  const unfound = Object.entries(results).filter(([, result]) => result.missingChunks.length > 0);
  if (unfound.length > 0) {
    // A page whose route module was not found would be measured too small: stop instead.
    throw new Error(
      `No chunk for ${unfound.map(([page, result]) => `${page} (${result.missingChunks.join(', ')})`).join('; ')}: update the pages in bench/web-size.js.`,
    );
  }
  const allJavaScript = readdirSync(join(webRoot, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `assets/${file}`);
  const transfers = await measureTransfers();
  const transferKilobytes = (page) => Math.round(transfers[page].bytes / 100) / 10;
  const path = writeResult('web-size', isQuick, {
    dataset: {
      build: 'dist/web (vite build)',
      chunksFoundBy: manifest ? 'Vite manifest' : 'file names (no manifest in the build)',
      gzip: 'zlib level 9, each file alone',
    },
    summary: [
      { label: 'entry (every page)', value: kilobytes(entryFiles), unit: 'kB gzip' },
      ...Object.entries(results).map(([page, result]) => ({
        label: `first page: ${page}`,
        value: result.gzipKilobytes,
        unit: 'kB gzip',
      })),
      { label: 'all JavaScript of the build', value: kilobytes(allJavaScript), unit: 'kB gzip' },
      ...Object.keys(transfers).map((page) => ({
        label: `transferred, first visit: ${page}`,
        value: transferKilobytes(page),
        unit: 'kB',
      })),
    ],
    targets: [
      ...targetPages.map((page) =>
        target(
          `${page} page JavaScript (kB gzip)`,
          results[page].gzipKilobytes,
          '<=',
          targetKilobytes,
          'The first page loads at most 250 kB of compressed JavaScript; maps and charts load when needed.',
        ),
      ),
      target(
        'picture page transferred (kB)',
        transferKilobytes('picture'),
        '<=',
        Math.round(pictureTransferBeforeKilobytes * 0.4 * 10) / 10,
        `Issue 15: at most 40 % of the ${pictureTransferBeforeKilobytes} kB the picture page transferred before static files were compressed and the map loaded lazily.`,
      ),
    ],
    pages: results,
    transferred: transfers,
  });
  progress(`Wrote ${path}`);
}

await main();
