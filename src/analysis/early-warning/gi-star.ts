import { benjaminiHochberg } from './false-discovery.js';
import { ringOneNeighbours, type CellCounts } from './h3-grid.js';
import { spatialWeights, type WeightOptions } from './gi-star-weights.js';
import { twoSidedNormalPValue } from './normal-distribution.js';

/**
 * Getis–Ord Gi* hot-spot statistics, as R's `spdep::localG` (version 1.2.7) computes them
 * with `nb2listw(include.self(nb), glist, style)` (weights: gi-star-weights.ts; binary by
 * default, the cell counting itself). For cell i with weights wᵢⱼ over its neighbourhood,
 * Wᵢ = Σⱼ wᵢⱼ and S1ᵢ = Σⱼ wᵢⱼ²:
 *
 *   zᵢ = (Σⱼ wᵢⱼ xⱼ − Wᵢ · x̄) / sqrt(s² · (n · S1ᵢ − Wᵢ²) / (n − 1)),  s² = Σ (x − x̄)² / n,
 *
 * the two-sided p-value 2 · P(Z > |zᵢ|), and Getis and Ord's own G*ᵢ = Σⱼ wᵢⱼ xⱼ / Σ x with
 * E(G*ᵢ) = Wᵢ x̄ / Σ x and Var(G*ᵢ) = s² (n S1ᵢ − Wᵢ²) / ((n − 1) (Σ x)²). z is NaN when
 * the grid has no variance (every cell the same) or a neighbourhood covers the whole grid;
 * such p-values are NaN too. Agreement with R is checked to 1e-9 on committed fixtures.
 */
interface GiStarResult {
  /** Σ wᵢⱼ xⱼ over the neighbourhood (cell included). */
  neighbourhoodSum: number[];
  /** Wᵢ · x̄: the neighbourhood sum expected without clustering. */
  expectedSum: number[];
  /** Variance of the neighbourhood sum under randomisation. */
  variance: number[];
  z: number[];
  /** Two-sided normal p-values. */
  p: number[];
  /** G*ᵢ, E(G*ᵢ) and Var(G*ᵢ): the three above divided by Σ x (variance: (Σ x)²). */
  g: number[];
  expectedG: number[];
  varianceG: number[];
}

/** Gi* from counts and 0-based neighbour lists (without the cell itself). */
export function giStar(
  counts: readonly number[],
  neighbours: readonly (readonly number[])[],
  options: WeightOptions = {},
): GiStarResult {
  const n = counts.length;
  if (neighbours.length !== n) throw new RangeError('One neighbour list per cell is needed.');
  if (counts.some((count) => !Number.isFinite(count)))
    throw new RangeError('Every cell needs a finite count.');
  const neighbourhoods = spatialWeights(neighbours, options);
  let sum = 0;
  for (const count of counts) sum += count;
  const mean = sum / n;
  let squares = 0;
  for (const count of counts) squares += (count - mean) * (count - mean);
  const spread = squares / n;
  const result: GiStarResult = {
    neighbourhoodSum: [],
    expectedSum: [],
    variance: [],
    z: [],
    p: [],
    g: [],
    expectedG: [],
    varianceG: [],
  };
  for (const { positions, weights } of neighbourhoods) {
    let lagged = 0;
    let weight = 0;
    let squaredWeights = 0;
    positions.forEach((other, index) => {
      const w = weights[index] as number;
      lagged += w * (counts[other] as number);
      weight += w;
      squaredWeights += w * w;
    });
    const expected = weight * mean;
    const variance = (spread * (n * squaredWeights - weight * weight)) / (n - 1);
    // No variance: z is undefined. R divides rounding noise by 0 there (±Inf or NaN).
    const z = variance === 0 ? Number.NaN : (lagged - expected) / Math.sqrt(variance);
    result.neighbourhoodSum.push(lagged);
    result.expectedSum.push(expected);
    result.variance.push(variance);
    result.z.push(z);
    result.p.push(twoSidedNormalPValue(z));
    result.g.push(lagged / sum);
    result.expectedG.push(expected / sum);
    result.varianceG.push(variance / (sum * sum));
  }
  return result;
}

type HotSpotKind = 'hot' | 'cold' | 'none';

export interface HotSpotCell {
  cell: string;
  count: number;
  neighbourhoodSum: number;
  expectedSum: number;
  z: number;
  p: number;
  /** Benjamini–Hochberg adjusted p-value over all cells of the grid. */
  q: number;
  /** hot: z > 0 and q ≤ the rate; cold: z < 0 and q ≤ the rate. */
  kind: HotSpotKind;
}

interface HotSpotOptions {
  /** The false discovery rate controlled across cells: default 0.05. */
  falseDiscoveryRate?: number;
}

/**
 * Hot and cold spots over an H3 grid: Gi* with ring-1 neighbours inside the grid, the
 * false discovery rate controlled across cells with Benjamini–Hochberg.
 */
export function findHotSpots(grid: CellCounts, options: HotSpotOptions = {}): HotSpotCell[] {
  const rate = options.falseDiscoveryRate ?? 0.05;
  const statistics = giStar(grid.counts, ringOneNeighbours(grid.cells));
  const adjusted = benjaminiHochberg(statistics.p);
  return grid.cells.map((cell, index) => {
    const z = statistics.z[index] as number;
    const q = adjusted[index] as number;
    const isDiscovery = q <= rate;
    return {
      cell,
      count: grid.counts[index] as number,
      neighbourhoodSum: statistics.neighbourhoodSum[index] as number,
      expectedSum: statistics.expectedSum[index] as number,
      z,
      p: statistics.p[index] as number,
      q,
      kind: isDiscovery && z > 0 ? 'hot' : isDiscovery && z < 0 ? 'cold' : 'none',
    };
  });
}
