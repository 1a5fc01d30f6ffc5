import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import {
  identifierKeys,
  nameIndexKeys,
  nameKindOfSchema,
} from '../../analysis/sanctions/normalise-name.js';
import {
  capSanctionsName,
  capSanctionsNames,
  maxSanctionsNameLength,
  maxSanctionsNameWords,
  maxSanctionsNamesPerEntity,
} from '../../analysis/sanctions/name-limits.js';
import type {
  SanctionsEntityToStore,
  SanctionsListRepository,
} from '../../analysis/sanctions/sanctions-list.js';
import { parseFtmLine } from './ftm-entity.js';

export interface SanctionsLoadReport {
  dataset: string;
  linesRead: number;
  loaded: number;
  /** Entities of schemas not screened (Sanction, Ownership, …), by schema; Address included. */
  skipped: Record<string, number>;
  /** The first `rejectedLinesKept` rejected lines, with their reasons. */
  rejected: { line: number; reason: string }[];
  /** Every rejected line counted, also those beyond the ones listed. */
  rejectedCount: number;
  /**
   * The first `rejectedLinesKept` entities loaded with names shortened or dropped to the
   * limits of screening (src/analysis/sanctions/name-limits.ts), with what was done.
   */
  shortened: { line: number; reason: string }[];
  /** Every shortened entity counted, also those beyond the ones listed. */
  shortenedCount: number;
}

const batchSize = 500;

/** Rejected lines listed in a report: a broken file of millions of lines must not fill memory. */
const rejectedLinesKept = 1_000;

/** The list name a file gets by default: its name without .ftm.json(l). */
function datasetNameOf(path: string): string {
  return basename(path)
    .replace(/\.(ftm\.)?jsonl?$/i, '')
    .replace(/\.ftm$/i, '');
}

async function* linesOf(path: string): AsyncGenerator<string> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } finally {
    lines.close();
    input.destroy();
  }
}

/** The first pass: every Address entity's full text by its id, and nothing else kept. */
async function readAddresses(path: string): Promise<Map<string, string>> {
  const addresses = new Map<string, string>();
  for await (const line of linesOf(path)) {
    if (!line.includes('"Address"')) continue;
    const result = parseFtmLine(line);
    if (result.kind === 'address') addresses.set(result.id, result.full);
  }
  return addresses;
}

/**
 * Streams a FollowTheMoney JSON Lines file into the list `dataset`, replacing it whole in one
 * transaction. Bad lines are rejected with their line number and reason and the rest loaded.
 * The file is read twice: first for its Address entities, then for the entities, each written
 * with the addresses it points at (addressEntity), so nothing is updated afterwards and only
 * the addresses and one batch are held in memory. A second line with an id already loaded is
 * rejected as a duplicate; the first is kept.
 */
export async function loadFtmFile(
  repository: SanctionsListRepository,
  options: { path: string; dataset?: string; loadedAt: string },
): Promise<SanctionsLoadReport> {
  const dataset = options.dataset ?? datasetNameOf(options.path);
  const report: SanctionsLoadReport = {
    dataset,
    linesRead: 0,
    loaded: 0,
    skipped: {},
    rejected: [],
    rejectedCount: 0,
    shortened: [],
    shortenedCount: 0,
  };
  const reject = (line: number, reason: string) => {
    report.rejectedCount += 1;
    if (report.rejected.length < rejectedLinesKept) report.rejected.push({ line, reason });
  };
  const addresses = await readAddresses(options.path);
  await repository.replaceList(
    { dataset, sourceFile: basename(options.path), loadedAt: options.loadedAt },
    async (writer) => {
      let batch = new Map<string, { line: number; entity: SanctionsEntityToStore }>();
      const flush = async () => {
        const entries = [...batch.values()];
        batch = new Map();
        const written = new Set(await writer.insert(entries.map((entry) => entry.entity)));
        for (const { line, entity } of entries) {
          if (written.has(entity.id)) report.loaded += 1;
          else reject(line, `duplicate id ${entity.id}`);
        }
      };
      for await (const line of linesOf(options.path)) {
        report.linesRead += 1;
        if (line.trim() === '') continue;
        const result = parseFtmLine(line);
        if (result.kind === 'rejected') {
          reject(report.linesRead, result.reason);
        } else if (result.kind === 'skipped') {
          report.skipped[result.schema] = (report.skipped[result.schema] ?? 0) + 1;
        } else if (result.kind === 'address') {
          report.skipped.Address = (report.skipped.Address ?? 0) + 1;
        } else if (batch.has(result.entity.id)) {
          reject(report.linesRead, `duplicate id ${result.entity.id}`);
        } else {
          const { addressRefs } = result;
          const capped = capSanctionsNames(result.entity.names);
          if (capped.shortened > 0 || capped.dropped > 0) {
            report.shortenedCount += 1;
            if (report.shortened.length < rejectedLinesKept) {
              report.shortened.push({
                line: report.linesRead,
                reason: `${result.entity.id}: ${capped.shortened} names shortened to ${maxSanctionsNameWords} words and ${maxSanctionsNameLength} characters, ${capped.dropped} names beyond the first ${maxSanctionsNamesPerEntity} dropped`,
              });
            }
          }
          const entity = {
            ...result.entity,
            names: capped.names,
            caption: capSanctionsName(result.entity.caption),
          };
          const kind = nameKindOfSchema(entity.schema);
          const joined = addressRefs.flatMap((ref) => addresses.get(ref) ?? []);
          batch.set(entity.id, {
            line: report.linesRead,
            entity: {
              ...entity,
              addresses: [...new Set([...entity.addresses, ...joined])],
              nameTokens: [...new Set(entity.names.flatMap((name) => nameIndexKeys(name, kind)))],
              identifierKeys: [...new Set(entity.identifiers.flatMap(identifierKeys))],
            },
          });
          if (batch.size >= batchSize) await flush();
        }
      }
      await flush();
      // Rejections come in line order (a batch's duplicates are found when it is written).
      report.rejected.sort((a, b) => a.line - b.line);
      return report.loaded;
    },
  );
  return report;
}
