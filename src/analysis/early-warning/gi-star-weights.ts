/**
 * Spatial weights for Gi*, as `spdep::nb2listw(include.self(nb), glist, style)` (version
 * 1.2.7) builds them: each cell's neighbourhood is its listed neighbours and itself, in
 * ascending order, with general weights g (1 for binary, or given per neighbour) turned into
 * the chosen style:
 *
 * - `B` binary/general: g as is (the default, and what the hot-spot map uses);
 * - `W` row-standardised: g / Σⱼ gᵢⱼ, every neighbourhood sums to 1;
 * - `C` globally standardised: g · n / Σᵢⱼ gᵢⱼ, all weights sum to n;
 * - `U` as C divided by n: all weights sum to 1;
 * - `S` variance-stabilising (Tiefelsdorf et al. 1999): g / sqrt(Σⱼ gᵢⱼ²), then scaled so
 *   all weights sum to n.
 *
 * Impossible neighbour lists are refused with a RangeError rather than counted twice or read
 * outside the grid: an index outside 0 … n − 1 or not a whole number, a cell listed as its
 * own neighbour, a neighbour listed twice, a custom weight that is negative or not finite.
 */
export const weightStyles = ['B', 'W', 'C', 'U', 'S'] as const;
export type WeightStyle = (typeof weightStyles)[number];

export interface WeightOptions {
  style?: WeightStyle;
  /** General weights, one per listed neighbour in the same order. Default 1. */
  weights?: readonly (readonly number[])[];
  /** The weight of the cell itself before styling: 1. */
  selfWeight?: number;
}

export interface Neighbourhood {
  /** 0-based cells, the cell itself included, ascending. */
  positions: number[];
  weights: number[];
}

export function spatialWeights(
  neighbours: readonly (readonly number[])[],
  options: WeightOptions = {},
): Neighbourhood[] {
  const n = neighbours.length;
  const style = options.style ?? 'B';
  const selfWeight = options.selfWeight ?? 1;
  if (!weightStyles.includes(style)) throw new RangeError(`Unknown weights style ${style}.`);
  if (options.weights !== undefined && options.weights.length !== n)
    throw new RangeError('One list of weights per cell is needed.');
  const general = neighbours.map((around, cell): Neighbourhood => {
    const custom = options.weights?.[cell];
    if (custom !== undefined && custom.length !== around.length)
      throw new RangeError(`Cell ${cell}: one weight per neighbour is needed.`);
    const seen = new Set<number>();
    const pairs: [number, number][] = [[cell, selfWeight]];
    around.forEach((other, position) => {
      if (!Number.isInteger(other) || other < 0 || other >= n)
        throw new RangeError(
          `Cell ${cell} lists neighbour ${other}, outside the grid of ${n} cells.`,
        );
      if (other === cell) throw new RangeError(`Cell ${cell} is listed as its own neighbour.`);
      if (seen.has(other)) throw new RangeError(`Cell ${cell} lists neighbour ${other} twice.`);
      seen.add(other);
      const weight = custom === undefined ? 1 : (custom[position] as number);
      if (!(weight >= 0 && Number.isFinite(weight)))
        throw new RangeError(`Cell ${cell}: weights must be finite and not negative.`);
      pairs.push([other, weight]);
    });
    if (!(selfWeight >= 0 && Number.isFinite(selfWeight)))
      throw new RangeError('The self weight must be finite and not negative.');
    pairs.sort(([left], [right]) => left - right);
    return { positions: pairs.map(([other]) => other), weights: pairs.map(([, weight]) => weight) };
  });
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const scale = (factor: (cell: number) => number, lists: Neighbourhood[]) =>
    lists.map((item, cell) => ({
      positions: item.positions,
      weights: item.weights.map((weight) => factor(cell) * weight),
    }));
  switch (style) {
    case 'B':
      return general;
    case 'W':
      return scale((cell) => {
        const total = sum((general[cell] as Neighbourhood).weights);
        return total > 0 ? 1 / total : 0;
      }, general);
    case 'C':
    case 'U': {
      const total = sum(general.map((item) => sum(item.weights)));
      if (!(total > 0)) throw new RangeError('The weights sum to zero.');
      return scale(() => (style === 'C' ? n / total : 1 / total), general);
    }
    case 'S': {
      const stabilised = scale((cell) => {
        const q = Math.sqrt(sum((general[cell] as Neighbourhood).weights.map((w) => w * w)));
        return q > 0 ? 1 / q : 0;
      }, general);
      const total = sum(stabilised.map((item) => sum(item.weights)));
      if (!(total > 0)) throw new RangeError('The weights sum to zero.');
      return scale(() => n / total, stabilised);
    }
  }
}
