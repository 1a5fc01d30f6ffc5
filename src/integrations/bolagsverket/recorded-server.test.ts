import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../package-root.js';
import { createBolagsverketApiRegistry } from './bolagsverket-api-registry.js';
import { startRecordedBolagsverketServer, type RecordedServer } from './recorded-server.js';

const settingsOf = (server: RecordedServer) => ({
  baseUrl: server.baseUrl,
  tokenUrl: server.tokenUrl,
  clientId: server.clientId,
  clientSecret: server.clientSecret,
  timeoutMs: 2_000,
  baseDelayMs: 5,
  maxAttempts: 2,
  maxTotalMs: 5_000,
});

describe('the recorded Bolagsverket server', () => {
  it('refuses to start on a port in use, rather than hanging', async () => {
    const first = await startRecordedBolagsverketServer();
    try {
      const port = Number(new URL(first.url).port);
      await expect(startRecordedBolagsverketServer({ port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });

  it('remembers only the last 1,000 requests', async () => {
    const server = await startRecordedBolagsverketServer();
    try {
      for (let batch = 0; batch < 21; batch += 1) {
        await Promise.all(
          Array.from({ length: 50 }, (_, index) =>
            fetch(`${server.baseUrl}/isalive?n=${batch * 50 + index}`).then((response) =>
              response.arrayBuffer(),
            ),
          ),
        );
      }
      expect(server.requests).toHaveLength(1_000);
    } finally {
      await server.close();
    }
  });

  it('cuts the connection when it fails after the status line went out', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tryggve-recorded-'));
    cpSync(join(packageRoot(), 'test', 'fixtures', 'bolagsverket'), folder, { recursive: true });
    // A fixture that exists but cannot be read: the answer fails after writeHead.
    rmSync(join(folder, 'organisationer', '5567890123.json'));
    mkdirSync(join(folder, 'organisationer', '5567890123.json'));
    const server = await startRecordedBolagsverketServer({ fixturesFolder: folder });
    try {
      const registry = createBolagsverketApiRegistry(settingsOf(server));
      expect(await registry.lookUp('5567890123')).toMatchObject({
        outcome: 'failed',
        reason: 'REGISTRY_UNAVAILABLE',
      });
      expect((await registry.lookUp('5594123456')).outcome).toBe('found');
    } finally {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
