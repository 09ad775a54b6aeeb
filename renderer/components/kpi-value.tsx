/** One KPI as the window shows it: its value and a met/missed badge, the target on hover. */
import { kpiText } from "../../shared/domain/kpis/format-kpi";
import type { Kpi } from "../../shared/domain/kpis/kpis";
import { Badge } from "./badge";

/** Met, missed, or nothing to measure. */
export function kpiVerdict(kpi: Kpi): "met" | "missed" | "none" {
  return kpi.met === null ? "none" : kpi.met ? "met" : "missed";
}

/** The value and its badge (inline content: the caller places it in a cell or a list). */
export function KpiValue({ kpi }: { kpi: Kpi }) {
  const text = kpiText(kpi);
  const verdict = kpiVerdict(kpi);
  return (
    <>
      {text.value}
      {verdict !== "none" && (
        <>
          {" "}
          <Badge kind={`kpi-${verdict}`}>{verdict}</Badge>
        </>
      )}
    </>
  );
}
