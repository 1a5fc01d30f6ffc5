import { describe, expect, it } from 'vitest';
import { suppressCount, suppressPartition } from './suppressed-count.js';

const values = (counts: ReturnType<typeof suppressPartition>['parts']) =>
  counts.map((count) => count.value);

describe('suppressed counts', () => {
  it('shows counts from 5 and hides every count below, zero included', () => {
    expect(suppressCount(5)).toEqual({ value: 5, isSuppressed: false });
    expect(suppressCount(4)).toEqual({ value: null, isSuppressed: true });
    expect(suppressCount(0)).toEqual({ value: null, isSuppressed: true });
  });

  it('hides a second part when one hidden part could be worked out as the total minus the rest', () => {
    const result = suppressPartition(29, [20, 6, 3]);
    expect(result.total.value).toBe(29);
    expect(values(result.parts)).toEqual([20, null, null]);
  });

  it('leaves the parts alone when two or more are already hidden', () => {
    expect(values(suppressPartition(12, [8, 2, 2]).parts)).toEqual([8, null, null]);
  });

  it('hides every part of a hidden total', () => {
    const result = suppressPartition(4, [4, 0]);
    expect(result.total.isSuppressed).toBe(true);
    expect(values(result.parts)).toEqual([null, null]);
  });

  it('shows everything when no part is small', () => {
    expect(values(suppressPartition(29, [14, 15]).parts)).toEqual([14, 15]);
  });
});
