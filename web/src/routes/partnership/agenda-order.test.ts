import { describe, expect, it } from 'vitest';
import { moveButtonAfter, movedOrder } from './agenda-order';

describe('moving an agenda item', () => {
  it('swaps the item with its neighbour', () => {
    expect(movedOrder(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(movedOrder(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('does not move past either end', () => {
    expect(movedOrder(['a', 'b'], 0, -1)).toBeNull();
    expect(movedOrder(['a', 'b'], 1, 1)).toBeNull();
  });

  it('keeps focus on the same button until the item reaches an end, then on the other', () => {
    expect(moveButtonAfter(-1, 1, 3)).toBe('up');
    expect(moveButtonAfter(-1, 0, 3)).toBe('down');
    expect(moveButtonAfter(1, 1, 3)).toBe('down');
    expect(moveButtonAfter(1, 2, 3)).toBe('up');
  });
});
