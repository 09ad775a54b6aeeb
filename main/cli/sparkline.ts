/** A series as a one-line text chart ("▁▃█▅"), for trends in a terminal. */

const BARS = "▁▂▃▄▅▆▇█";

/** One bar per value, scaled between the series' least and greatest; a gap (space) where there is no value. */
export function sparkline(values: readonly (number | null)[]): string {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return "";
  const lo = Math.min(...known);
  const span = Math.max(...known) - lo;
  return values.map((v) => (v === null ? " " : BARS[span === 0 ? 3 : Math.round(((v - lo) / span) * (BARS.length - 1))])).join("");
}
