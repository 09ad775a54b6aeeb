/** Medians and percentiles of samples, by selection rather than sorting: a month of a thousand hourly pipelines is 720,000 delays. */

/** Moves the k-th smallest value of `values` (0-based) to index k, smaller ones before it and larger after (Hoare's quickselect). */
function select(values: Float64Array, k: number): void {
  let lo = 0;
  let hi = values.length - 1;
  while (hi > lo) {
    // Median of three as the pivot keeps sorted and reversed input linear.
    const mid = (lo + hi) >> 1;
    const pivot = Math.max(Math.min(values[lo]!, values[mid]!), Math.min(Math.max(values[lo]!, values[mid]!), values[hi]!));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * The q-quantile (0..1) of `values`, interpolating between the two nearest ranks (R-7, the
 * definition of Excel's PERCENTILE.INC and numpy's default); null for no samples. Reorders `values`.
 */
export function quantile(values: Float64Array, q: number): number | null {
  if (values.length === 0) return null;
  const h = (values.length - 1) * q;
  const lo = Math.floor(h);
  select(values, lo);
  const below = values[lo]!;
  if (lo + 1 >= values.length || h === lo) return below;
  // After the selection everything beyond `lo` is at least `below`: the next rank is their least.
  let above = Infinity;
  for (let i = lo + 1; i < values.length; i++) if (values[i]! < above) above = values[i]!;
  return below + (h - lo) * (above - below);
}
