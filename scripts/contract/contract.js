// `npm run contract`: drives every operation of /api/openapi.json against a fresh demo server
// (`tryggve serve`, already built) as the demo admin and anonymously, and checks each answer
// against the document with Ajv (see walk.js for the requests and the checks).
// Prints the counts; exits 1 on any failure. TRYGGVE_TEST_POSTGRES_URL set: on PostgreSQL.
import { freshDatabase, startServer } from '../attack/server.js';
import { runContract } from './walk.js';

const database = await freshDatabase();
const server = await startServer(database.url);
try {
  const { examples, ...result } = await runContract(server);
  console.log(
    JSON.stringify(
      { tool: 'scripts/contract (Ajv 2020)', dialect: database.dialect, ...result },
      null,
      2,
    ),
  );
  for (const example of examples) console.log(`  ${example}`);
  process.exitCode = result.failures === 0 ? 0 : 1;
} finally {
  await server.stop();
  await database.drop();
}
