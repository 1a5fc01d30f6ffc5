import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app (dist/web), pre-compressed (brotli, else gzip) where the build wrote
 * compressed copies. Hashed assets are cached for a year as immutable; index.html, the service
 * worker (/sw.js) and the manifest are revalidated so a new release shows at once. Unknown non-API paths get index.html, so the
 * app's own routes (/administration, /inbjudan …) work on reload.
 */
export async function serveWebApp(app: FastifyInstance, webRoot: string): Promise<boolean> {
  if (!existsSync(join(webRoot, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    // The build writes a .br and a .gz beside every text file (web/build-plugins.ts): sent as
    // they are to a browser that accepts them, with Vary: Accept-Encoding.
    preCompressed: true,
    setHeaders: (response, path) => {
      response.header(
        'cache-control',
        path.includes(`${join(webRoot, 'assets')}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  const isAssetRequest = (url: string) => /\.[a-z0-9]+$/i.test(url.split('?')[0] ?? '');
  app.get('/*', { config: { isWebApp: true }, schema: { hide: true } }, async (request, reply) => {
    const path = (request.url.split('?')[0] ?? '/').replace(/^\/+/, '');
    if (path !== '' && isAssetRequest(request.url) && existsSync(join(webRoot, path))) {
      return reply.sendFile(path);
    }
    // The API's own answer: 405 with Allow where the path takes other methods, else 404.
    if (path.startsWith('api/')) return reply.callNotFound();
    if (isAssetRequest(request.url)) {
      return reply.status(404).send({ code: 'NOT_FOUND', message: `No route GET /${path}.` });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return true;
}
