#!/usr/bin/env node
// A local stand-in for Bolagsverket's API (Värdefulla datamängder) answering from the recorded
// responses in test/fixtures/bolagsverket, for the browser journeys and the demo:
//
//   node scripts/bolagsverket-recorded-server.js --port 4010
//
// prints the four TRYGGVE_BOLAGSVERKET_* settings that point Tryggve at it. Like `tryggve`, it
// runs the compiled server code and builds it first if the sources changed (the same as
// `tryggve dev bolagsverket-server --port 4010`).
import { buildIfNeeded } from './build-if-needed.js';

const portIndex = process.argv.indexOf('--port');
const port = portIndex > 0 ? Number(process.argv[portIndex + 1]) : 0;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('Usage: node scripts/bolagsverket-recorded-server.js [--port 1-65535]');
  process.exit(2);
}
buildIfNeeded(['server']);
const { startRecordedBolagsverketServer } =
  await import('../dist/server/integrations/bolagsverket/recorded-server.js');
const server = await startRecordedBolagsverketServer({ port });
console.log(`TRYGGVE_BOLAGSVERKET_BASE_URL=${server.baseUrl}`);
console.log(`TRYGGVE_BOLAGSVERKET_TOKEN_URL=${server.tokenUrl}`);
console.log(`TRYGGVE_BOLAGSVERKET_CLIENT_ID=${server.clientId}`);
console.log(`TRYGGVE_BOLAGSVERKET_CLIENT_SECRET=${server.clientSecret}`);
const stop = () => void server.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
