import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** The rule of eslint.config.js that keeps migrations frozen, run through ESLint's own API. */
const root = join(import.meta.dirname, '..', '..');
let eslint: ESLint;

async function rulesBroken(code: string): Promise<string[]> {
  const filePath = join(root, 'src/storage/migrations/20991231T0000-fixture.ts');
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? '');
}

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

describe('a migration', () => {
  it('fails npm run check when it imports live code from outside the migrations', async () => {
    const code =
      "import type { Kysely } from 'kysely';\nimport { computeRollups } from '../incident-rollups.js';\nexport async function up(db: Kysely<unknown>): Promise<void> {\n  await computeRollups(db as never, '');\n}\n";
    expect(await rulesBroken(code)).toContain('no-restricted-imports');
  });

  it('may use kysely, node and the shared column types', async () => {
    const code =
      "import { createHash } from 'node:crypto';\nimport type { Kysely } from 'kysely';\nimport { columnTypes } from './column-types.js';\nexport async function up(db: Kysely<unknown>): Promise<void> {\n  await db.schema.createTable(createHash('sha256').digest('hex')).addColumn('at', columnTypes(db).timestamp).execute();\n}\n";
    expect(await rulesBroken(code)).toEqual([]);
  });
});
