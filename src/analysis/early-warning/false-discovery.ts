/**
 * Benjamini–Hochberg control of the false discovery rate, exactly as R's
 * `p.adjust(p, method = "BH")`: q₍ᵢ₎ = min over j ≥ i of min(1, n / j · p₍ⱼ₎), with the
 * p-values sorted ascending. NaN p-values (undefined tests, such as Gi* on a grid without
 * variance) stay NaN and do not count in n, as R's NA do.
 *
 * A cell is a discovery at false discovery rate `rate` when its adjusted value is ≤ `rate`.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const adjusted = pValues.map(() => Number.NaN);
  const order = pValues
    .map((value, index) => ({ value, index }))
    .filter((item) => !Number.isNaN(item.value))
    // Descending, as R's order(p, decreasing = TRUE); ties end with the same adjusted value.
    .sort((left, right) => right.value - left.value || left.index - right.index);
  const count = order.length;
  let running = Infinity;
  order.forEach((item, position) => {
    const rank = count - position;
    running = Math.min(running, (count / rank) * item.value);
    adjusted[item.index] = Math.min(1, running);
  });
  return adjusted;
}

/** The positions whose adjusted p-value is at most `rate` (default 0.05). */
export function discoveries(adjustedPValues: readonly number[], rate = 0.05): number[] {
  return adjustedPValues.flatMap((value, index) => (value <= rate ? [index] : []));
}
