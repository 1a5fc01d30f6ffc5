// The denial-of-service requests of issue 20, each a function that sends its requests and
// returns what came back. Inputs are built before the attack is timed (see attack.js), so the
// probe measures the server, not this script. Every request has a time limit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../reliability/support/processes.js';

/** Input sizes: the issue's, a middle size, and the short form's (CI). */
export const sizes = {
  full: {
    nestedBytes: 20_000_000,
    csvColumns: 1_000_000,
    polygonVertices: 2_000_000,
    layerDistricts: 20_000,
    policeEvents: 60_000,
    sessionBytes: 1_000_000,
    sanctionsNameLength: 200_000,
    importRows: 100_000,
    requestTimeoutMs: 180_000,
  },
  /** Between the two, for a machine on which the sizes take too long. */
  middle: {
    nestedBytes: 5_000_000,
    csvColumns: 300_000,
    polygonVertices: 500_000,
    layerDistricts: 5_000,
    policeEvents: 15_000,
    sessionBytes: 1_000_000,
    sanctionsNameLength: 100_000,
    importRows: 50_000,
    requestTimeoutMs: 60_000,
  },
  quick: {
    nestedBytes: 2_000_000,
    csvColumns: 100_000,
    polygonVertices: 200_000,
    layerDistricts: 1_000,
    policeEvents: 3_000,
    sessionBytes: 1_000_000,
    sanctionsNameLength: 50_000,
    importRows: 10_000,
    requestTimeoutMs: 20_000,
  },
};

/** Inside Huddinge's boundary (WGS84), so a generated layer is not clipped away. */
const core = { west: 17.95, east: 18.04, south: 59.2, north: 59.24 };

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A square grid of `count` districts over the core, named "Ruta 1" … */
function gridLayer(count) {
  const side = Math.ceil(Math.sqrt(count));
  const width = (core.east - core.west) / side;
  const height = (core.north - core.south) / side;
  const features = [];
  for (let index = 0; index < count; index += 1) {
    const west = core.west + (index % side) * width;
    const south = core.south + Math.floor(index / side) * height;
    const ring = [
      [west, south],
      [west + width, south],
      [west + width, south + height],
      [west, south + height],
      [west, south],
    ].map(([x, y]) => [Number(x.toFixed(7)), Number(y.toFixed(7))]);
    features.push({
      type: 'Feature',
      properties: { namn: `Ruta ${index + 1}` },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** One polygon of `vertices` points on a circle in the core, as raw JSON text. */
function hugePolygonBody(vertices) {
  const parts = [];
  for (let index = 0; index < vertices; index += 1) {
    const angle = (2 * Math.PI * index) / vertices;
    parts.push(
      `[${(17.995 + 0.05 * Math.cos(angle)).toFixed(6)},${(59.225 + 0.025 * Math.sin(angle)).toFixed(6)}]`,
    );
  }
  parts.push(parts[0]);
  return (
    '{"name":"Attack polygon","nameProperty":"namn","geojson":{"type":"FeatureCollection",' +
    '"features":[{"type":"Feature","properties":{"namn":"Cirkeln"},"geometry":{"type":"Polygon",' +
    `"coordinates":[[${parts.join(',')}]]}}]}}`
  );
}

/** The reference police events, cloned under new ids with summaries naming grid districts. */
function policeEvents(count, districtCount) {
  const reference = JSON.parse(
    readFileSync(join(root, 'data', 'reference', 'polisen-events', 'huddinge-events.json'), 'utf8'),
  );
  const next = random(20);
  return Array.from({ length: count }, (_, index) => {
    const event = reference[index % reference.length];
    const district = 1 + Math.floor(next() * districtCount);
    return {
      ...event,
      id: 90_000_000 + index,
      summary: `${event.summary} Det hände i Ruta ${district}, nära Ruta ${1 + ((district * 7) % districtCount)}.`,
    };
  });
}

function importCsv(rows) {
  const next = random(7);
  const now = Date.now();
  const lines = ['id,time,lon,lat,kind,text'];
  for (let index = 0; index < rows; index += 1) {
    const when = new Date(now - 86_400_000 - Math.floor(next() * 365 * 86_400_000));
    const longitude = (core.west + next() * (core.east - core.west)).toFixed(6);
    const latitude = (core.south + next() * (core.north - core.south)).toFixed(6);
    lines.push(
      `attack-${index},${when.toISOString()},${longitude},${latitude},suspected_drug_dealing,Misstänkt langning nummer ${index}`,
    );
  }
  return lines.join('\n') + '\n';
}

const csvProfile = {
  name: 'Attackprofil',
  columns: {
    id: 'id',
    occurredAt: 'time',
    longitude: 'lon',
    latitude: 'lat',
    category: 'kind',
    description: 'text',
  },
  categoryValues: {},
};

/**
 * The attacks in the order. Each has a name, the role it is sent as, `prepare` (builds
 * the input, untimed) and `run` (sends it, timed), given { clients, context, size }.
 */
export const attacks = [
  {
    name: 'meeting-series-9999',
    description: 'A meeting series starting on 9999-12-31 (coordinator), then the meetings list',
    prepare: () => ({}),
    async run({ clients, size }) {
      const created = await clients.admin.request(
        'POST',
        '/api/meeting-series',
        {
          title: 'Serie utan slut',
          weekday: 5,
          startTime: '09:00',
          durationMinutes: 60,
          startsOn: '9999-12-31',
        },
        { timeoutMs: size.requestTimeoutMs },
      );
      const listed = await clients.admin.request('GET', '/api/meetings', undefined, {
        timeoutMs: size.requestTimeoutMs,
      });
      return [
        { label: 'POST /api/meeting-series', ...created },
        { label: 'GET /api/meetings', ...listed },
      ];
    },
  },
  {
    name: 'nested-brackets-district-layer',
    description: "Nested '[' to POST /api/district-layers as a partner's reporter",
    prepare: ({ size }) => ({ body: '['.repeat(size.nestedBytes) }),
    async run({ clients, size, input }) {
      const response = await clients.reporter.request('POST', '/api/district-layers', input.body, {
        timeoutMs: size.requestTimeoutMs,
      });
      return [{ label: 'POST /api/district-layers', ...response }];
    },
  },
  {
    name: 'csv-million-columns',
    description:
      "A CSV header of very many columns to POST /api/imports/csv as a partner's reporter",
    prepare: ({ size, context }) => {
      const header = Array.from({ length: size.csvColumns }, (_, index) => `k${index}`).join(',');
      return {
        body: JSON.stringify({
          fileName: 'kolumner.csv',
          text: `${header}\n`,
          organisationId: context.reporterOrganisationId,
          profile: { name: 'Kolumner', columns: { occurredAt: 'k0', category: 'k1' } },
        }),
      };
    },
    async run({ clients, size, input }) {
      const response = await clients.reporter.request('POST', '/api/imports/csv', input.body, {
        timeoutMs: size.requestTimeoutMs,
      });
      return [{ label: 'POST /api/imports/csv', ...response }];
    },
  },
  {
    name: 'huge-polygon',
    description: 'One polygon of millions of vertices to POST /api/district-layers (admin)',
    prepare: ({ size }) => ({ body: hugePolygonBody(size.polygonVertices) }),
    async run({ clients, size, input }) {
      const response = await clients.admin.request('POST', '/api/district-layers', input.body, {
        timeoutMs: size.requestTimeoutMs,
      });
      return [{ label: 'POST /api/district-layers', ...response }];
    },
  },
  {
    name: 'police-events-large-layer',
    description: 'A layer of many districts, then many police events placed against it (admin)',
    prepare: ({ size, context }) => ({
      layer: JSON.stringify({
        name: 'Attackrutnät',
        nameProperty: 'namn',
        geojson: gridLayer(size.layerDistricts),
      }),
      events: JSON.stringify({
        fileName: 'attack-events.json',
        organisationId: context.policeOrganisationId,
        events: policeEvents(size.policeEvents, size.layerDistricts),
        isSkippingBadRows: true,
      }),
    }),
    async run({ clients, size, input }) {
      const layer = await clients.admin.request('POST', '/api/district-layers', input.layer, {
        timeoutMs: size.requestTimeoutMs,
      });
      const events = await clients.admin.request(
        'POST',
        '/api/imports/police-events',
        input.events,
        {
          timeoutMs: size.requestTimeoutMs,
        },
      );
      return [
        { label: 'POST /api/district-layers', ...layer },
        { label: 'POST /api/imports/police-events', ...events },
      ];
    },
  },
  {
    name: 'nested-json-session',
    description: 'Nested JSON to POST /api/session, anonymously, three times',
    prepare: ({ size }) => {
      const depth = Math.floor(size.sessionBytes / 2);
      return { body: '['.repeat(depth) + ']'.repeat(depth) };
    },
    async run({ clients, size, input }) {
      const results = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const response = await clients.anonymous.request('POST', '/api/session', input.body, {
          timeoutMs: size.requestTimeoutMs,
        });
        results.push({ label: 'POST /api/session', ...response });
      }
      return results;
    },
  },
  {
    name: 'sanctions-long-name',
    description: 'A sanctions list entry with a very long name, then a screening (procurement)',
    prepare: ({ size, context }) => {
      const next = random(3);
      const words = [context.supplierName];
      let length = context.supplierName.length;
      while (length < size.sanctionsNameLength) {
        const word = Array.from({ length: 4 + Math.floor(next() * 6) }, () =>
          String.fromCharCode(97 + Math.floor(next() * 26)),
        ).join('');
        words.push(word);
        length += word.length + 1;
      }
      const folder = mkdtempSync(join(tmpdir(), 'tryggve-attack-ftm-'));
      const file = join(folder, 'attack.ftm.jsonl');
      writeFileSync(
        file,
        JSON.stringify({
          id: 'attack-long-name',
          schema: 'Company',
          caption: 'Långt namn',
          properties: { name: [words.join(' ').slice(0, size.sanctionsNameLength)] },
          datasets: ['attack'],
        }) + '\n',
      );
      // Loaded with the command, as an operator loads a list, into the running server's database.
      execFileSync(
        process.execPath,
        [
          join(root, 'scripts', 'reliability', 'support', 'cli-process.js'),
          'sanctions',
          'load',
          file,
          '--dataset',
          'attack',
        ],
        { cwd: root, env: context.serverEnvironment, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      rmSync(folder, { recursive: true, force: true });
      return {};
    },
    async run({ clients, size, context }) {
      const response = await clients.procurement.request(
        'POST',
        `/api/suppliers/${context.supplierId}/checks/sanctions`,
        {},
        { timeoutMs: size.requestTimeoutMs },
      );
      return [{ label: 'POST /api/suppliers/:id/checks/sanctions', ...response }];
    },
  },
  {
    name: 'large-import',
    description: 'A large legitimate CSV import (admin)',
    prepare: ({ size, context }) => ({
      body: JSON.stringify({
        fileName: 'stor-import.csv',
        text: importCsv(size.importRows),
        organisationId: context.adminOrganisationId,
        profile: csvProfile,
        isSkippingBadRows: true,
      }),
    }),
    async run({ clients, size, input }) {
      const response = await clients.admin.request('POST', '/api/imports/csv', input.body, {
        timeoutMs: size.requestTimeoutMs,
      });
      return [{ label: 'POST /api/imports/csv', ...response }];
    },
  },
  {
    name: 'write-during-import',
    description:
      'A large CSV import, and a second after it began an ordinary write (a meeting series) by the same admin',
    prepare: ({ size, context }) => ({
      body: JSON.stringify({
        fileName: 'stor-import-2.csv',
        text: importCsv(size.importRows).replaceAll('attack-', 'attack2-'),
        organisationId: context.adminOrganisationId,
        profile: csvProfile,
        isSkippingBadRows: true,
      }),
    }),
    async run({ clients, size, input }) {
      let isImported = false;
      const importing = clients.admin
        .request('POST', '/api/imports/csv', input.body, { timeoutMs: size.requestTimeoutMs })
        .finally(() => (isImported = true));
      // Ordinary writes one after another while the import runs (at most 100): the slowest
      // and every one that failed are reported.
      const writes = [];
      while (!isImported && writes.length < 100) {
        const written = await clients.admin.request(
          'POST',
          '/api/meeting-series',
          {
            title: `Serie under importen ${writes.length + 1}`,
            weekday: 1,
            startTime: '09:00',
            durationMinutes: 60,
            startsOn: '2027-01-04',
            endsOn: '2027-03-29',
          },
          { timeoutMs: size.requestTimeoutMs },
        );
        writes.push({ label: `POST /api/meeting-series (write ${writes.length + 1})`, ...written });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const slowest = writes.reduce(
        (worst, write) => (!worst || write.milliseconds > worst.milliseconds ? write : worst),
        null,
      );
      const reported = writes.filter((write) => write.status >= 300 || write === slowest);
      return [
        { label: 'POST /api/imports/csv', ...(await importing) },
        ...reported.map((write) => ({ ...write, label: `${write.label} of ${writes.length}` })),
      ];
    },
  },
  {
    name: 'situation-pdf',
    description: 'The situation picture as a PDF for this year, three times (admin)',
    prepare: () => ({}),
    async run({ clients, size }) {
      const results = [];
      const year = new Date().getUTCFullYear();
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const response = await clients.admin.request(
          'GET',
          `/api/situation/pdf?period=year&key=${year}`,
          undefined,
          { timeoutMs: size.requestTimeoutMs },
        );
        results.push({ label: 'GET /api/situation/pdf', ...response });
      }
      return results;
    },
  },
];
