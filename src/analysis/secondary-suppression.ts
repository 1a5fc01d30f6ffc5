/**
 * Secondary suppression: which further cells to hide so that no hidden count of 1 or 2 can be
 * had back by subtraction (src/analysis/disclosure-control.ts applies it to every figure).
 *
 * A group (one category, say) has a total (districtId null) and district cells in one or
 * more layers (Distrikt, utsatta områden, stadsdelar). Districts of one layer do not overlap,
 * but need not cover the municipality, so each layer with the total is its own table:
 *   total = the layer's cells + the incidents in no district of the layer (the remainder),
 * and the remainder is one more cell of that table, never published. A reader is assumed to
 * know the most they could: that a hidden first-round cell is 1 or 2, that a cell hidden in
 * this second round is 3 or more and at most the smallest cell still shown (it was chosen as
 * the smallest), and whether the remainder is 0 (a layer that covers the whole
 * municipality) or at least 1. With the total shown, the table is safe when
 * 1. the suppressed mass, total minus the shown cells, is 0 or at least 3 (a mass of 1 or 2
 *    would itself be a small count; two hidden cells with a mass of 2 are both 1), and
 * 2. no unpublished part whose value is 1 or 2 is pinned to one value by those bounds (two
 *    hidden 2s with a mass of 4 are both 2; one hidden cell beside a remainder of 0 is the mass).
 * While a table is not safe, its smallest shown non-zero cell is hidden too (its bound goes to
 * "3 or more", which unpins the others and raises the mass); with none left, the total.
 * A hidden total could still be had from a layer whose every part is shown or bounded, so then
 * each layer must keep one part without an upper bound (a second-round cell or a non-zero
 * remainder); a layer without one gets its smallest shown non-zero cell hidden.
 * Each step hides one more cell, so the loop ends. Known limit: a layer whose every non-zero
 * cell is already a hidden 1 or 2 cannot be helped further when the total is hidden; a reader
 * who knows both that this layer covers every incident and that another layer leaves some out
 * may then pin them (an exhaustive check of two-layer tables with counts up to 6 found 1 such
 * table in 2,205), and may learn a remainder of 1 where the total is hidden.
 */

/** One figure of one cell; `shown` is false where it is hidden. */
interface SuppressionCell {
  districtId: string | null;
  value: number;
  shown: boolean;
}

interface Part {
  value: number;
  low: number;
  high: number;
}

const primaryBound = (value: number): Pick<Part, 'low' | 'high'> =>
  value === 1 || value === 2 ? { low: 1, high: 2 } : { low: 3, high: Infinity };

/** Hides further cells of one group, in place, by the rules above. */
export function suppressGroup(
  cells: SuppressionCell[],
  layerOf: (districtId: string) => string,
): void {
  const total = cells.find((cell) => cell.districtId === null);
  if (!total) return;
  const layers = new Map<string, SuppressionCell[]>();
  for (const cell of cells) {
    if (cell.districtId === null) continue;
    const layer = layerOf(cell.districtId);
    layers.set(layer, [...(layers.get(layer) ?? []), cell]);
  }
  // Which cells were hidden in the first round (1 or 2) rather than by this one (3 or more).
  const secondRound = new Set<SuppressionCell>();
  const hide = (cell: SuppressionCell) => {
    cell.shown = false;
    secondRound.add(cell);
  };
  const bound = (cell: SuppressionCell): Pick<Part, 'low' | 'high'> =>
    secondRound.has(cell) ? { low: 3, high: Infinity } : primaryBound(cell.value);
  const smallestShown = (layer: readonly SuppressionCell[]) =>
    layer.filter((cell) => cell.shown && cell.value > 0).sort((a, b) => a.value - b.value)[0];
  for (let step = 0; step <= cells.length; step += 1) {
    let changed = false;
    for (const layer of layers.values()) {
      const remainder = total.value - layer.reduce((sum, cell) => sum + cell.value, 0);
      // A cell hidden in this round was the smallest shown one, so it is at most every cell
      // still shown: a reader who knows the rule knows that bound too.
      const ceiling = smallestShown(layer)?.value ?? Infinity;
      const parts: Part[] = layer
        .filter((cell) => !cell.shown)
        .map((cell) => {
          const { low, high } = bound(cell);
          return { value: cell.value, low, high: total.shown ? Math.min(high, ceiling) : high };
        });
      if (remainder > 0) parts.push({ value: remainder, low: 1, high: Infinity });
      if (total.shown) {
        if (isSafe(parts)) continue;
        const next = smallestShown(layer);
        hide(next ?? total);
        changed = true;
      } else if (!parts.some((part) => part.high === Infinity)) {
        const next = smallestShown(layer);
        if (!next) continue;
        hide(next);
        changed = true;
      }
    }
    if (!changed) return;
  }
}

/** Rules 1 and 2 for one table whose total is shown. */
function isSafe(parts: readonly Part[]): boolean {
  const mass = parts.reduce((sum, part) => sum + part.value, 0);
  if (mass === 1 || mass === 2) return false;
  return parts.every((part, index) => {
    if (part.value !== 1 && part.value !== 2) return true;
    const others = parts.filter((_, other) => other !== index);
    const othersLow = others.reduce((sum, other) => sum + other.low, 0);
    const othersHigh = others.reduce((sum, other) => sum + other.high, 0);
    const low = Math.max(part.low, mass - othersHigh);
    const high = Math.min(part.high, mass - othersLow);
    return high > low;
  });
}
