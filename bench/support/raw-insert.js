// The floor the import is compared against: the same rows written straight into the same
// tables with better-sqlite3 prepared statements, one transaction per import file, with the
// same indexes, foreign keys and pragmas, and nothing else (no validation, no lookups).

/**
 * Copies incidents and their district rows from `source` into `target` (two better-sqlite3
 * connections), file by file: `files` lists the last rowid of each file in `source`. Reading
 * is not timed; each file's insert and commit is. Returns the milliseconds per file.
 */
export function insertRaw(source, target, files) {
  const columns = target
    .prepare('SELECT name FROM pragma_table_info(?)')
    .pluck()
    .all('incidents')
    .map((name) => `"${name}"`);
  const readIncidents = source
    .prepare(
      `SELECT ${columns.join(', ')} FROM incidents WHERE rowid > ? AND rowid <= ? ORDER BY rowid`,
    )
    .raw();
  const readDistricts = source
    .prepare(
      `SELECT d.incident_id, d.district_id FROM incident_districts d
       JOIN incidents i ON i.id = d.incident_id WHERE i.rowid > ? AND i.rowid <= ?
       ORDER BY i.rowid`,
    )
    .raw();
  const insertIncident = target.prepare(
    `INSERT INTO incidents (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  const insertDistrict = target.prepare(
    'INSERT INTO incident_districts (incident_id, district_id) VALUES (?, ?)',
  );
  const writeFile = target.transaction((incidents, districts) => {
    for (const row of incidents) insertIncident.run(row);
    for (const row of districts) insertDistrict.run(row);
  });

  const timings = [];
  let lastRowid = 0;
  for (const file of files) {
    const incidents = readIncidents.all(lastRowid, file.lastRowid);
    const districts = readDistricts.all(lastRowid, file.lastRowid);
    const start = performance.now();
    writeFile(incidents, districts);
    timings.push({ rows: incidents.length, milliseconds: performance.now() - start });
    lastRowid = file.lastRowid;
  }
  return timings;
}
