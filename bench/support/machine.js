// The machine a result was measured on, so that figures from different machines are never
// compared without knowing it.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = dirname(fileURLToPath(import.meta.url));

function git(args) {
  try {
    return execFileSync('git', args, { cwd: folder, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

export function describeMachine() {
  const status = git(['status', '--porcelain']);
  return {
    cpuCount: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    gitCommit: git(['rev-parse', 'HEAD']),
    // Uncommitted changes mean the figures may not belong to the commit alone.
    hasUncommittedChanges: status === null ? null : status.length > 0,
  };
}
