import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { createOutbox, isWorthQueueing, newClientReference } from './outbox';
import type { ReportedIncidents, ReportInput } from './types';

function memoryStorage() {
  const store = new Map<string, string>();
  return {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
  };
}

const report = (clientReference: string): ReportInput & { clientReference: string } => ({
  clientReference,
  events: [{ categoryCode: 'graffiti', description: 'Klotter', districtId: 'd1' }],
});
const answer = (isRepeat: boolean): ReportedIncidents => ({
  reportId: 'r',
  incidents: [],
  maskedKinds: [],
  isRepeat,
});
const now = new Date('2026-11-27T10:00:00.000Z');

describe('the outbox', () => {
  it('keeps reports per user and sends them oldest first, removing each once it arrived', async () => {
    const storage = memoryStorage();
    const box = createOutbox(() => storage);
    box.add('anna', report('ref-00000001'), now);
    box.add('anna', report('ref-00000002'), now);
    box.add('bo', report('ref-00000003'), now);
    const sent: string[] = [];
    // The first arrived before (its answer was lost): the server says it is a repeat.
    const result = await box.flush('anna', async (input) => {
      sent.push(input.clientReference ?? '');
      return answer(input.clientReference === 'ref-00000001');
    });
    expect(sent).toEqual(['ref-00000001', 'ref-00000002']);
    expect(result).toEqual({ sent: 2, refused: 0, isStillWaiting: false });
    expect(box.read('anna')).toEqual([]);
    expect(box.read('bo').map((item) => item.clientReference)).toEqual(['ref-00000003']);
  });

  it('tells the page each report that was sent after waiting, with the server’s answer, once it left the outbox', async () => {
    const storage = memoryStorage();
    const box = createOutbox(() => storage);
    box.add('anna', report('ref-00000001'), now);
    const heard: { clientReference: string; eventCount: number; waiting: number }[] = [];
    const stop = box.onSent((sent) =>
      heard.push({
        clientReference: sent.clientReference,
        eventCount: sent.eventCount,
        waiting: box.read(sent.userId).length,
      }),
    );
    await box.flush('anna', async () => answer(false));
    expect(heard).toEqual([{ clientReference: 'ref-00000001', eventCount: 1, waiting: 0 }]);
    stop();
    box.add('anna', report('ref-00000002'), now);
    await box.flush('anna', async () => answer(false));
    expect(heard).toHaveLength(1);
  });

  it('stops and keeps everything on a network failure', async () => {
    const storage = memoryStorage();
    const box = createOutbox(() => storage);
    box.add('anna', report('ref-00000001'), now);
    box.add('anna', report('ref-00000002'), now);
    const result = await box.flush('anna', async () => {
      throw new ApiError(0, 'NETWORK_ERROR', 'Failed to fetch');
    });
    expect(result).toEqual({ sent: 0, refused: 0, isStillWaiting: true });
    expect(box.read('anna')).toHaveLength(2);
  });

  it('marks a refused report for the person and goes on with the next', async () => {
    const storage = memoryStorage();
    const box = createOutbox(() => storage);
    box.add('anna', report('ref-00000001'), now);
    box.add('anna', report('ref-00000002'), now);
    const problems = [{ index: 0, field: 'categoryCode', problem: 'category_retired' }];
    const result = await box.flush('anna', async (input) => {
      if (input.clientReference === 'ref-00000001') {
        throw new ApiError(400, 'INCIDENT_INVALID', 'Nope', { problems });
      }
      return answer(false);
    });
    expect(result).toEqual({ sent: 1, refused: 1, isStillWaiting: false });
    expect(box.read('anna')).toEqual([
      {
        clientReference: 'ref-00000001',
        report: report('ref-00000001'),
        queuedAt: now.toISOString(),
        refusal: { code: 'INCIDENT_INVALID', problems },
      },
    ]);
    // A refused report is not sent again on its own.
    let calls = 0;
    await box.flush('anna', async () => {
      calls += 1;
      return answer(false);
    });
    expect(calls).toBe(0);
  });
});

describe('isWorthQueueing and newClientReference', () => {
  it('queues only when no answer came', () => {
    expect(isWorthQueueing(new ApiError(0, 'NETWORK_ERROR', ''))).toBe(true);
    expect(isWorthQueueing(new ApiError(503, 'INTERNAL_ERROR', ''))).toBe(true);
    expect(isWorthQueueing(new ApiError(400, 'INCIDENT_INVALID', ''))).toBe(false);
    expect(isWorthQueueing(new ApiError(500, 'INTERNAL_ERROR', ''))).toBe(false);
  });

  it('makes 32 hex digits, different each time', () => {
    const first = newClientReference();
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(newClientReference()).not.toBe(first);
  });
});
