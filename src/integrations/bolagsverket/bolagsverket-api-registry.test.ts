import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CompanyRegistry } from '../../domain/suppliers/company-registry.js';
import type { BolagsverketSettings } from './api-transport.js';
import {
  createBolagsverketApiRegistry,
  RegistryRequestError,
} from './bolagsverket-api-registry.js';
import { startRecordedBolagsverketServer, type RecordedServer } from './recorded-server.js';

let server: RecordedServer;
let registry: CompanyRegistry;

function settingsFor(overrides: Partial<BolagsverketSettings> = {}): BolagsverketSettings {
  return {
    baseUrl: server.baseUrl,
    tokenUrl: server.tokenUrl,
    clientId: server.clientId,
    clientSecret: server.clientSecret,
    timeoutMs: 400,
    baseDelayMs: 5,
    maxAttempts: 3,
    maxTotalMs: 5_000,
    ...overrides,
  };
}

beforeAll(async () => {
  server = await startRecordedBolagsverketServer({ retryAfterSeconds: 1 });
});
afterAll(() => server.close());
beforeEach(() => {
  registry = createBolagsverketApiRegistry(settingsFor());
  server.requests.length = 0;
});

describe('the Bolagsverket API client against the recorded server', () => {
  it('looks up an active company and maps the documented answer', async () => {
    const result = await registry.lookUp('556789-0123');
    expect(result.outcome).toBe('found');
    if (result.outcome !== 'found') return;
    expect(result.record).toMatchObject({
      organisationNumber: '5567890123',
      name: 'Söderbygg Entreprenad AB',
      legalForm: 'AB',
      registeredOn: '2009-03-12',
      status: 'active',
      address: { careOf: null, street: 'Häradsvägen 253', postalCode: '14172', city: 'SEGELTORP' },
      // The secondary trading name registered in 2025 is no change of the company's name.
      recentChanges: null,
    });
    expect(JSON.parse(result.raw)).toHaveProperty('organisationer');
  });

  it('keeps a c/o address apart and reads bankruptcy, liquidation and deregistration', async () => {
    const newcomer = await registry.lookUp('5593214561');
    expect(newcomer.outcome === 'found' && newcomer.record.address?.careOf).toBe(
      'c/o Redovisningsbyrån Nord AB',
    );
    const statuses = await Promise.all(
      ['5561234500', '5560001116', '5566007703'].map(async (number) => {
        const result = await registry.lookUp(number);
        return result.outcome === 'found'
          ? [result.record.status, result.record.statusSince]
          : null;
      }),
    );
    expect(statuses).toEqual([
      ['bankruptcy', '2026-06-02'],
      ['liquidation', '2026-08-19'],
      ['deregistered', '2021-11-30'],
    ]);
  });

  it('answers not found for an organisation Bolagsverket does not know', async () => {
    expect(await registry.lookUp('5560160680')).toEqual({ outcome: 'not_found' });
  });

  it('caches the token across lookups', async () => {
    const before = server.tokensIssued();
    await registry.lookUp('5567890123');
    await registry.lookUp('5594123456');
    expect(server.tokensIssued() - before).toBe(1);
  });

  it('fetches a new token once when the API rejects the cached one', async () => {
    await registry.lookUp('5567890123');
    server.failNext('token_expired');
    const result = await registry.lookUp('5567890123');
    expect(result.outcome).toBe('found');
    expect(server.requests.filter((request) => request.path === '/oauth2/token')).toHaveLength(2);
  });

  it('gives up as unauthorised when a fresh token is rejected too', async () => {
    server.failNext('token_expired', 2);
    expect(await registry.lookUp('5567890123')).toEqual({
      outcome: 'failed',
      reason: 'REGISTRY_UNAUTHORISED',
      retryAfterSeconds: null,
    });
  });

  it('reports bad credentials without retrying', async () => {
    const wrong = createBolagsverketApiRegistry(settingsFor({ clientSecret: 'wrong' }));
    expect(await wrong.lookUp('5567890123')).toMatchObject({ reason: 'REGISTRY_UNAUTHORISED' });
    expect(server.requests).toHaveLength(1);
  });

  it('reports a token endpoint that refuses the credentials as unauthorised', async () => {
    server.failNext('bad_credentials');
    expect(await registry.lookUp('5567890123')).toMatchObject({ reason: 'REGISTRY_UNAUTHORISED' });
    expect(server.requests.map((request) => request.path)).toEqual(['/oauth2/token']);
  });

  it('retries a server error and succeeds', async () => {
    server.failNext('server_error', 2);
    expect((await registry.lookUp('5567890123')).outcome).toBe('found');
  });

  it('gives up on repeated server errors as unavailable', async () => {
    const result = await registry.lookUp('5599000501');
    expect(result).toEqual({
      outcome: 'failed',
      reason: 'REGISTRY_UNAVAILABLE',
      retryAfterSeconds: null,
    });
    expect(
      server.requests.filter((request) => request.path.endsWith('/organisationer')),
    ).toHaveLength(3);
  });

  it('times out a hanging server and says so', async () => {
    const started = Date.now();
    const result = await registry.lookUp('5599000428');
    expect(result).toMatchObject({ outcome: 'failed', reason: 'REGISTRY_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('waits as long as Retry-After says, then succeeds', async () => {
    server.failNext('rate_limited');
    const started = Date.now();
    expect((await registry.lookUp('5567890123')).outcome).toBe('found');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('reports the rate limit with Retry-After when waiting would exceed the total time', async () => {
    const impatient = createBolagsverketApiRegistry(settingsFor({ maxTotalMs: 500 }));
    expect(await impatient.lookUp('5599000295')).toEqual({
      outcome: 'failed',
      reason: 'REGISTRY_RATE_LIMITED',
      retryAfterSeconds: 1,
    });
  });

  it('reports malformed JSON as a bad response', async () => {
    expect(await registry.lookUp('5599000113')).toMatchObject({ reason: 'REGISTRY_BAD_RESPONSE' });
  });

  it('reports an unreachable server as unavailable', async () => {
    const nowhere = createBolagsverketApiRegistry(
      settingsFor({ tokenUrl: 'http://127.0.0.1:9/oauth2/token', maxAttempts: 2 }),
    );
    expect(await nowhere.lookUp('5567890123')).toMatchObject({ reason: 'REGISTRY_UNAVAILABLE' });
  });

  it('lists annual reports newest first and fetches one as a ZIP', async () => {
    const documents = await registry.listDocuments!('5567890123');
    expect(documents.map((document) => document.date)).toEqual(['2025-12-31', '2024-12-31']);
    const file = await registry.fetchDocument!(documents[0]!.id);
    expect(file.contentType).toBe('application/zip');
    expect(Buffer.from(file.bytes.slice(0, 2)).toString()).toBe('PK');
    await expect(registry.fetchDocument!('missing')).rejects.toBeInstanceOf(RegistryRequestError);
    expect(await registry.listDocuments!('5593214561')).toEqual([]);
  });
});
