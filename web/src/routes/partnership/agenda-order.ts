/** The agenda's order after moving the item at `index` one step (-1 up, 1 down); null: no move. */
export function movedOrder(
  ids: readonly string[],
  index: number,
  direction: -1 | 1,
): string[] | null {
  const target = index + direction;
  const moving = ids[index];
  const other = ids[target];
  if (moving === undefined || other === undefined) return null;
  const order = [...ids];
  order[index] = other;
  order[target] = moving;
  return order;
}

/**
 * Which move button keeps focus after a move: the same direction while the item can go on,
 * else the other one (the first item cannot move up).
 */
export function moveButtonAfter(
  direction: -1 | 1,
  position: number,
  length: number,
): 'up' | 'down' {
  if (direction === -1) return position > 0 ? 'up' : 'down';
  return position < length - 1 ? 'down' : 'up';
}
