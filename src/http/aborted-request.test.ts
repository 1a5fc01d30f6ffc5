import { once } from 'node:events';
import { connect, type AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/databases.js';
import { testDeps } from '../../test/support/factories.js';
import { createLogger } from '../logger.js';
import { buildApp } from './app.js';

describe('a client that gives up before the answer', () => {
  let testDatabase: TestDatabase;
  beforeAll(async () => {
    testDatabase = await createTestDatabase('sqlite');
  });
  afterAll(() => testDatabase.drop());

  it('is let go without an error in the log', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    // The session lookup waits until the client has hung up, as a busy database would.
    let signalLookup = () => {};
    const isLookingUp = new Promise<void>((resolve) => (signalLookup = resolve));
    let releaseLookup = () => {};
    const isReleased = new Promise<void>((resolve) => (releaseLookup = resolve));
    const deps = testDeps(testDatabase.database);
    const findContext = deps.store.sessions.findContext.bind(deps.store.sessions);
    deps.store = {
      ...deps.store,
      sessions: {
        ...deps.store.sessions,
        async findContext(id) {
          signalLookup();
          await isReleased;
          return findContext(id);
        },
      },
    };
    const app = await buildApp({
      deps,
      logger: createLogger('info', destination),
      cookies: { isSecure: false, maxAgeSeconds: 60 },
      rateLimits: { globalPerMinute: 1000, authPerMinute: 1000 },
      trustProxy: false,
      isDatabaseReachable: async () => true,
      webRoot: null,
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    let isFinished = () => {};
    const finished = new Promise<void>((resolve) => (isFinished = resolve));
    app.server.on('request', (_request, response) => response.on('close', () => isFinished()));

    const client = connect(port, '127.0.0.1');
    await once(client, 'connect');
    client.write(
      'GET /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: tryggve_session=abc\r\n\r\n',
    );
    await isLookingUp;
    client.destroy();
    await finished;
    releaseLookup();
    await app.close();

    const entries = lines.map((line) => JSON.parse(line) as { level: number; msg?: string });
    expect(entries.some((entry) => entry.msg === 'incoming request')).toBe(true);
    expect(entries.filter((entry) => entry.level >= 50)).toEqual([]);
  });
});

describe('a request Node cannot parse', () => {
  it("is answered with the error body every answer has, not Fastify's own", async () => {
    const testDatabase = await createTestDatabase('sqlite');
    const app = await buildApp({
      deps: testDeps(testDatabase.database),
      cookies: { isSecure: false, maxAgeSeconds: 60 },
      rateLimits: { globalPerMinute: 1000, authPerMinute: 1000 },
      trustProxy: false,
      isDatabaseReachable: async () => true,
      webRoot: null,
    });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = app.server.address() as AddressInfo;
      const client = connect(port, '127.0.0.1');
      await once(client, 'connect');
      let answer = '';
      client.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
      // Both Content-Length and chunked: a smuggling attempt Node refuses to parse.
      client.write(
        'PATCH /api/account HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
          'Content-Length: 50\r\nTransfer-Encoding: chunked\r\n\r\n{"locale":"en"}',
      );
      await once(client, 'close');
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 400 /);
      expect(JSON.parse(body)).toEqual({
        code: 'MALFORMED_REQUEST',
        message: expect.stringContaining('could not be read'),
      });
    } finally {
      await app.close();
      await testDatabase.drop();
    }
  });
});
