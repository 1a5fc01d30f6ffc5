/**
 * Tryggve's service worker, served as /sw.js (built by web/vite.config.ts, which writes in the
 * build's version and the files to precache). The rules are in offline/offline-policy.ts.
 *
 * Updating safely: a new build is a new worker (its version differs); it installs beside the
 * old one and takes over only when no tab uses the old one any more, so a page never gets files
 * of two builds. Hashed files are never stale; pages come from the network whenever there is one.
 */
import {
  cacheNamesFor,
  precacheList,
  staleCaches,
  strategyFor,
  type OfflineStrategy,
} from './offline/offline-policy';

/** Written in by the build (web/vite.config.ts). */
declare const __TRYGGVE_BUILD_VERSION__: string;
declare const __TRYGGVE_PRECACHE__: string[];

/** The parts of the worker's global scope used here (the DOM library has no worker types). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const scope = self as unknown as WorkerScope;
const version = __TRYGGVE_BUILD_VERSION__;
const caches_ = cacheNamesFor(version);
const shellPath = '/index.html';

scope.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(caches_.files).then(async (cache) => {
      // The shell from the network: "/" answers with index.html.
      const shell = await fetch('/', { cache: 'no-cache' });
      if (shell.ok) await cache.put(shellPath, shell);
      await cache.addAll(precacheList(__TRYGGVE_PRECACHE__));
    }),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(staleCaches(names, version).map((name) => caches.delete(name))))
      .then(() => scope.clients.claim()),
  );
});

async function fromNetworkKeeping(request: Request, cacheName: string, key: string | Request) {
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(cacheName);
    await cache.put(key, response.clone());
  }
  return response;
}

async function networkFirst(request: Request, cacheName: string, key: string | Request) {
  try {
    return await fromNetworkKeeping(request, cacheName, key);
  } catch (error) {
    const cached = await caches.match(key, { cacheName });
    if (cached) return cached;
    throw error;
  }
}

async function page(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await caches.match(shellPath, { cacheName: caches_.files });
    if (shell) return shell;
    throw error;
  }
}

async function asset(request: Request): Promise<Response> {
  const cached = await caches.match(request, { cacheName: caches_.files });
  return cached ?? fromNetworkKeeping(request, caches_.files, request);
}

async function data(request: Request): Promise<Response> {
  const response = await networkFirst(request, caches_.data, request.url);
  return response;
}

async function signOut(request: Request): Promise<Response> {
  await caches.delete(caches_.data);
  return fetch(request);
}

const handlers: Record<
  Exclude<OfflineStrategy, 'network'>,
  (request: Request) => Promise<Response>
> = { page, asset, data, 'sign-out': signOut };

scope.addEventListener('fetch', (event) => {
  const strategy = strategyFor(event.request, scope.location.origin);
  if (strategy === 'network') return;
  event.respondWith(handlers[strategy](event.request));
});
