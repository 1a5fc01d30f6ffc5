/**
 * What the service worker (web/src/service-worker.ts) does with each request, as pure rules so
 * they can be tested without a browser. The worker exists for one page: "Rapportera" must open
 * without a connection, with its outbox, on a phone that opened it once before.
 *
 * - A page (navigation): the network first, so a new release shows at once when online; without
 *   a connection the app shell (index.html) from the cache, and the app routes itself.
 * - A hashed file under /assets/: the cache first. Its name changes with its content, so a cached
 *   copy is never stale; what is not cached is fetched and kept.
 * - The few API answers the reporting page needs to draw its form (who is signed in, the
 *   categories, the districts, the municipality's layers): the network first, the last answer
 *   when offline. They are kept on this device only, removed when the person signs out.
 * - Everything else (other API calls, sending a report, map tiles): the network alone. A report
 *   that cannot be sent waits in the page's own outbox (api/outbox.ts), not in the worker.
 */

export type OfflineStrategy = 'page' | 'asset' | 'data' | 'sign-out' | 'network';

/** The API answers the reporting page reads while drawing its form. */
export const offlineDataPaths: readonly string[] = [
  '/api/session',
  '/api/taxonomy',
  '/api/districts',
  '/api/municipality',
];

/** How many files the worker precaches at most: a build that lists more is cut here. */
export const maximumPrecachedFiles = 200;

export interface RequestFacts {
  method: string;
  url: string;
  /** Request.mode: 'navigate' for a page. */
  mode: string;
}

export function strategyFor(request: RequestFacts, origin: string): OfflineStrategy {
  const url = new URL(request.url);
  if (url.origin !== origin) return 'network';
  if (request.method === 'DELETE' && url.pathname === '/api/session') return 'sign-out';
  if (request.method !== 'GET') return 'network';
  if (request.mode === 'navigate') {
    // The API's own documents and files are not the app.
    return url.pathname.startsWith('/api/') ? 'network' : 'page';
  }
  if (url.pathname.startsWith('/assets/')) return 'asset';
  if (offlineDataPaths.includes(url.pathname) && url.search === '') return 'data';
  return 'network';
}

/** The worker's caches for one build: one for the shell and files, one for the API answers. */
export function cacheNamesFor(version: string): { files: string; data: string } {
  return { files: `tryggve-files-${version}`, data: `tryggve-data-${version}` };
}

/** Caches of this app left by an earlier build: removed when the new worker takes over. */
export function staleCaches(names: readonly string[], version: string): string[] {
  const current = Object.values(cacheNamesFor(version));
  return names.filter((name) => name.startsWith('tryggve-') && !current.includes(name));
}

/** The files to precache: same-origin paths only, each once, at most `maximumPrecachedFiles`. */
export function precacheList(paths: readonly string[]): string[] {
  return [...new Set(paths.filter((path) => /^\/(?!\/)/.test(path)))].slice(
    0,
    maximumPrecachedFiles,
  );
}
