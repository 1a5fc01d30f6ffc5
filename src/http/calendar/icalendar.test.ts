import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, renderCalendar } from './icalendar.js';

describe('the iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });

  it('folds at 75 octets without splitting a Swedish letter', () => {
    const line = `SUMMARY:${'åäö'.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((part) => Buffer.byteLength(part, 'utf8') <= 75)).toBe(true);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('gives a cancelled meeting the status a calendar program shows as cancelled', () => {
    const meeting = {
      id: 'm1',
      title: 'OSG, extra; inställt',
      place: '',
      startsAt: '2027-03-28T08:00:00.000Z',
      endsAt: '2027-03-28T09:00:00.000Z',
      updatedAt: '2027-03-01T00:00:00.000Z',
      isCancelled: true,
    };
    const text = renderCalendar(
      { meetings: [meeting as never], deadlines: [] },
      new Date('2027-03-01T12:00:00Z'),
      'tryggve.test',
    );
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event?.getFirstPropertyValue('summary')).toBe('OSG, extra; inställt');
    expect(event?.getFirstPropertyValue('uid')).toBe('meeting-m1@tryggve.test');
    expect(String(event?.getFirstPropertyValue('dtstamp'))).toBe('2027-03-01T12:00:00Z');
  });
});
