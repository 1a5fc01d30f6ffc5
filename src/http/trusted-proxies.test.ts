import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/databases.js';
import { testDeps } from '../../test/support/factories.js';
import { buildTestApp } from '../../test/support/http.js';

describe('the address the rate limit counts behind a proxy', () => {
  let testDatabase: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    testDatabase = await createTestDatabase('sqlite');
    app = await buildTestApp(testDeps(testDatabase.database), {
      authPerMinute: 3,
      trustProxy: ['10.0.0.1'],
    });
  });
  afterAll(async () => {
    await app.close();
    await testDatabase.drop();
  });

  /** A reset request, which needs no session or CSRF cookie of its own beyond the pair sent. */
  async function requestReset(remoteAddress: string, forwardedFor: string) {
    const csrf = 'a-csrf-token-of-sufficient-length';
    return app.inject({
      method: 'POST',
      url: '/api/password-resets',
      remoteAddress,
      headers: {
        'x-forwarded-for': forwardedFor,
        cookie: `tryggve_csrf=${csrf}`,
        'x-csrf-token': csrf,
      },
      payload: { email: 'ingen@example.se' },
    });
  }

  it('ignores X-Forwarded-For from a client that is not a trusted proxy', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      statuses.push((await requestReset('203.0.113.9', `198.51.100.${attempt}`)).statusCode);
    }
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
  });

  it('counts the clients a trusted proxy forwards one by one', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      statuses.push((await requestReset('10.0.0.1', `192.0.2.${attempt}`)).statusCode);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202]);
  });
});
