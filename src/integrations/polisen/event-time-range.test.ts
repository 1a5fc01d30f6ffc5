import { describe, expect, it } from 'vitest';
import { parsePublicationTime } from './event-time.js';

describe('the publication time of a police event', () => {
  it('is no time at all in a year outside 1900–2200, so no database is asked to store it', () => {
    expect(parsePublicationTime('0000-01-01 10:00:00 +01:00')).toBeNull();
    expect(parsePublicationTime('9999-12-31 23:00:00 +01:00')).toBeNull();
    expect(parsePublicationTime('2026-11-27 21:30:00 +01:00')?.toISOString()).toBe(
      '2026-11-27T20:30:00.000Z',
    );
  });
});
