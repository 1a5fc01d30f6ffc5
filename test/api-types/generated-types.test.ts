import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  generatedTypesPath,
  openApiDocument,
  staleness,
  typesFromDocument,
  withoutErrorAnswers,
} from '../../scripts/api-types/api-types.js';

const root = join(import.meta.dirname, '..', '..');

describe("the web app's generated API types", () => {
  let document: Record<string, unknown>;
  let generated: string;
  let folder: string;

  beforeAll(async () => {
    document = await openApiDocument();
    generated = await typesFromDocument(document, root);
    folder = mkdtempSync(join(tmpdir(), 'tryggve-api-types-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('are what the API document generates (run `npm run api:types` when this fails)', async () => {
    expect(await staleness(join(root, generatedTypesPath), generated)).toBeNull();
  });

  it('are reported stale, with the first differing line, when one line was changed by hand', async () => {
    const lines = generated.split('\n');
    const line = lines.findIndex((text) => text.includes("'/api/meetings/{id}'"));
    lines[line] = lines[line]!.replace('{id}', '{meetingId}');
    const edited = join(folder, 'openapi.ts');
    writeFileSync(edited, lines.join('\n'));

    expect(await staleness(edited, generated)).toBe(
      `${generatedTypesPath} is stale (first difference at line ${line + 1}): run \`npm run api:types\`.`,
    );
  });

  it('are reported missing when the file is not there', async () => {
    expect(await staleness(join(folder, 'nothing.ts'), generated)).toMatch(/is missing/);
  });

  it('keep every success answer of every operation and leave out the error answers', () => {
    type Paths = Record<string, Record<string, { responses?: Record<string, unknown> }>>;
    const statuses = (paths: Paths) =>
      Object.entries(paths).flatMap(([path, operations]) =>
        Object.entries(operations).flatMap(([method, operation]) =>
          Object.keys(operation.responses ?? {}).map((status) => `${method} ${path} ${status}`),
        ),
      );
    const all = statuses(document.paths as Paths);
    const kept = statuses(withoutErrorAnswers(document).paths as Paths);

    expect(kept).toEqual(all.filter((entry) => Number(entry.split(' ').at(-1)) < 400));
    expect(kept.length).toBeGreaterThan(100);
    expect(all.length).toBeGreaterThan(kept.length);
  });
});
