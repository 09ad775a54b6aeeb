/** A KPI's daily series as a small hand-drawn SVG line with its target dashed, named in words by trendText. */
import type { Kpi } from "../../../shared/domain/kpis/kpis";
import { sparklineGeometry, type SparklineBox } from "./sparkline-geometry";
import { trendText } from "./trend-text";

const BOX: SparklineBox = { width: 72, height: 20, pad: 2.5 };

/** The sparkline, or nothing when no day of the window has a value (the cell already says why). */
export function KpiSparkline({ kpi }: { kpi: Pick<Kpi, "unit" | "target" | "daily"> }) {
  const geometry = sparklineGeometry(
    kpi.daily.map((d) => d.value),
    kpi.target,
    BOX,
  );
  if (!geometry.last) return null;
  const text = trendText(kpi);
  return (
    <svg className="sparkline" role="img" aria-label={text} viewBox={`0 0 ${BOX.width} ${BOX.height}`} width={BOX.width} height={BOX.height} data-days={kpi.daily.length}>
      <title>{text}</title>
      {geometry.targetY !== null && <line className="sparkline__target" x1={0} x2={BOX.width} y1={geometry.targetY} y2={geometry.targetY} />}
      {geometry.runs.map((run) =>
        // A day alone between gaps has no line to be on: a dot shows it.
        run.length > 1 ? <polyline key={`${run[0]!.x}`} className="sparkline__line" points={run.map((p) => `${p.x},${p.y}`).join(" ")} /> : <circle key={`${run[0]!.x}`} className="sparkline__dot" cx={run[0]!.x} cy={run[0]!.y} r={1.5} />,
      )}
      <circle className="sparkline__end" cx={geometry.last.x} cy={geometry.last.y} r={2.2} />
    </svg>
  );
}
