// The product's API in a process of its own, for the reliability scripts to kill or to watch:
// opens (migrating) the database at TRYGGVE_DATABASE_URL, starts the API on a free loopback
// port with the production plugins, and prints `listening <url>` on stdout.
import { startApiServer } from '../../../bench/support/api-server.js';
import { benchDeps } from '../../../bench/support/synthetic-huddinge.js';
import { PictureCache } from '../../../dist/server/domain/situation/picture-cache.js';
import { migrateToLatest, openDatabase } from '../../../dist/server/storage/db.js';

const database = openDatabase(process.env.TRYGGVE_DATABASE_URL);
await migrateToLatest(database.db);
// With the picture cache, as `tryggve serve` wires it.
const { app, baseUrl } = await startApiServer({
  ...benchDeps(database),
  pictureCache: new PictureCache(),
});
process.stdout.write(`listening ${baseUrl}\n`);
const stop = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
