import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app (dist/web). Hashed assets are cached for a year; index.html is
 * revalidated so a new release shows at once. Unknown non-API paths get index.html, so the
 * app's own routes (/administration, /inbjudan …) work on reload.
 */
export async function serveWebApp(app: FastifyInstance, webRoot: string): Promise<boolean> {
  if (!existsSync(join(webRoot, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
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
