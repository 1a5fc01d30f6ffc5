// Builds data/reference/places-sweden/gazetteer-place-names.csv and tatorter-place-names.csv
// from the places-sweden data set (see data/reference/places-sweden/SOURCE-place-names.md):
// only the columns the product reads, and no row whose point lies in another kommun than
// its kommunkod says (by Lantmäteriet's distrikt at full precision, whose union is each
// kommun), so that no municipality carries another's place ("Flemingsberg" filed under
// Stockholm). Points in no kommun (at sea, across the border) keep their kommunkod.
//
//   node scripts/reference/build-place-names.mjs <folder of gazetteer.csv and tatorter_2020.csv>
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const [folder] = process.argv.slice(2);
if (!folder) throw new Error('Usage: build-place-names.mjs <places-sweden folder>');
const root = new URL('../../', import.meta.url).pathname;
const distrikt = JSON.parse(
  gunzipSync(readFileSync(join(folder, 'distrikt_full_precision.geojson.gz'))).toString('utf8'),
).features;
const boxes = new Flatbush(distrikt.length);
for (const feature of distrikt) {
  const rings = (
    feature.geometry.type === 'Polygon'
      ? [feature.geometry.coordinates]
      : feature.geometry.coordinates
  ).flat();
  const points = rings.flat();
  const xs = points.map((point) => point[0]);
  const ys = points.map((point) => point[1]);
  boxes.add(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
}
boxes.finish();
/** Whether the point lies in no other kommun than `code`. */
const isInside = (code, longitude, latitude) =>
  boxes
    .search(longitude, latitude, longitude, latitude)
    .map((index) => distrikt[index])
    .filter((feature) => booleanPointInPolygon([longitude, latitude], feature.geometry))
    .every((feature) => feature.properties.kommunkod === code);
const read = (file) => parse(readFileSync(join(folder, file), 'utf8'), { columns: true });
const out = join(root, 'data/reference/places-sweden');

let dropped = 0;
const gazetteer = read('gazetteer.csv').flatMap((row) => {
  const [longitude, latitude] = [Number(row.lon), Number(row.lat)];
  if (!/^\d{4}$/.test(row.kommunkod) || !isInside(row.kommunkod, longitude, latitude)) {
    dropped += 1;
    return [];
  }
  return [
    [row.kommunkod, row.placetype, row.name, row.name_wof, latitude, longitude, row.src_geom],
  ];
});
// Stockholm stad's 117 stadsdelar ("GAMLA STAN" → "Gamla stan"), each at a point inside it.
const stadsdelar = JSON.parse(
  readFileSync(join(folder, 'stockholm-stadsdelar/stadsdelar_simplified.geo.json'), 'utf8'),
).features;
for (const feature of stadsdelar) {
  const ring = (
    feature.geometry.type === 'Polygon'
      ? feature.geometry.coordinates
      : feature.geometry.coordinates[0]
  )[0];
  const mean = (axis) => ring.reduce((sum, point) => sum + point[axis], 0) / ring.length;
  const candidates = [
    [mean(0), mean(1)],
    ...ring
      .slice(1)
      .map((point, index) => [
        (point[0] + ring[index][0] + mean(0)) / 3,
        (point[1] + ring[index][1] + mean(1)) / 3,
      ]),
  ];
  const inside = candidates.find((point) => booleanPointInPolygon(point, feature.geometry));
  if (!inside) continue;
  const upper = String(feature.properties.name);
  const name = upper.charAt(0) + upper.slice(1).toLocaleLowerCase('sv');
  const round = (value) => Math.round(value * 1e6) / 1e6;
  gazetteer.push([
    '0180',
    'stadsdel',
    name,
    name,
    round(inside[1]),
    round(inside[0]),
    'stockholm-stad',
  ]);
}
writeFileSync(
  join(out, 'gazetteer-place-names.csv'),
  stringify(gazetteer, {
    header: true,
    columns: ['kommunkod', 'placetype', 'name', 'name_wof', 'lat', 'lon', 'src_geom'],
  }),
);
const tatorter = read('tatorter_2020.csv').flatMap((row) => {
  const [longitude, latitude] = [Number(row.lon), Number(row.lat)];
  if (!isInside(row.mun_code, longitude, latitude)) {
    dropped += 1;
    return [];
  }
  return [[row.mun_code, row.code, row.name, Number(row.pop), latitude, longitude]];
});
writeFileSync(
  join(out, 'tatorter-place-names.csv'),
  stringify(tatorter, {
    header: true,
    columns: ['kommunkod', 'code', 'name', 'population', 'lat', 'lon'],
  }),
);
console.log(`${gazetteer.length} gazetteer rows, ${tatorter.length} tätorter, ${dropped} dropped`);
