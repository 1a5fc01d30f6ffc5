import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/databases.js';
import { testDeps } from '../../test/support/factories.js';
import { buildApp } from './app.js';

const script = 'console.log("Tryggve");'.repeat(100);
const page = `<!doctype html><title>Tryggve</title>${'<!-- app -->'.repeat(100)}`;

/** Writes a file with the .br and .gz copies the build writes beside it. */
function writeCompressed(path: string, content: string) {
  writeFileSync(path, content);
  writeFileSync(`${path}.br`, brotliCompressSync(Buffer.from(content)));
  writeFileSync(`${path}.gz`, gzipSync(Buffer.from(content)));
}

describe('serving the built web app', () => {
  let webRoot: string;
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'tryggve-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeCompressed(join(webRoot, 'index.html'), page);
    writeCompressed(join(webRoot, 'assets', 'app-1234abcd.js'), script);
    writeCompressed(join(webRoot, 'sw.js'), script);
    database = await createTestDatabase('sqlite');
    app = await buildApp({
      deps: testDeps(database.database),
      cookies: { isSecure: false, maxAgeSeconds: 3600 },
      rateLimits: { globalPerMinute: 100_000, authPerMinute: 100_000 },
      trustProxy: false,
      isDatabaseReachable: async () => true,
      webRoot,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    app.inject({
      method: 'GET',
      url,
      headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    });

  it('sends a hashed file brotli-compressed when the browser accepts it, cached for a year as immutable', async () => {
    const response = await get('/assets/app-1234abcd.js', 'gzip, deflate, br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    expect(response.rawPayload.length).toBeLessThan(script.length / 4);
  });

  it('sends gzip to a browser without brotli, and the file as it is to one that takes neither', async () => {
    const gzip = await get('/assets/app-1234abcd.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.rawPayload.length).toBeLessThan(script.length / 4);
    const plain = await get('/assets/app-1234abcd.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('sends the app’s pages and its service worker compressed but revalidated, so a release shows at once', async () => {
    for (const url of ['/rapportera', '/', '/sw.js']) {
      const response = await get(url, 'br');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
  });
});
