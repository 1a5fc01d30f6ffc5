import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/databases.js';
import { makeUser, testDeps } from '../../test/support/factories.js';
import { buildTestApp, TestClient } from '../../test/support/http.js';
import { seedHuddinge, type Huddinge } from '../../test/support/huddinge.js';
import { inProcessRunner, type TaskRunner } from '../jobs/worker-tasks.js';
import { handingOver } from './raw-json-body.js';

/** A layer file inside Huddinge, as a client would send it: indented, so a re-serialised body differs. */
const layerText = (name: string) =>
  JSON.stringify(
    {
      name,
      nameProperty: 'namn',
      geojson: {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { namn: 'Flemingsberg' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [17.94, 59.21],
                  [17.96, 59.21],
                  [17.96, 59.23],
                  [17.94, 59.23],
                  [17.94, 59.21],
                ],
              ],
            },
          },
        ],
      },
    },
    null,
    2,
  );

describe('handing a raw body over to the worker thread', () => {
  it('hands over the memory of a body that owns all of it, and copies one in a shared pool', () => {
    const whole = Buffer.concat([Buffer.alloc(10_000, 1), Buffer.alloc(10_000, 2)]);
    expect(handingOver(whole).transfer).toEqual([whole.buffer]);
    const pooled = Buffer.from('{"name":"liten"}');
    expect(handingOver(pooled).transfer).toEqual([]);
    expect(handingOver(null).transfer).toEqual([]);
  });
});

/**
 * Issue 20: a layer file or a police events file of tens of megabytes held the event loop for
 * seconds while Fastify parsed and checked it. These routes must hand the body on as the bytes
 * received, for the worker thread to parse: what the task runner is given shows it.
 */
describeEachDialect('large JSON bodies handed to the worker thread unparsed', (database) => {
  let app: FastifyInstance;
  let huddinge: Huddinge;
  let coordinator: TestClient;
  const handed: { name: string; input: Record<string, unknown> }[] = [];

  beforeAll(async () => {
    const deps = testDeps(database());
    huddinge = await seedHuddinge(deps);
    const onThisThread = inProcessRunner(deps);
    const recording: TaskRunner = {
      run: (name, input, options) => {
        handed.push({ name, input: input as Record<string, unknown> });
        return onThisThread.run(name, input, options);
      },
    };
    app = await buildTestApp(deps, { tasks: recording });
    coordinator = await new TestClient(app).signIn(
      (await makeUser(deps, huddinge.organisations.administration, ['coordinator'])).email,
    );
  });
  afterAll(() => app.close());

  const send = (method: 'POST' | 'PUT', url: string, payload: string) =>
    coordinator.request({ method, url, headers: { 'content-type': 'application/json' }, payload });
  const lastHanded = () => handed.at(-1)!;
  const bodyText = (body: unknown) => {
    expect(body).toBeInstanceOf(Uint8Array);
    return Buffer.from(body as Uint8Array).toString('utf8');
  };

  it('hands a new layer file to the worker as the bytes received, and answers what the worker did', async () => {
    const payload = layerText('Obearbetad');
    const response = await send('POST', '/api/district-layers', payload);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ layer: { name: 'Obearbetad' }, districtCount: 1 });
    expect(lastHanded().name).toBe('upload-district-layer');
    expect(bodyText(lastHanded().input.body)).toBe(payload);
  });

  it('hands a replacing layer file over unparsed too, with the layer id from the path', async () => {
    const added = await send('POST', '/api/district-layers', layerText('Ersätts'));
    const { id } = (added.json() as { layer: { id: string } }).layer;
    const payload = layerText('Ersatt');
    const response = await send('PUT', `/api/district-layers/${id}`, payload);
    expect(response.statusCode).toBe(200);
    expect(lastHanded()).toMatchObject({ name: 'replace-district-layer', input: { layerId: id } });
    expect(bodyText(lastHanded().input.body)).toBe(payload);
  });

  it('hands even a body that is not JSON to the worker, which refuses it as Fastify did', async () => {
    const response = await send('POST', '/api/district-layers', '{"name": [[[');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'MALFORMED_REQUEST' });
    expect(bodyText(lastHanded().input.body)).toBe('{"name": [[[');
  });

  it('hands a police events file to the worker as the bytes received', async () => {
    const payload = JSON.stringify(
      {
        fileName: 'tom.json',
        organisationId: huddinge.organisations.police.id,
        events: [],
      },
      null,
      2,
    );
    const response = await send('POST', '/api/imports/police-events', payload);
    expect(response.statusCode).toBe(200);
    expect(lastHanded().name).toBe('import-police-events-request');
    expect(bodyText(lastHanded().input.body)).toBe(payload);
  });

  it('runs deleting a layer, and placing the police events again after it, as a task', async () => {
    const added = await send('POST', '/api/district-layers', layerText('Tas bort'));
    const { id } = (added.json() as { layer: { id: string } }).layer;
    const response = await coordinator.delete(`/api/district-layers/${id}`);
    expect(response.statusCode).toBe(204);
    expect(lastHanded()).toMatchObject({ name: 'delete-district-layer', input: { layerId: id } });
  });

  it('still describes each of these bodies in the OpenAPI document, from the schema the worker checks', () => {
    const { paths } = app.swagger() as {
      paths: Record<
        string,
        Record<
          string,
          { requestBody?: { content: Record<string, { schema: { required?: string[] } }> } }
        >
      >;
    };
    const required = (path: string, method: string) =>
      paths[path]?.[method]?.requestBody?.content['application/json']?.schema.required;
    expect(required('/api/district-layers', 'post')).toEqual(
      expect.arrayContaining(['name', 'nameProperty']),
    );
    expect(required('/api/district-layers/{id}', 'put')).toEqual(
      expect.arrayContaining(['name', 'nameProperty']),
    );
    expect(required('/api/imports/police-events', 'post')).toEqual(
      expect.arrayContaining(['fileName', 'organisationId']),
    );
  });
});
