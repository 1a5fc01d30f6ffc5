import { readFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { buildApp } from '../../src/http/app.js';
import { openDatabase } from '../../src/storage/db.js';
import { testDeps } from '../../test/support/factories.js';

/**
 * The web app's API types, generated from the server's API document (GET /api/openapi.json),
 * so the browser compiles against the contract the server checks. `npm run api:types` writes
 * them; `npm run api:types -- --check` fails when the committed file is stale.
 */

/** Where the generated types live, from the repository's root. */
export const generatedTypesPath = 'web/src/api/generated/openapi.ts';

const header = `/**
 * The API's types, generated from the server's API document (GET /api/openapi.json) by
 * \`npm run api:types\`. Do not edit: change the server's zod schemas and generate again.
 * Error answers are left out: they all have the body {code, message, details} (ApiError).
 */
`;

/**
 * The API document of an app built in this process: no server listens and no database is read
 * (an empty in-memory SQLite only satisfies the Deps).
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const database = openDatabase('sqlite::memory:');
  const app = await buildApp({
    deps: testDeps(database),
    cookies: { isSecure: false, maxAgeSeconds: 3600 },
    rateLimits: { globalPerMinute: 1000, authPerMinute: 1000 },
    isDatabaseReachable: async () => true,
    webRoot: null,
  });
  try {
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    if (response.statusCode !== 200) {
      throw new Error(`GET /api/openapi.json answered ${response.statusCode}`);
    }
    return response.json();
  } finally {
    await app.close();
    await database.close();
  }
}

type Operations = Record<string, { responses?: Record<string, unknown> } | unknown>;

/**
 * The document without its error answers: every one has the same body (the client turns it
 * into an ApiError), and listing each operation's codes would triple the generated file.
 */
export function withoutErrorAnswers(document: Record<string, unknown>): Record<string, unknown> {
  const paths = document.paths as Record<string, Operations>;
  const trimmed = Object.fromEntries(
    Object.entries(paths).map(([path, operations]) => [
      path,
      Object.fromEntries(
        Object.entries(operations).map(([method, operation]) => {
          const responses = (operation as { responses?: Record<string, unknown> }).responses;
          if (typeof operation !== 'object' || operation === null || responses === undefined)
            return [method, operation];
          const successes = Object.entries(responses).filter(([status]) => Number(status) < 400);
          return [method, { ...operation, responses: Object.fromEntries(successes) }];
        }),
      ),
    ]),
  );
  return { ...document, paths: trimmed };
}

/** The generated module's text, formatted as prettier formats the repository. */
export async function typesFromDocument(
  document: Record<string, unknown>,
  root: string,
): Promise<string> {
  const ast = await openapiTS(withoutErrorAnswers(document) as never, {
    // Fields the server always sends although they have a default are not optional.
    defaultNonNullable: true,
    // {"type": "object"} without properties is any object (a GeoJSON feature), not an empty one.
    emptyObjectsUnknown: true,
  });
  const filePath = `${root}/${generatedTypesPath}`;
  const options = (await prettier.resolveConfig(filePath)) ?? {};
  return prettier.format(header + astToString(ast), { ...options, filepath: filePath });
}

/** Null when the file holds exactly these types; otherwise why it is stale. */
export async function staleness(filePath: string, expected: string): Promise<string | null> {
  let actual: string;
  try {
    actual = await readFile(filePath, 'utf8');
  } catch {
    return `${generatedTypesPath} is missing.`;
  }
  if (actual === expected) return null;
  const actualLines = actual.split('\n');
  const expectedLines = expected.split('\n');
  const line = expectedLines.findIndex((text, index) => actualLines[index] !== text);
  const at = line === -1 ? actualLines.length : line + 1;
  return `${generatedTypesPath} is stale (first difference at line ${at}): run \`npm run api:types\`.`;
}
