import { describe, expect, it } from 'vitest';
import { formatBulkImport, parsePortOption } from './company-register-commands.js';

describe('the company-register commands', () => {
  it("masks a sole trader's personnummer in what an import prints", () => {
    const lines = formatBulkImport({
      read: 3,
      imported: 1,
      rejected: [
        { line: 2, identity: '198001022386', reason: 'expected 11 fields, found 4' },
        { line: 3, identity: '5560160680', reason: 'organisationsnamn is empty' },
        {
          line: 5,
          identity: '1980010223861',
          reason: 'organisationsidentitet is not 10 or 12 digits',
        },
      ],
      skipped: [{ line: 4, identity: '198001022386', reason: 'another line for the same number' }],
      isWritten: false,
    });
    const text = lines.join('\n');
    expect(text).toContain('line 2 (19800102-****)');
    expect(text).toContain('line 3 (5560160680)');
    expect(text).toContain('line 4 (19800102-****)');
    expect(text).toContain('line 5 (19800102-****)');
    expect(text).not.toContain('2386');
  });

  it('accepts a port of 0–65535 and refuses anything else, as the script does', () => {
    expect(parsePortOption('0')).toBe(0);
    expect(parsePortOption('4010')).toBe(4010);
    for (const bad of ['', 'abc', '-1', '65536', '40.5', '4010x']) {
      expect(() => parsePortOption(bad)).toThrow('--port');
    }
  });
});
