// The situation benchmark's result document: the targets judged, the printed summary, and
// every measurement in full.
import { ratio, target } from './harness.js';
import { span } from './synthetic-huddinge.js';

const seconds = (milliseconds) => Math.round(milliseconds / 100) / 10;
const perSecond = (rows, milliseconds) => Math.round(rows / (milliseconds / 1000));
const withoutPictures = ({ pictures, ...rest }) => ({ ...rest, responses: pictures.length });

export function situationReport({ datasets, measurements, diagnosis, request }) {
  const { largeImport, smallImport, rawFiles } = datasets;
  const { largeApi, smallApi, duckdb } = measurements;
  const rawMilliseconds = rawFiles.reduce((sum, file) => sum + file.milliseconds, 0);
  const importRowsPerSecond = perSecond(largeImport.rows, largeImport.milliseconds);
  const rawRowsPerSecond = perSecond(largeImport.rows, rawMilliseconds);
  const large = largeApi.latencyMilliseconds;
  const small = smallApi.latencyMilliseconds;
  const duck = duckdb.latencyMilliseconds;
  const [largeRows, smallRows] = [largeImport.rows, smallImport.rows];

  const targets = [
    target(
      'import / raw insert (rows/s)',
      ratio(importRowsPerSecond, rawRowsPerSecond),
      '>=',
      0.5,
      'the product’s import path against prepared-statement inserts of the same rows',
    ),
    target(
      'picture p95 / DuckDB p95',
      ratio(large.p95, duck.p95),
      '<=',
      0.5,
      'the weekly picture over HTTP against DuckDB scanning the same rows for the same counts',
    ),
    target(
      `picture p95 at ${largeRows} / at ${smallRows}`,
      ratio(large.p95, small.p95),
      '<=',
      2,
      'how the picture grows with the number of incidents',
    ),
  ];
  const line = (label, value, unit) => ({ label, value, ...(unit ? { unit } : {}) });
  const summary = [
    line('incidents (large / small)', `${largeRows} / ${smallRows}`),
    line('import through the product', importRowsPerSecond, 'rows/s'),
    line('raw prepared-statement insert', rawRowsPerSecond, 'rows/s'),
    line(`picture p50 / p95 at ${largeRows}`, `${large.p50} / ${large.p95}`, 'ms'),
    line(`picture p50 / p95 at ${smallRows}`, `${small.p50} / ${small.p95}`, 'ms'),
    line('DuckDB same counts p50 / p95', `${duck.p50} / ${duck.p95}`, 'ms'),
    line(
      'pictures equal to DuckDB’s counts',
      `${duckdb.picturesAgreeing} / ${largeApi.pictures.length}`,
    ),
    line(
      'use case / its SQL, large (p50)',
      `${diagnosis.pictureLarge.useCaseMilliseconds.p50} / ${diagnosis.pictureLarge.sqlMillisecondsPerPicture.p50}`,
      'ms',
    ),
    line('rows one picture reads (large)', diagnosis.pictureLarge.rowsReadPerPicture),
    line(
      'daily / hourly rollup rows (large)',
      `${diagnosis.rollups.large.daily.rows} / ${diagnosis.rollups.large.hourly.rows}`,
    ),
    line(
      'what-if: statement cache, import',
      diagnosis.import.whatIfStatementCache.importRowsPerSecond,
      'rows/s',
    ),
  ];

  return {
    dataset: {
      municipality: 'Huddinge (0126): the demo’s boundary, districts and organisations',
      span: { from: span.from.toISOString(), to: span.to.toISOString(), years: span.years },
      generator: 'src/demo/synthetic-incidents.ts, 35 % of incidents in the three utsatta områden',
      large: {
        incidents: largeRows,
        seed: 126,
        files: largeImport.files.length,
        rejectedByTheImport: largeImport.rejectedRows,
      },
      small: {
        incidents: smallRows,
        seed: 127,
        files: smallImport.files.length,
        rejectedByTheImport: smallImport.rejectedRows,
      },
      storage:
        'a SQLite file in a temporary folder, opened by the product’s openDatabase (WAL, synchronous NORMAL, foreign keys on)',
    },
    summary,
    targets,
    import: {
      path: 'importIncidents, source csv, the command-line operator, one transaction per year file',
      rows: largeRows,
      seconds: seconds(largeImport.milliseconds),
      rowsPerSecond: importRowsPerSecond,
      generationSeconds: seconds(largeImport.generationMilliseconds),
      raw: { seconds: seconds(rawMilliseconds), rowsPerSecond: rawRowsPerSecond },
      perFile: largeImport.files.map((file, index) => ({
        file: file.name,
        rows: file.rows,
        importRowsPerSecond: perSecond(file.rows, file.milliseconds),
        rawRowsPerSecond: perSecond(rawFiles[index].rows, rawFiles[index].milliseconds),
      })),
      smallRowsPerSecond: perSecond(smallRows, smallImport.milliseconds),
    },
    picture: {
      request:
        'GET /api/situation?period=week&key=<week> over HTTP on 127.0.0.1, signed in, one at a time, after 10 warm-up requests',
      weeks: request.weekKeys,
      large: withoutPictures(largeApi),
      small: withoutPictures(smallApi),
      duckdb,
    },
    diagnosis,
  };
}
