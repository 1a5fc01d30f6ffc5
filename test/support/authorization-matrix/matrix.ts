import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../databases.js';
import {
  commandLineOperator,
  makeMunicipality,
  makeOrganisation,
  makeUser,
  testDeps,
} from '../factories.js';
import { TestClient } from '../http.js';
import { roles, type Role } from '../../../src/domain/access/roles.js';
import { createDistrictLayer } from '../../../src/domain/municipalities/create-district-layer.js';
import { defaultCategoriesFor } from '../../../src/domain/incidents/taxonomy.js';
import type { User } from '../../../src/domain/accounts/user.js';
import type { Deps } from '../../../src/domain/deps.js';
import type { Organisation } from '../../../src/domain/organisations/organisation.js';
import { buildApp } from '../../../src/http/app.js';
import { responseCheck } from '../response-check.js';

/**
 * Every route of the API, and what each kind of caller gets from it: nobody signed in, a
 * user holding one role alone, and an admin of another municipality acting on this
 * municipality's records. Each area's routes are in <area>.ts, asserted by
 * src/http/authorization-matrix/<area>.test.ts; a new route without an entry fails
 * src/http/authorization-matrix.test.ts.
 */

export const actorNames = ['anonymous', ...roles, 'otherMunicipality'] as const;
export type ActorName = (typeof actorNames)[number];

/** A success by its status, a refusal by its status and error code. */
export const signInRequired = '401 AUTH_REQUIRED';
export const forbidden = '403 FORBIDDEN';
export const notFound = '404 NOT_FOUND';
/** Issue 17: a full session asked to verify a second factor it is not waiting for. */
export const notPending = '400 VALIDATION_FAILED';
export type Outcome =
  | '200'
  | '201'
  | '202'
  | '204'
  | '302'
  | typeof signInRequired
  | typeof forbidden
  | typeof notFound
  | typeof notPending;

/** `outcome` for the roles listed, 403 FORBIDDEN for every other role. */
export function forRoles(permitted: readonly Role[], outcome: Outcome): Record<Role, Outcome> {
  return Object.fromEntries(
    roles.map((role) => [role, permitted.includes(role) ? outcome : forbidden]),
  ) as Record<Role, Outcome>;
}
export const forEveryRole = (outcome: Outcome) => forRoles(roles, outcome);

/** A caller: a browser-like client and, when signed in, the user behind it. */
export interface Session {
  client: TestClient;
  user: User | null;
}

export interface World {
  deps: Deps;
  here: Organisation;
  elsewhere: Organisation;
  /** Ids of this municipality's records that no other municipality's answer may contain. */
  hereIds: string[];
}

/** What to send: the record behind `:id`, the body, and which id belongs to this municipality. */
export interface Call {
  id?: string;
  /** A query string, without the "?". */
  query?: string;
  payload?: unknown;
  /** The id of this municipality's record the call names; defaults to `id`. */
  recordId?: string;
}

export interface MatrixEntry {
  outcomes: Record<ActorName, Outcome>;
  /** A request a permitted caller can carry out: fresh records, a valid body. */
  prepare(world: World, session: Session): Promise<Call>;
  /** The call signs in or out, or changes the password: the caller gets a session of its own. */
  isOwnSessionNeeded?: boolean;
  /** A secret in the body decides, not the session: whoever holds it may use it. */
  isDecidedByToken?: boolean;
}

export const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [18.0, 59.3],
      [18.1, 59.3],
      [18.1, 59.4],
      [18.0, 59.3],
    ],
  ],
};

/** "200", or the status and the error code: "403 FORBIDDEN". */
export function outcomeOf(response: LightMyRequestResponse): string {
  if (response.statusCode < 400) return String(response.statusCode);
  return `${response.statusCode} ${(response.json() as { code: string }).code}`;
}

export function send(client: TestClient, route: string, call: Call) {
  const [method = 'GET', path = '/'] = route.split(' ');
  return client.request({
    method: method as 'GET',
    url: `${path.replace(/:[A-Za-z]+/, call.id ?? '')}${call.query ? `?${call.query}` : ''}`,
    ...(call.payload === undefined ? {} : { payload: call.payload as object }),
  });
}

/** The same call with this municipality's record id swapped for one that exists nowhere. */
export function withMissingRecord(call: Call): Call {
  const recordId = call.recordId ?? call.id ?? '';
  const missingId = randomUUID();
  return {
    ...(call.id === undefined ? {} : { id: call.id.replace(recordId, missingId) }),
    ...(call.payload === undefined
      ? {}
      : { payload: JSON.parse(JSON.stringify(call.payload).replaceAll(recordId, missingId)) }),
  };
}

export const describeActor = (actor: ActorName) =>
  actor === 'anonymous'
    ? 'a visitor who is not signed in'
    : actor === 'otherMunicipality'
      ? "another municipality's admin"
      : `a user with only the ${actor} role`;

/**
 * The matrix's tests for these routes, on every dialect: each caller against each route, in a
 * world of its own (two municipalities, a district layer, the default categories). `more` adds
 * tests that need the app, as the central check that every route has an entry.
 */
export function describeMatrix(
  title: string,
  matrix: Record<string, MatrixEntry>,
  more?: (app: () => FastifyInstance) => void,
): void {
  describeEachDialect(title, (database) => {
    let app: FastifyInstance;
    let world: World;
    let webRoot: string;
    const sessions = new Map<ActorName, Session>();

    async function newSession(actor: ActorName): Promise<Session> {
      const client = new TestClient(app);
      if (actor === 'anonymous') return { client, user: null };
      const user =
        actor === 'otherMunicipality'
          ? await makeUser(world.deps, world.elsewhere, ['admin'])
          : await makeUser(world.deps, world.here, [actor]);
      await client.signIn(user.email);
      return { client, user };
    }

    beforeAll(async () => {
      const deps = testDeps(database());
      const here = await makeOrganisation(deps, (await makeMunicipality(deps, 'Härby')).id);
      const elsewhere = await makeOrganisation(deps, (await makeMunicipality(deps, 'Annanby')).id);
      const layer = await createDistrictLayer(deps, commandLineOperator(here.municipalityId), {
        name: 'Kommundelar',
        source: null,
        districts: [{ name: 'Centrum', code: null, category: null, geometry: square }],
      });
      await deps.store.taxonomy.createMany(defaultCategoriesFor(here.municipalityId));
      await deps.store.taxonomy.createMany(defaultCategoriesFor(elsewhere.municipalityId));
      world = { deps, here, elsewhere, hereIds: [here.municipalityId, here.id, layer.id] };
      webRoot = mkdtempSync(join(tmpdir(), 'tryggve-web-'));
      mkdirSync(join(webRoot, 'assets'));
      writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Tryggve</title>');
      writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("Tryggve");');
      app = await buildApp({
        deps,
        cookies: { isSecure: false, maxAgeSeconds: 3600 },
        rateLimits: { globalPerMinute: 100_000, authPerMinute: 100_000 },
        trustProxy: false,
        isDatabaseReachable: async () => true,
        webRoot,
        responseCheck,
      });
      await app.ready();
      for (const actor of actorNames) sessions.set(actor, await newSession(actor));
    });

    afterAll(async () => {
      await app.close();
      rmSync(webRoot, { recursive: true, force: true });
    });

    more?.(() => app);

    for (const [route, entry] of Object.entries(matrix)) {
      for (const actor of actorNames) {
        const expected = entry.outcomes[actor];
        it(`${route}: ${describeActor(actor)} gets ${expected}`, async () => {
          const session = entry.isOwnSessionNeeded
            ? await newSession(actor)
            : (sessions.get(actor) as Session);
          const call = await entry.prepare(world, session);
          const response = await send(session.client, route, call);
          expect(outcomeOf(response)).toBe(expected);

          if (actor === 'otherMunicipality' && expected === notFound) {
            // The same answer as for a record that does not exist: nothing tells it is there.
            const missing = await send(session.client, route, withMissingRecord(call));
            expect(missing.statusCode).toBe(404);
            expect(missing.json()).toEqual(response.json());
          }
          if (
            actor === 'otherMunicipality' &&
            response.statusCode < 300 &&
            !entry.isDecidedByToken
          ) {
            // Acting in its own municipality, it sees nothing of this one.
            for (const id of world.hereIds) expect(response.body).not.toContain(id);
          }
        });
      }
    }
  });
}
