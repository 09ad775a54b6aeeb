/** Medians and percentiles of samples. */

/**
 * The q-quantile (0..1) of ascending `sorted`, interpolating between the two nearest ranks (R-7,
 * the definition of Excel's PERCENTILE.INC and numpy's default); null for no samples.
 */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const below = sorted[lo]!;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return below + (h - lo) * (above - below);
}
