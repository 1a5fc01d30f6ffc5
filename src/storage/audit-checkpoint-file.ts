import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  checkpointLine,
  parseCheckpointLine,
  type AuditCheckpoint,
  type AuditCheckpointArchive,
} from '../domain/audit/audit-checkpoint.js';

/** The file the checkpoints go to inside the configured folder, one JSON line each. */
const checkpointFileName = 'audit-checkpoints.jsonl';

/** Reads checkpoint lines from a file; blank lines are skipped, others reported by number. */
export async function readCheckpointFile(
  path: string,
): Promise<{ checkpoints: AuditCheckpoint[]; unreadableLines: number[] }> {
  const text = await readFile(path, 'utf8');
  const checkpoints: AuditCheckpoint[] = [];
  const unreadableLines: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const checkpoint = parseCheckpointLine(line);
    if (checkpoint) checkpoints.push(checkpoint);
    else unreadableLines.push(index + 1);
  });
  return { checkpoints, unreadableLines };
}

/**
 * Checkpoints appended to `<folder>/audit-checkpoints.jsonl`, a folder outside the database
 * (TRYGGVE_AUDIT_CHECKPOINT_DIR): ideally on another machine or a write-once share, so that
 * whoever can rewrite the database cannot also rewrite the checkpoints.
 */
export function createCheckpointFileArchive(folder: string): AuditCheckpointArchive {
  const path = join(folder, checkpointFileName);
  return {
    describe: () => path,
    async append(checkpoint) {
      await mkdir(folder, { recursive: true });
      await appendFile(path, `${checkpointLine(checkpoint)}\n`, { encoding: 'utf8', mode: 0o640 });
    },
    async readAll() {
      try {
        return await readCheckpointFile(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          return { checkpoints: [], unreadableLines: [] };
        }
        throw error;
      }
    },
  };
}
