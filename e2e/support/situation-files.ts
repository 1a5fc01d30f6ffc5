import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  addDays,
  formatLocalDate,
  stockholmLocalParts,
} from '../../src/shared/time/stockholm-time.js';

/** Files and servers the situation-files journey (situation-files.e2e.ts) hands the product. */

/** Yesterday as a Swedish calendar day, so the rows are neither in the future nor old. */
function yesterdayInStockholm(): string {
  return formatLocalDate(addDays(stockholmLocalParts(new Date()), -1));
}

/** The housing company's fault reports of yesterday: two graffiti, and fireworks (no category). */
export function housingCompanyCsv(): string {
  const day = yesterdayInStockholm();
  return [
    'Tid;Typ;Område;Beskrivning;Ärendenr',
    `${day} 21:30;Klotter;Skogås;Klotter på elskåpet vid torget.;HB-101`,
    `${day} 22:05;Fyrverkeri;Vårby;Raketer mot en buss.;HB-102`,
    `${day} 23:40;Sprayfärg;Vårby;Taggar på gångtunneln.;HB-103`,
  ].join('\r\n');
}

/** A square district around a point, as a layer file would hold it. */
export function squareLayer(name: string, longitude: number, latitude: number) {
  const half = 0.02;
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { namn: name, kod: 'T1' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [longitude - half, latitude - half],
              [longitude + half, latitude - half],
              [longitude + half, latitude + half],
              [longitude - half, latitude + half],
              [longitude - half, latitude - half],
            ],
          ],
        },
      },
    ],
  };
}

/** A tile server for the basemap: one grey pixel for every tile, and a count of requests. */
export async function startTileServer(): Promise<{
  server: Server;
  url: string;
  requests: string[];
}> {
  const pixel = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  );
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(200, {
      'content-type': 'image/png',
      'access-control-allow-origin': '*',
    });
    response.end(pixel);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/{z}/{x}/{y}.png`, requests };
}
