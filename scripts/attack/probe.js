// The /healthz probe of `npm run attack`, in a process of its own so that building a hostile
// body in the attack script never delays a probe. Asks GET <url>/healthz every 50 ms, one
// request at a time (a slow answer is measured whole, then the next one leaves at once), and
// on the parent's 'mark' message sends the latencies since the previous mark.
//
//   node scripts/attack/probe.js http://127.0.0.1:PORT
const [baseUrl] = process.argv.slice(2);
const intervalMs = 50;
/** A probe that has not answered after this long is counted as this long and left behind. */
const timeoutMs = 120_000;

let samples = [];
let failures = 0;
let isRunning = true;

async function probeOnce() {
  const start = performance.now();
  try {
    const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    if (response.status !== 200) failures += 1;
  } catch {
    failures += 1;
  }
  samples.push(performance.now() - start);
}

async function loop() {
  while (isRunning) {
    const start = performance.now();
    await probeOnce();
    const rest = intervalMs - (performance.now() - start);
    if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
  }
}

process.on('message', (message) => {
  if (message === 'mark') {
    process.send?.({ samples, failures });
    samples = [];
    failures = 0;
  } else if (message === 'stop') {
    isRunning = false;
    process.disconnect?.();
  }
});

void loop();
