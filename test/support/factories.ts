import { randomBytes, randomUUID } from 'node:crypto';
import { createCaseCipher } from '../../src/domain/interventions/case-cipher.js';
import { commandLineOperator, type Actor } from '../../src/domain/access/actor.js';
import type { OrganisationKind, Role } from '../../src/domain/access/roles.js';
import { hashPassword } from '../../src/domain/accounts/password.js';
import type { User } from '../../src/domain/accounts/user.js';
import type { Deps, Mailer } from '../../src/domain/deps.js';
import { silentLogger } from '../../src/domain/failure-log.js';
import type { Municipality } from '../../src/domain/municipalities/municipality.js';
import type { Organisation } from '../../src/domain/organisations/organisation.js';
import type { Database } from '../../src/storage/db.js';
import { shippedPlaceNameReference } from '../../src/integrations/places-sweden/shipped-place-names.js';
import { createMinutesMailRenderer } from '../../src/reports/meeting-minutes/meeting-minutes-mail.js';
import { createStore } from '../../src/storage/store.js';
import { createOpenIdConnectClient } from '../../src/integrations/oidc/open-id-connect-client.js';
import { referenceMunicipality } from '../../src/integrations/places-sweden/municipality-reference.js';
import { defaultPoliceEventTypeMapping } from '../../src/integrations/polisen/event-type-mapping.js';

/** The password every factory-made user has: long and uncommon enough for the policy. */
export const testPassword = 'korrekt häftklammer batteri häst';
let testPasswordHash: Promise<string> | null = null;

export interface TestClock {
  (): Date;
  set(iso: string): void;
  advanceMinutes(minutes: number): void;
}

/** A clock the test moves by hand. */
export function testClock(start = '2026-11-27T09:00:00.000Z'): TestClock {
  let now = new Date(start);
  const clock = (() => new Date(now)) as TestClock;
  clock.set = (iso) => {
    now = new Date(iso);
  };
  clock.advanceMinutes = (minutes) => {
    now = new Date(now.getTime() + minutes * 60_000);
  };
  return clock;
}

/** The key that seals secrets at rest in tests (TRYGGVE_SECRETS_KEY in production). */
export const testSecretsKey = Uint8Array.from(randomBytes(32));
/** Fixed keys for case records in tests (issue 14): never used outside tests. */
export const testCaseCipher = createCaseCipher({
  sealing: [{ id: 'test1', key: new Uint8Array(32).fill(7) }],
  search: new Uint8Array(32).fill(9),
});

export function testDeps(database: Database, overrides: Partial<Deps> = {}): Deps {
  return {
    store: createStore(database),
    clock: () => new Date(),
    mailer: null as Mailer | null,
    minutesMail: createMinutesMailRenderer(),
    logger: silentLogger,
    findReferenceMunicipality: referenceMunicipality,
    policeTypeDefaults: defaultPoliceEventTypeMapping,
    placeNames: shippedPlaceNameReference,
    caseCipher: testCaseCipher,
    settings: {
      publicUrl: 'http://tryggve.test',
      sessionIdleMinutes: 120,
      sessionMaxHours: 12,
      loginMaxAttempts: 5,
      loginLockoutMinutes: 15,
    },
    secretsKey: testSecretsKey,
    openIdConnect: createOpenIdConnectClient(),
    ...overrides,
  };
}

let nextMunicipalityCode = 1000;

/** A municipality with a code unique in this test process, written straight through the repository. */
export async function makeMunicipality(deps: Deps, name = 'Testkommun'): Promise<Municipality> {
  const municipality = {
    id: randomUUID(),
    code: String(nextMunicipalityCode++),
    name,
    createdAt: new Date().toISOString(),
  };
  await deps.store.municipalities.create(municipality, null);
  return municipality;
}

export async function makeOrganisation(
  deps: Deps,
  municipalityId: string,
  fields: { name?: string; kind?: OrganisationKind } = {},
): Promise<Organisation> {
  const organisation: Organisation = {
    id: randomUUID(),
    municipalityId,
    name: fields.name ?? `Organisation ${randomUUID().slice(0, 8)}`,
    kind: fields.kind ?? 'municipal_administration',
    disabledAt: null,
    createdAt: new Date().toISOString(),
  };
  await deps.store.organisations.create(organisation);
  return organisation;
}

/** An active user with `testPassword` (or invited, with `isInvited`). */
export async function makeUser(
  deps: Deps,
  organisation: Organisation,
  roles: Role[],
  fields: { email?: string; displayName?: string; isInvited?: boolean } = {},
): Promise<User> {
  testPasswordHash ??= hashPassword(testPassword);
  const user: User = {
    id: randomUUID(),
    municipalityId: organisation.municipalityId,
    organisationId: organisation.id,
    email: fields.email ?? `user-${randomUUID().slice(0, 8)}@example.se`,
    displayName: fields.displayName ?? 'Testa Testsson',
    locale: 'sv',
    roles,
    passwordHash: fields.isInvited ? null : await testPasswordHash,
    passwordChangedAt: fields.isInvited ? null : new Date().toISOString(),
    disabledAt: null,
    lastLoginAt: null,
    createdAt: new Date().toISOString(),
  };
  await deps.store.users.create(user);
  return user;
}

export function actorFor(user: User): Actor {
  return {
    userId: user.id,
    municipalityId: user.municipalityId,
    organisationId: user.organisationId,
    roles: user.roles,
  };
}

export { commandLineOperator };
