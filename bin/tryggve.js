#!/usr/bin/env node
// The `tryggve` command. In a checkout it first builds what changed (scripts/build-if-needed.js).
import { buildIfNeeded } from '../scripts/build-if-needed.js';

buildIfNeeded(process.argv[2] === 'serve' ? ['server', 'web'] : ['server']);
const { runCli } = await import('../dist/server/cli/main.js');
await runCli(process.argv);
