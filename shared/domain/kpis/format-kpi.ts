/** KPIs as text, one way for every surface: the CLI's table and the window's KPI section show the same figures. */
import { formatDuration } from "../duration";
import type { Kpi, KpiSet } from "./kpis";

/** The five KPIs in the order they are shown, with their column labels. */
export const KPI_COLUMNS: readonly (readonly [keyof KpiSet, string])[] = [
  ["slaCompliance", "SLA compliance"],
  ["uptime", "uptime"],
  ["mttr", "MTTR"],
  ["freshnessLag", "freshness lag"],
  ["mtta", "MTTA"],
];

/** A KPI's parts as text: value ("—" when there was nothing to measure), target ("≥ 95%", "≤ 2h") and whether it is met. */
export interface KpiText {
  value: string;
  target: string;
  met: boolean | null;
}

/** A fraction as a percentage without trailing zeros (0.995 → "99.5%"), or milliseconds as a duration. */
function amount(kpi: Kpi, v: number): string {
  return kpi.unit === "fraction" ? `${(v * 100).toFixed(2).replace(/\.?0+$/, "")}%` : formatDuration(v);
}

/** The parts of a KPI as text; fractions are higher-is-better, durations lower-is-better. */
export function kpiText(kpi: Kpi): KpiText {
  return {
    value: kpi.value === null ? "—" : amount(kpi, kpi.value),
    target: `${kpi.unit === "fraction" ? "≥" : "≤"} ${amount(kpi, kpi.target)}`,
    met: kpi.met,
  };
}

/** One plain-text cell: "99.5% ✓ (≥ 95%)" or "2h 10m ✗ (≤ 2h)"; "—" when there was nothing to measure. */
export function kpiCell(kpi: Kpi): string {
  if (kpi.value === null) return "—";
  const text = kpiText(kpi);
  const mark = text.met === null ? "" : text.met ? " ✓" : " ✗";
  return `${text.value}${mark} (${text.target})`;
}
