// The weekly picture as a person's browser asks for it: signed in, one request at a time,
// timed from sending the request to the last byte of the answer.
import { seededRandom } from '../../dist/server/demo/synthetic-incidents.js';
import { periodContaining } from '../../dist/server/analysis/periods.js';
import { ApiClient, startApiServer } from './api-server.js';
import { cpuMilliseconds, summarize } from './harness.js';
import { span } from './synthetic-huddinge.js';

/** `count` ISO weeks drawn at random (deterministically) from the ten years. */
export function randomWeeks(seed, count) {
  const random = seededRandom(seed);
  const length = span.to.getTime() - span.from.getTime();
  return Array.from(
    { length: count },
    () => periodContaining('week', new Date(span.from.getTime() + random() * length)).key,
  );
}

/**
 * Starts the API over `deps`, signs in, sends the warm-up weeks unmeasured and then each of
 * `weekKeys` in turn, stopping early only if `budgetMilliseconds` runs out. Returns the
 * latency summary and every picture (to check them against the reference).
 */
export async function requestPictures({ deps, login, warmUpWeeks, weekKeys, budgetMilliseconds }) {
  const { app, baseUrl } = await startApiServer(deps);
  try {
    const client = await new ApiClient(baseUrl).signIn(login);
    const get = async (weekKey) => {
      const response = await client.request('GET', `/api/situation?period=week&key=${weekKey}`);
      if (response.status !== 200) {
        throw new Error(`GET /api/situation ${weekKey}: ${response.status} ${response.text}`);
      }
      return response.text;
    };
    for (const weekKey of warmUpWeeks) await get(weekKey);

    const durations = [];
    const cpu = [];
    const pictures = [];
    const deadline = performance.now() + budgetMilliseconds;
    for (const weekKey of weekKeys) {
      if (performance.now() > deadline) break;
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const text = await get(weekKey);
      durations.push(performance.now() - start);
      cpu.push(cpuMilliseconds(process.cpuUsage(cpuStart)));
      pictures.push({ weekKey, picture: JSON.parse(text), bytes: text.length });
    }

    // The floor: what any signed-in request costs here (session, plugins, fetch), no picture.
    const floor = [];
    for (let index = 0; index < Math.min(50, weekKeys.length); index += 1) {
      const start = performance.now();
      const response = await client.request('GET', '/api/session');
      floor.push(performance.now() - start);
      if (response.status !== 200) throw new Error(`GET /api/session: ${response.status}`);
    }
    return {
      latencyMilliseconds: summarize(durations),
      cpuMillisecondsPerRequest: summarize(cpu),
      signedInSessionRequestMilliseconds: summarize(floor),
      isCutShortByBudget: durations.length < weekKeys.length,
      meanResponseBytes: Math.round(
        pictures.reduce((sum, item) => sum + item.bytes, 0) / Math.max(1, pictures.length),
      ),
      pictures,
    };
  } finally {
    await app.close();
  }
}
