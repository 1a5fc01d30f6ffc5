import type {
  NearRepeatAnalysis,
  NearRepeatAnalysisOptions,
} from '../analysis/near-repeat/near-repeat-analysis.js';
import type { SpaceTimeEvent } from '../analysis/near-repeat/space-time-pairs.js';
import type { EntityMatch, SanctionsEntity } from '../analysis/sanctions/match-entity.js';
import type { Config } from '../config.js';
import type { Actor } from '../domain/access/actor.js';
import type { Deps } from '../domain/deps.js';
import type { ImportRun } from '../domain/imports/incoming-incident.js';
import type { ScreeningSubject } from '../domain/suppliers/sanctions-screening.js';
import type {
  DistrictLayerChange,
  StoredDistrictLayerAnswer,
} from '../http/municipality/district-layer-requests.js';
import type { CsvImportInput } from '../integrations/csv/import-csv-file.js';
import type { CsvPreview } from '../integrations/csv/read-csv-file.js';
import type { PoliceEventsImportInput } from '../integrations/polisen/import-police-events-file.js';
import type { FollowUpReportData } from '../domain/follow-up/follow-up-report-data.js';
import type { MeetingMinutesData } from '../domain/meetings/meeting-minutes-data.js';
import type { SituationPicturePdfInput } from '../reports/pdf/situation-picture-pdf.js';

/** What a worker thread is started with: the configuration, to open its own database. */
export interface WorkerContext {
  config: Config;
}

/** What a task may use: the use cases' dependencies over the thread's own connection. */
export interface TaskContext {
  deps(): Promise<Deps>;
}

type ImportInput<Input> = { actor: Actor; input: Omit<Input, 'onProgress'> };

/** A route's request as it crosses to a thread: who sends it, and its body as received. */
type RawRequest<Extra = object> = { actor: Actor; body: Uint8Array | null } & Extra;

/**
 * Every task a worker thread runs, by name: CPU-heavy work that would otherwise hold the
 * event loop. Inputs and outputs cross threads by structured clone: plain data, Maps, Dates,
 * byte arrays; never functions or class instances (errors are carried by task-error.ts).
 * A task with a database (the imports) uses the thread's own connection, so its transaction
 * is as all-or-nothing as on the main thread.
 */
const tasks = {
  /** `tryggve`'s CSV import use case, whole: reading, checking, placing, writing, auditing. */
  'import-csv-file': async (
    { actor, input }: ImportInput<CsvImportInput>,
    context: TaskContext,
  ): Promise<ImportRun> => {
    const { importCsvFile } = await import('../integrations/csv/import-csv-file.js');
    return importCsvFile(await context.deps(), actor, input);
  },

  /** The police events file's import use case, whole. */
  'import-police-events-file': async (
    { actor, input }: ImportInput<PoliceEventsImportInput>,
    context: TaskContext,
  ): Promise<ImportRun> => {
    const { importPoliceEventsFile } =
      await import('../integrations/polisen/import-police-events-file.js');
    return importPoliceEventsFile(await context.deps(), actor, input);
  },

  /** The police events route's work from its raw body: parsing, checking, the import whole. */
  'import-police-events-request': async (
    { actor, body }: RawRequest,
    context: TaskContext,
  ): Promise<ImportRun> => {
    const { importPoliceEventsFromBody } = await import('./import-police-events-request.js');
    return importPoliceEventsFromBody(await context.deps(), actor, body);
  },

  /**
   * A layer file added, from the raw body to the write: parsing, checking, clipping, the
   * layer and its incidents in one transaction, then the police events placed again.
   */
  'upload-district-layer': async (
    { actor, body }: RawRequest,
    context: TaskContext,
  ): Promise<DistrictLayerChange<StoredDistrictLayerAnswer>> => {
    const { uploadDistrictLayerFromBody } =
      await import('../http/municipality/district-layer-requests.js');
    return uploadDistrictLayerFromBody(await context.deps(), actor, body);
  },

  /** A layer replaced by a file, as the upload. */
  'replace-district-layer': async (
    { actor, body, layerId }: RawRequest<{ layerId: string }>,
    context: TaskContext,
  ): Promise<DistrictLayerChange<StoredDistrictLayerAnswer>> => {
    const { replaceDistrictLayerFromBody } =
      await import('../http/municipality/district-layer-requests.js');
    return replaceDistrictLayerFromBody(await context.deps(), actor, layerId, body);
  },

  /** A layer deleted, and the police events placed again against the districts left. */
  'delete-district-layer': async (
    { actor, layerId }: { actor: Actor; layerId: string },
    context: TaskContext,
  ): Promise<DistrictLayerChange<null>> => {
    const { deleteDistrictLayerForRequest } =
      await import('../http/municipality/district-layer-requests.js');
    return deleteDistrictLayerForRequest(await context.deps(), actor, layerId);
  },

  /** The header and first rows of a CSV text (parsing a hostile header is the cost). */
  'preview-csv': async ({ text }: { text: string }): Promise<CsvPreview> => {
    const { previewCsv } = await import('../integrations/csv/read-csv-file.js');
    return previewCsv(text);
  },

  /** One screening subject scored against its candidates from the lists. */
  'match-sanctions-candidates': async ({
    subject,
    candidates,
  }: {
    subject: ScreeningSubject;
    candidates: SanctionsEntity[];
  }): Promise<EntityMatch[]> => {
    const { matchEntity } = await import('../analysis/sanctions/match-entity.js');
    return candidates.map((candidate) => matchEntity(subject, candidate));
  },

  'render-follow-up-report': async ({
    format,
    data,
  }: {
    format: 'pdf' | 'docx';
    data: FollowUpReportData;
  }): Promise<Uint8Array> =>
    format === 'pdf'
      ? (await import('../reports/follow-up/follow-up-report-pdf.js')).renderFollowUpReportPdf(data)
      : (await import('../reports/follow-up/follow-up-report-docx.js')).renderFollowUpReportDocx(
          data,
        ),

  'render-meeting-minutes': async ({
    format,
    data,
  }: {
    format: 'pdf' | 'docx';
    data: MeetingMinutesData;
  }): Promise<Uint8Array> =>
    format === 'pdf'
      ? (await import('../reports/meeting-minutes/meeting-minutes-pdf.js')).renderMeetingMinutesPdf(
          data,
        )
      : (
          await import('../reports/meeting-minutes/meeting-minutes-docx.js')
        ).renderMeetingMinutesDocx(data),

  'render-situation-picture-pdf': async (input: SituationPicturePdfInput): Promise<Uint8Array> => {
    const { renderSituationPicturePdf } = await import('../reports/pdf/situation-picture-pdf.js');
    const document = renderSituationPicturePdf(input);
    const chunks: Buffer[] = [];
    for await (const chunk of document) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },

  /** The near-repeat analysis (Knox and the band table): permutations over every pair. */
  'analyse-near-repeat': async ({
    events,
    options,
  }: {
    events: SpaceTimeEvent[];
    options: NearRepeatAnalysisOptions;
  }): Promise<NearRepeatAnalysis> => {
    const { analyseNearRepeat } = await import('../analysis/near-repeat/near-repeat-analysis.js');
    return analyseNearRepeat(events, options);
  },

  /** Holds its thread for a while: the pool's own tests (queue, time limit) and nothing else. */
  'hold-thread': async ({ milliseconds }: { milliseconds: number }) => {
    const until = Date.now() + Math.min(milliseconds, 60_000);
    while (Date.now() < until) {
      // busy on purpose: a thread that does not yield, as a hostile input would make it
    }
    return { heldMs: milliseconds };
  },
};

export type TaskName = keyof typeof tasks;
export type TaskInput<Name extends TaskName> = Parameters<(typeof tasks)[Name]>[0];
export type TaskOutput<Name extends TaskName> = Awaited<ReturnType<(typeof tasks)[Name]>>;

export interface TaskRunOptions {
  timeoutMs?: number;
  /**
   * Memory the thread takes over instead of a copy (a request body of tens of megabytes): on
   * the caller's side it is empty afterwards. Ignored when the task runs on the caller's thread.
   */
  transfer?: ArrayBuffer[];
  /** Whose task it is (a user id), when the input carries no actor; see taskOwner. */
  owner?: string;
}

/** Runs named tasks: in worker threads (WorkerPool) or, without one, on the calling thread. */
export interface TaskRunner {
  run<Name extends TaskName>(
    name: Name,
    input: TaskInput<Name>,
    options?: TaskRunOptions,
  ): Promise<TaskOutput<Name>>;
}

/**
 * The tasks that write to the database from their thread in one long transaction (the pool
 * holds its write gate). Imports are not among them: they commit batch by batch and let
 * waiting writers in between (issue 21), so a report during an import waits for one batch.
 */
export const writingTasks: ReadonlySet<TaskName> = new Set<TaskName>([
  'upload-district-layer',
  'replace-district-layer',
  'delete-district-layer',
]);

export const isTaskName = (name: string): name is TaskName => Object.hasOwn(tasks, name);

/** Runs one task on this thread. */
export function runTask<Name extends TaskName>(
  name: Name,
  input: TaskInput<Name>,
  context: TaskContext,
): Promise<TaskOutput<Name>> {
  const task = tasks[name] as (
    input: TaskInput<Name>,
    context: TaskContext,
  ) => Promise<TaskOutput<Name>>;
  return task(input, context);
}

/**
 * The runner without threads: every task on the caller's thread with the caller's
 * dependencies. For tests of other areas, the command line (one user, nothing to keep
 * answering) and callers built without a pool.
 */
export function inProcessRunner(deps: Deps): TaskRunner {
  const context: TaskContext = { deps: async () => deps };
  return { run: (name, input) => runTask(name, input, context) };
}
