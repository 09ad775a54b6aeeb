/**
 * Where a daily series' points fall in a small SVG box: one polyline per run of days with a value
 * (a day with nothing to measure is a gap, not a zero), the last known point, and the target's
 * height. The target is inside the scale so the line shows which side of it each day fell.
 */

/** The box the line is drawn in, in SVG units. */
export interface SparklineBox {
  width: number;
  height: number;
  /** Room kept free on every side, so the end dot and the stroke are not clipped. */
  pad: number;
}

/** A point in the box. */
export interface SparklinePoint {
  x: number;
  y: number;
}

/** What to draw. */
export interface SparklineGeometry {
  /** The points of each run of consecutive days with a value, oldest first; a lone day is a run of one. */
  runs: SparklinePoint[][];
  /** The last day with a value, for the end dot; null when no day has one. */
  last: SparklinePoint | null;
  /** The target's height, or null when there is nothing to draw. */
  targetY: number | null;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The geometry of `values` (oldest first) against `target` in `box`; higher values are drawn higher. */
export function sparklineGeometry(values: readonly (number | null)[], target: number, box: SparklineBox): SparklineGeometry {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return { runs: [], last: null, targetY: null };
  const lo = Math.min(target, ...known);
  const span = Math.max(target, ...known) - lo;
  const innerW = box.width - 2 * box.pad;
  const innerH = box.height - 2 * box.pad;
  // A flat series (everything equal to the target) sits in the middle rather than on an edge.
  const y = (v: number) => round(box.pad + (span === 0 ? innerH / 2 : innerH - ((v - lo) / span) * innerH));
  const x = (i: number) => round(box.pad + (values.length === 1 ? innerW / 2 : (i / (values.length - 1)) * innerW));
  const runs: SparklinePoint[][] = [];
  let run: SparklinePoint[] = [];
  values.forEach((v, i) => {
    if (v !== null) run.push({ x: x(i), y: y(v) });
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);
  return { runs, last: runs.at(-1)!.at(-1)!, targetY: y(target) };
}
