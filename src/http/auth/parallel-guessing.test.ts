import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import {
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
  testPassword,
} from '../../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../../test/support/http.js';
import type { Deps } from '../../domain/deps.js';
import type { Organisation } from '../../domain/organisations/organisation.js';

const limit = 10;
const wrongGuess = (index: number) => `fel gissning nummer ${index} av många`;

/** A fresh CSRF pair, as a browser would hold it: every guess is an otherwise valid request. */
async function csrfPair(app: FastifyInstance) {
  const response = await app.inject({ method: 'GET', url: '/api/session' });
  const cookie = response.cookies.find((candidate) => candidate.name === 'tryggve_csrf');
  if (!cookie) throw new Error('No CSRF cookie was set.');
  return { cookie: `tryggve_csrf=${cookie.value}`, 'x-csrf-token': cookie.value };
}

describeEachDialect('guessing passwords in parallel', (database) => {
  let app: FastifyInstance;
  let deps: Deps;
  let organisation: Organisation;

  beforeAll(async () => {
    deps = testDeps(database());
    deps.settings = { ...deps.settings, loginMaxAttempts: limit };
    organisation = await makeOrganisation(deps, (await makeMunicipality(deps)).id);
    app = await buildTestApp(deps);
  });
  afterAll(() => app.close());

  async function guessAtOnce(email: string, count: number, rightAt: number, isSpread: boolean) {
    const headers = await csrfPair(app);
    return Promise.all(
      Array.from({ length: count }, (_, index) =>
        app.inject({
          method: 'POST',
          url: '/api/session',
          headers,
          remoteAddress: isSpread
            ? `10.0.${Math.floor(index / 200)}.${(index % 200) + 1}`
            : '10.9.9.9',
          payload: { email, password: index === rightAt ? testPassword : wrongGuess(index) },
        }),
      ),
    );
  }

  it('checks at most the limit of 100 guesses sent at once from 100 addresses, and refuses the right one among the rest', async () => {
    const user = await makeUser(deps, organisation, ['reporter']);
    const answers = await guessAtOnce(user.email, 100, 89, true);
    const statuses = answers.map((answer) => answer.statusCode);
    const checked = statuses.filter((status) => status === 401 || status === 200);
    expect(checked.length).toBeLessThanOrEqual(limit);
    expect(statuses.filter((status) => status === 429)).toHaveLength(100 - checked.length);
    expect(statuses[89]).toBe(429);
    expect(answers[89]?.json().code).toBe('AUTH_TOO_MANY_ATTEMPTS');

    const afterwards = await new TestClient(app).post('/api/session', {
      email: user.email,
      password: testPassword,
    });
    expect(afterwards.statusCode).toBe(429);
  });

  it('checks at most the limit of 40 guesses sent at once from one address', async () => {
    const user = await makeUser(deps, organisation, ['reporter']);
    const answers = await guessAtOnce(user.email, 40, 30, false);
    const checked = answers.filter((answer) => [200, 401].includes(answer.statusCode));
    expect(checked.length).toBeLessThanOrEqual(limit);
    expect(answers[30]?.statusCode).toBe(429);
  });

  it('counts wrong current passwords when changing a password, so the right one after 15 wrong is refused', async () => {
    const user = await makeUser(deps, organisation, ['reporter']);
    const client = await new TestClient(app).signIn(user.email);
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, index) =>
        client.post('/api/account/password', {
          currentPassword: wrongGuess(index),
          newPassword: 'ett nytt och mycket längre lösenord',
        }),
      ),
    );
    expect(answers.filter((answer) => answer.statusCode === 401).length).toBeLessThanOrEqual(limit);
    const right = await client.post('/api/account/password', {
      currentPassword: testPassword,
      newPassword: 'ett nytt och mycket längre lösenord',
    });
    expect(right.statusCode).toBe(429);
    expect(right.json().code).toBe('AUTH_TOO_MANY_ATTEMPTS');
  });
});
