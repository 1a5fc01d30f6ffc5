import { readdirSync } from 'node:fs';
import { getPriority } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfPages } from '../../test/support/pdf-text.js';
import { loadConfig } from '../config.js';
import { CsvFormatError } from '../domain/imports/csv-format-error.js';
import type { MeetingMinutesData } from '../domain/meetings/meeting-minutes-data.js';
import { taskOwner, WorkerPool } from './worker-pool.js';

const context = { config: loadConfig({ TRYGGVE_DATABASE_URL: 'sqlite:./unused.db' }) };
let pool: WorkerPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('the worker pool', () => {
  it('runs a task in a thread and answers with its output', async () => {
    pool = new WorkerPool({ size: 1, maxQueue: 1, taskTimeoutMs: 30_000, context });
    const preview = await pool.run('preview-csv', { text: 'a;b\n1;2\n3;4\n' });
    expect(preview).toEqual({
      delimiter: ';',
      headers: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
      rowCount: 2,
    });
  });

  it.runIf(process.platform === 'linux')(
    'runs its threads ten nice steps below the event loop, so the event loop gets the CPU first',
    async () => {
      pool = new WorkerPool({ size: 1, maxQueue: 1, taskTimeoutMs: 30_000, context });
      const threadsBefore = new Set(readdirSync('/proc/self/task'));
      await pool.run('hold-thread', { milliseconds: 1 });
      const started = readdirSync('/proc/self/task').filter((tid) => !threadsBefore.has(tid));
      const priorities = started.map((tid) => getPriority(Number(tid)));
      expect(priorities).toContain(Math.min(19, getPriority() + 10));
      expect(getPriority()).toBe(getPriority(process.pid));
    },
  );

  it('renders the minutes in a thread as a readable PDF and a DOCX, Swedish letters intact', async () => {
    pool = new WorkerPool({ size: 1, maxQueue: 2, taskTimeoutMs: 60_000, context });
    const data: MeetingMinutesData = {
      municipalityName: 'Huddinge kommun',
      title: 'OSG Huddinge',
      place: 'Kommunhuset, Sjödalsvägen 29',
      when: 'torsdag 3 december 2026 09:00–10:30',
      isFinal: true,
      closedAt: '2026-12-03 10:41',
      organisations: ['Kommunstyrelsens förvaltning'],
      present: ['Sara Samordnare (Kommunstyrelsens förvaltning)'],
      absent: [],
      guests: '',
      generalNotes: 'Lägesbilden för vecka 48 gicks igenom.',
      agenda: [
        { title: 'Klotter i Skogås', notes: 'Ökningen hänger ihop med lovet.', decisions: '' },
      ],
      actions: [],
      carriedActions: [],
    };
    const pdf = await pool.run('render-meeting-minutes', { format: 'pdf', data });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfPages(pdf)).join('\n');
    expect(text).toContain('Minnesanteckningar: OSG Huddinge');
    expect(text).toContain('Ökningen hänger ihop med lovet.');
    const docx = await pool.run('render-meeting-minutes', { format: 'docx', data });
    expect(Buffer.from(docx).subarray(0, 2).toString()).toBe('PK');
  });

  it("carries a task's error across the thread as the same kind of error", async () => {
    pool = new WorkerPool({ size: 1, maxQueue: 1, taskTimeoutMs: 30_000, context });
    const error = await pool
      .run('preview-csv', { text: '"a,b\n1,2' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CsvFormatError);
  });

  it('refuses a task with SERVER_BUSY when every thread is busy and the queue is full', async () => {
    pool = new WorkerPool({ size: 1, maxQueue: 1, taskTimeoutMs: 30_000, context });
    const running = pool.run('hold-thread', { milliseconds: 1_500 });
    const queued = pool.run('hold-thread', { milliseconds: 10 });
    await expect(pool.run('hold-thread', { milliseconds: 10 })).rejects.toMatchObject({
      code: 'SERVER_BUSY',
    });
    await expect(running).resolves.toEqual({ heldMs: 1_500 });
    await expect(queued).resolves.toEqual({ heldMs: 10 });
  });

  it('stops a task past its time limit with TASK_TIMED_OUT and runs the next on a fresh thread', async () => {
    pool = new WorkerPool({ size: 1, maxQueue: 2, taskTimeoutMs: 30_000, context });
    const endless = pool.run('hold-thread', { milliseconds: 60_000 }, { timeoutMs: 300 });
    const next = pool.run('preview-csv', { text: 'x\n1\n' });
    await expect(endless).rejects.toMatchObject({ code: 'TASK_TIMED_OUT' });
    await expect(next).resolves.toMatchObject({ headers: ['x'], rowCount: 1 });
    expect(pool.load).toEqual({ running: 0, queued: 0, threads: 1 });
  });

  it('lets one person have only their share of tasks at once, so others still get in', async () => {
    pool = new WorkerPool({ size: 1, maxQueue: 4, taskTimeoutMs: 30_000, context });
    const first = pool.run('hold-thread', { milliseconds: 800 }, { owner: 'insider' });
    await expect(
      pool.run('hold-thread', { milliseconds: 10 }, { owner: 'insider' }),
    ).rejects.toMatchObject({ code: 'SERVER_BUSY' });
    const someoneElse = pool.run('hold-thread', { milliseconds: 10 }, { owner: 'colleague' });
    await expect(first).resolves.toEqual({ heldMs: 800 });
    await expect(someoneElse).resolves.toEqual({ heldMs: 10 });
    // Once the first ended, the same person may run the next.
    await expect(
      pool.run('hold-thread', { milliseconds: 10 }, { owner: 'insider' }),
    ).resolves.toEqual({ heldMs: 10 });
  });
});

describe('whose task it is', () => {
  it('is the owner named, else the user the input carries, else nobody', () => {
    expect(taskOwner({ actor: { userId: 'u1' } }, 'named')).toBe('named');
    expect(taskOwner({ actor: { userId: 'u1' }, input: {} })).toBe('u1');
    expect(taskOwner({ actor: { userId: null } })).toBeNull();
    expect(taskOwner({ format: 'pdf' })).toBeNull();
  });
});
