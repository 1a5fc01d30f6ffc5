import fc from 'fast-check';
import { buildTestApp } from './http.js';
import { testDeps } from './factories.js';
import { migrateToLatest, openDatabase } from '../../src/storage/db.js';

/**
 * Request bodies derived from a write route's schema, for the hostile-input property test:
 * near-valid objects with hostile fields (wrong types, huge strings, deep nesting, SQL and
 * script fragments, invalid geometry), arbitrary JSON, text that is not JSON and bytes that are
 * not UTF-8, and hostile path parameters.
 */

export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
};
export interface WriteRoute {
  method: string;
  /** Fastify's form, `/api/users/:id`. */
  url: string;
  body: JsonSchema | null;
}

/** The write routes and their body schemas, read from an app over a throwaway database. */
export async function listWriteRoutes(): Promise<WriteRoute[]> {
  const database = openDatabase('sqlite::memory:');
  await migrateToLatest(database.db);
  const app = await buildTestApp(testDeps(database));
  const paths = (app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
  const routes = app.registeredRoutes
    .filter((route) => !route.startsWith('GET '))
    .map((route) => {
      const [method = '', url = ''] = route.split(' ');
      const operation = paths[url.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()] as
        { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } } | undefined;
      return {
        method,
        url,
        body: operation?.requestBody?.content?.['application/json']?.schema ?? null,
      };
    });
  await app.close();
  await database.close();
  return routes;
}

const fragments = [
  "' OR '1'='1",
  "'); DROP TABLE incidents; --",
  '1; SELECT pg_sleep(5)',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  '\u0000',
  '\ud800',
  '\u202e',
  '../../etc/passwd',
  '=cmd|"/c calc"!A1',
];
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(...fragments),
  fc
    .tuple(
      fc.constantFrom('a', 'ö', '\u0000', '😀', '\ud800'),
      fc.integer({ min: 1_000, max: 150_000 }),
    )
    .map(([unit, count]) => unit.repeat(count)),
);
const deepNesting = fc.integer({ min: 50, max: 2_000 }).map((depth) => {
  let value: unknown = {};
  for (let level = 0; level < depth; level += 1) value = level % 2 ? [value] : { a: value };
  return value;
});
const ring = (points: number[][]) => [points];
/** Geometry a careless or hostile client might send: unclosed, crossing, out of range, not numbers. */
const invalidGeometry = fc.constantFrom<unknown>(
  {
    type: 'Polygon',
    coordinates: ring([
      [18, 59],
      [18.1, 59],
      [18.1, 59.1],
    ]),
  },
  {
    type: 'Polygon',
    coordinates: ring([
      [18, 59],
      [18.1, 59.1],
      [18.1, 59],
      [18, 59.1],
      [18, 59],
    ]),
  },
  {
    type: 'Polygon',
    coordinates: ring([
      [1e308, -1e308],
      [0, 0],
      [1e308, -1e308],
    ]),
  },
  { type: 'Polygon', coordinates: [] },
  { type: 'MultiPolygon', coordinates: [[[['18', '59']]]] },
  { type: 'Point', coordinates: [null, 'x'] },
  { type: 'GeometryCollection', geometries: [{ type: 'Polygon' }] },
  { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: null }] },
  { type: 'FeatureCollection', features: 'alla' },
  { longitude: 1e308, latitude: -1e308 },
  { longitude: '18.0', latitude: [59.2] },
);
/** A value of a wrong or dangerous kind for any field. */
const hostileValue = fc.oneof(
  hostileText,
  deepNesting,
  invalidGeometry,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(null, true, 0, -1, 1e308, -0, [], {}, [null]),
);

/**
 * A value for `schema`: valid as far as this knows or, when `isHostile`, with hostile parts
 * at any depth (each field one time in six).
 */
function fromSchema(schema: JsonSchema, pools: Pools, isHostile: boolean): fc.Arbitrary<unknown> {
  const valid = validFromSchema(schema, pools, isHostile);
  return isHostile
    ? fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: hostileValue })
    : valid;
}

function validFromSchema(
  schema: JsonSchema,
  pools: Pools,
  isHostile: boolean,
): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((each) => validFromSchema(each, pools, isHostile)));
  const type = [schema.type].flat()[0];
  if (type === 'string') {
    if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...pools.ids), fc.uuid());
    if (schema.format === 'date-time')
      return fc
        .date({ min: new Date('2016-01-01'), max: new Date('2027-01-01'), noInvalidDate: true })
        .map((date) => date.toISOString());
    if (schema.format === 'email')
      return fc.oneof(fc.constantFrom(...pools.emails), fc.emailAddress());
    const minLength = schema.minLength ?? 0;
    const maxLength = Math.min(schema.maxLength ?? 40, minLength + 40);
    return fc.oneof(
      fc.string({ minLength, maxLength }),
      fc.constantFrom(...pools.words.filter((word) => word.length >= minLength)),
    );
  }
  if (type === 'integer')
    return fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000 });
  if (type === 'number')
    return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
  if (type === 'boolean') return fc.boolean();
  if (type === 'array' && schema.items)
    return fc.array(fromSchema(schema.items, pools, isHostile), {
      minLength: schema.minItems ?? 0,
      maxLength: Math.min(schema.maxItems ?? 3, 3),
    });
  if (type === 'object' || schema.properties) {
    const required = new Set(schema.required ?? []);
    const entries = Object.entries(schema.properties ?? {}).map(([key, property]) =>
      fc
        .oneof(
          { weight: 6, arbitrary: fromSchema(property, pools, isHostile) },
          // Left out: an optional field often, a required one only in hostile bodies.
          {
            weight: required.has(key) ? (isHostile ? 1 : 0) : 3,
            arbitrary: fc.constant(undefined),
          },
        )
        .map((value) => [key, value] as const),
    );
    const extra =
      typeof schema.additionalProperties === 'object'
        ? fc.dictionary(
            fc.constantFrom(...pools.words),
            fromSchema(schema.additionalProperties, pools, isHostile),
            { maxKeys: 2 },
          )
        : fc.option(fc.dictionary(fc.constantFrom(...fragments), hostileValue, { maxKeys: 1 }), {
            freq: 6,
          });
    return fc.tuple(fc.tuple(...entries), extra).map(([pairs, more]) => ({
      ...(more ?? {}),
      ...Object.fromEntries(pairs.filter(([, value]) => value !== undefined)),
    }));
  }
  // No schema (a GeoJSON file, the police's feed): anything, invalid geometry most of all.
  return fc.oneof(
    invalidGeometry,
    fc.jsonValue({ maxDepth: 4 }),
    fc.array(invalidGeometry, { maxLength: 3 }),
  );
}

/** Real values the bodies draw on, so that some requests get past validation to the rules. */
export interface Pools {
  ids: string[];
  emails: string[];
  words: string[];
}

/** A whole request body: mostly schema-shaped JSON, sometimes not JSON or not UTF-8 at all. */
export function anyPayload(route: WriteRoute, pools: Pools): fc.Arbitrary<string | Buffer> {
  const json = (isHostile: boolean) =>
    (route.body ? fromSchema(route.body, pools, isHostile) : hostileValue).map(
      (value) => JSON.stringify(value) ?? 'null',
    );
  return fc.oneof(
    { weight: 3, arbitrary: json(false) },
    { weight: 6, arbitrary: json(true) },
    { weight: 1, arbitrary: hostileText },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1, max: 50_000 }).map((depth) => '{"a":['.repeat(depth)),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom([0xff, 0xfe], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80])
        .map((bytes) =>
          Buffer.concat([Buffer.from('{"name":"'), Buffer.from(bytes), Buffer.from('"}')]),
        ),
    },
  );
}

/** Every byte percent-encoded, lone surrogates as UTF-8 makes them (U+FFFD). */
const percentEncoded = (text: string) =>
  [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');

/** A path parameter: a real record of any kind, a random id or something hostile. */
export const pathValue = (pools: Pools) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...pools.ids, ...pools.words) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: hostileText.map((text) => percentEncoded(text.slice(0, 300))) },
    { weight: 1, arbitrary: fc.constantFrom('%zz', '%ff%fe', '%00', '..%2f..%2fetc') },
  );
