// Where the situation benchmark's time goes, and what two changes would give: the picture's
// statements at both sizes, the import's parts, a covering index, and a daily rollup served
// through the real HTTP API.
import { diagnoseImport } from './import-diagnosis.js';
import { diagnosePicture } from './picture-diagnosis.js';
import { requestPictures } from './picture-requests.js';
import { benchDeps, span } from './synthetic-huddinge.js';
import { buildDailyRollup, whatIfCoveringIndex } from './what-if.js';
import { ratio } from './harness.js';

/** A picture's comparable content: every row's counts, in a stable order. */
export const pictureRowsKey = (rows) =>
  rows
    .map((row) =>
      [
        row.districtId ?? '',
        row.categoryCode,
        row.count,
        row.previousCount,
        row.baselineMean,
        row.lastYearCount,
      ].join('|'),
    )
    .sort()
    .join('\n');

/** The pictures over HTTP with the count query reading a daily rollup, checked against today's. */
async function rollupOverHttp({ database, huddinge, measured, request }) {
  const rollup = buildDailyRollup(database, huddinge.municipalityId);
  try {
    const { pictures, ...latency } = await requestPictures({
      ...request,
      deps: rollup.deps(benchDeps(database)),
      weekKeys: measured.pictures.map((item) => item.weekKey),
    });
    const agreeing = pictures.filter(
      (item, index) =>
        pictureRowsKey(item.picture.rows) === pictureRowsKey(measured.pictures[index].picture.rows),
    ).length;
    return { ...rollup.description, ...latency, picturesEqualToToday: agreeing };
  } finally {
    rollup.drop();
  }
}

export async function diagnoseSituation({ datasets, huddinge, measurements, request, options }) {
  const { large, small, largeImport, templatePath, scratchPath } = datasets;
  const weekKeys = request.weekKeys.slice(0, options.diagnosisWeeks);
  const pictureOf = (database) =>
    diagnosePicture({
      baseDeps: benchDeps(database),
      database,
      municipalityId: huddinge.municipalityId,
      weekKeys,
    });
  const pictureLarge = await pictureOf(large);
  const pictureSmall = await pictureOf(small);
  const importBreakdown = await diagnoseImport({
    templatePath,
    scratchPath,
    huddinge,
    file: largeImport.firstFile,
  });

  const countStatement = pictureLarge.statements.find(
    (item) => item.statement === 'count per district × category',
  );
  const coveringIndex = await whatIfCoveringIndex({
    database: large,
    deps: benchDeps(large),
    municipalityId: huddinge.municipalityId,
    weekKeys,
    countSql: {
      sql: countStatement.sql,
      parameters: [
        huddinge.municipalityId,
        span.from.toISOString(),
        span.to.toISOString(),
        'new',
        'reviewed',
      ],
    },
  });
  const rollupLarge = await rollupOverHttp({
    database: large,
    huddinge,
    measured: measurements.largeApi,
    request,
  });
  const rollupSmall = await rollupOverHttp({
    database: small,
    huddinge,
    measured: measurements.smallApi,
    request,
  });
  return {
    pictureLarge,
    pictureSmall,
    import: importBreakdown,
    whatIf: {
      coveringIndex,
      dailyRollupLarge: rollupLarge,
      dailyRollupSmall: rollupSmall,
      dailyRollupTargets: {
        pictureP95OverDuckDbP95: ratio(
          rollupLarge.latencyMilliseconds.p95,
          measurements.duckdb.latencyMilliseconds.p95,
        ),
        largeP95OverSmallP95: ratio(
          rollupLarge.latencyMilliseconds.p95,
          rollupSmall.latencyMilliseconds.p95,
        ),
      },
    },
  };
}
