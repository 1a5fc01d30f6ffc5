import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildApp } from './http/app.js';
import { createLogger } from './logger.js';
import { createTestDatabase } from '../test/support/databases.js';
import { testDeps } from '../test/support/factories.js';

describe('the server log', () => {
  it('records requests by method, path and status, without query, address, cookies or bodies', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const testDatabase = await createTestDatabase('sqlite');
    const app = await buildApp({
      deps: testDeps(testDatabase.database),
      logger: createLogger('info', destination),
      cookies: { isSecure: false, maxAgeSeconds: 60 },
      rateLimits: { globalPerMinute: 1000, authPerMinute: 1000 },
      trustProxy: false,
      isDatabaseReachable: async () => true,
      webRoot: null,
    });
    await app.inject({
      method: 'POST',
      url: '/api/session?email=anna.andersson@huddinge.se',
      headers: {
        cookie: 'tryggve_session=secret-session-token; tryggve_csrf=csrf',
        'x-csrf-token': 'csrf',
      },
      payload: { email: 'anna.andersson@huddinge.se', password: 'hemligt lösenord här' },
    });
    await app.close();
    await testDatabase.drop();

    const log = lines.join('');
    expect(log).toContain('"path":"/api/session"');
    expect(log).toContain('"statusCode":401');
    for (const secret of [
      'anna.andersson',
      'secret-session-token',
      'hemligt',
      '127.0.0.1',
      'remoteAddress',
    ]) {
      expect(log).not.toContain(secret);
    }
  });

  it('records a calendar feed request without the secret its address carries', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const testDatabase = await createTestDatabase('sqlite');
    const app = await buildApp({
      deps: testDeps(testDatabase.database),
      logger: createLogger('info', destination),
      cookies: { isSecure: false, maxAgeSeconds: 60 },
      rateLimits: { globalPerMinute: 1000, authPerMinute: 1000 },
      isDatabaseReachable: async () => true,
      webRoot: null,
    });
    for (const url of [
      '/api/calendar/hemlig-kalendernyckel.ics',
      '/api/calendar/hemlig-kalendernyckel.ics?x=1',
      '/API/Calendar/hemlig-kalendernyckel/extra',
      '//api/calendar/hemlig-kalendernyckel.ics',
    ]) {
      await app.inject({ method: 'GET', url });
    }
    await app.close();
    await testDatabase.drop();

    const log = lines.join('');
    expect(log).toContain('"path":"/api/calendar/[redacted]"');
    expect(log).not.toContain('hemlig-kalendernyckel');
  });
});
