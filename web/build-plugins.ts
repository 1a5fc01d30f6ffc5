import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The service worker's entry name; it is written to /sw.js, outside the hashed assets. */
export const serviceWorkerEntry = 'sw';

/** The route modules the reporting page needs, precached so it opens offline. */
const offlineModules = [
  'components/app-layout.tsx',
  'routes/situation/situation-layout.tsx',
  'routes/situation/report/report-page.tsx',
];

/** The files every installed copy needs besides the code: the manifest and its icons. */
const offlineStaticFiles = [
  '/manifest.webmanifest',
  '/icons/tryggve-192.png',
  '/icons/tryggve-512.png',
  '/favicon.svg',
];

interface ChunkFacts {
  type: 'chunk';
  fileName: string;
  name: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  code: string;
  viteMetadata?: { importedCss: Set<string> };
}

/**
 * Writes the build's version and precache list into the service worker: the app's entry, the
 * reporting page's chunks and everything they import statically, their CSS, the manifest and
 * its icons. The version is a hash of every other file name (their names carry their content's
 * hash), so a build with any change is a new worker.
 */
export function serviceWorkerManifest(): Plugin {
  return {
    name: 'tryggve-service-worker-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter(
        (item): item is typeof item & ChunkFacts => item.type === 'chunk',
      );
      const worker = chunks.find((chunk) => chunk.name === serviceWorkerEntry);
      if (!worker) return;
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const roots = chunks.filter(
        (chunk) =>
          (chunk.isEntry && chunk !== worker) ||
          offlineModules.some((module) => chunk.facadeModuleId?.endsWith(`/src/${module}`)),
      );
      const files = new Set<string>();
      const pending = [...roots];
      while (pending.length > 0) {
        const chunk = pending.pop();
        if (!chunk || files.has(chunk.fileName)) continue;
        files.add(chunk.fileName);
        chunk.viteMetadata?.importedCss.forEach((css) => files.add(css));
        chunk.imports.forEach((name) => {
          const imported = byFile.get(name);
          if (imported) pending.push(imported);
        });
      }
      const version = createHash('sha256')
        .update(
          Object.keys(bundle)
            .filter((name) => name !== worker.fileName)
            .sort()
            .join('\n'),
        )
        .digest('hex')
        .slice(0, 16);
      const precache = [...[...files].sort().map((file) => `/${file}`), ...offlineStaticFiles];
      worker.code = worker.code
        .replaceAll('__TRYGGVE_BUILD_VERSION__', JSON.stringify(version))
        .replaceAll('__TRYGGVE_PRECACHE__', JSON.stringify(precache));
    },
  };
}

/** Files worth compressing: text, at least 1 kB (smaller ones gain less than their headers). */
const compressible = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
const minimumBytes = 1024;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, so the server
 * sends them as they are (src/http/web-app.ts: @fastify/static's preCompressed) without
 * compressing on each request.
 */
export function precompress(outDir: string): Plugin {
  return {
    name: 'tryggve-precompress',
    apply: 'build',
    closeBundle() {
      for (const path of filesUnder(outDir)) {
        if (!compressible.test(path) || statSync(path).size < minimumBytes) continue;
        const content = readFileSync(path);
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}
