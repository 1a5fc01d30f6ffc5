// Where the situation benchmark's time goes: the picture's statements at both sizes, the
// import's parts (the rollup upserts among them), and the size of the daily rollups.
import { diagnoseImport } from './import-diagnosis.js';
import { diagnosePicture } from './picture-diagnosis.js';
import { benchDeps } from './synthetic-huddinge.js';

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

/** How large the rollups the picture reads are, rows and bytes. */
function rollupSize(database) {
  const size = (table) => ({
    rows: database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get(),
    bytes: (() => {
      try {
        return database.sqlite
          .prepare('SELECT sum(pgsize) FROM dbstat WHERE name = ?')
          .pluck()
          .get(table);
      } catch {
        return null;
      }
    })(),
  });
  return { daily: size('incident_daily_counts'), hourly: size('incident_hourly_counts') };
}

export async function diagnoseSituation({ datasets, huddinge, request, options }) {
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

  return {
    pictureLarge,
    pictureSmall,
    import: importBreakdown,
    rollups: { large: rollupSize(large), small: rollupSize(small) },
  };
}
