import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import type { MeetingMinutesData } from '../../domain/meetings/meeting-minutes-data.js';
import { WorkerPool } from '../../jobs/worker-pool.js';
import { createMinutesMailRenderer } from './meeting-minutes-mail.js';

const data: MeetingMinutesData = {
  municipalityName: 'Huddinge kommun',
  title: 'OSG Huddinge',
  place: 'Kommunhuset',
  when: 'torsdag 3 december 2026 09:00–10:30',
  isFinal: true,
  closedAt: '2026-12-03 10:41',
  organisations: ['Kommunstyrelsens förvaltning'],
  present: ['Sara Samordnare (Kommunstyrelsens förvaltning)'],
  absent: [],
  guests: '',
  generalNotes: 'Lägesbilden för vecka 48 gicks igenom.',
  agenda: [],
  actions: [],
  carriedActions: [],
};

const pool = new WorkerPool({
  size: 1,
  maxQueue: 1,
  taskTimeoutMs: 60_000,
  context: { config: loadConfig({ TRYGGVE_DATABASE_URL: 'sqlite:./unused.db' }) },
});
afterAll(() => pool.close());

describe('the closing mail of a meeting', () => {
  it('carries the minutes as text and as a DOCX rendered in a worker thread, as the server wires it', async () => {
    const threads: string[] = [];
    const renderer = createMinutesMailRenderer(async (minutes) => {
      threads.push('pool');
      return pool.run('render-meeting-minutes', { format: 'docx', data: minutes });
    });
    const mail = await renderer.render(data);
    expect(threads).toEqual(['pool']);
    expect(mail.subject).toContain('OSG Huddinge');
    expect(mail.text).toContain('Lägesbilden för vecka 48 gicks igenom.');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]?.filename).toMatch(/\.docx$/);
    expect(
      Buffer.from(mail.attachments[0]?.content ?? [])
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });
});
