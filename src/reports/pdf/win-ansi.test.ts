import { expect, it } from 'vitest';
import { toWinAnsi } from './win-ansi.js';

it('keeps Swedish and typographic quotes, and writes what the standard fonts lack as its nearest kin', () => {
  expect(toWinAnsi('Skogås – ”Ökning” 1\u202F234 \u22123')).toBe('Skogås – ”Ökning” 1\u00A0234 -3');
  expect(toWinAnsi('Łódź 🚓')).toBe('?ód? ?');
  // Decomposed å (a + ring) is composed first, so it survives.
  expect(toWinAnsi('Va\u030Arby')).toBe('Vårby');
});
