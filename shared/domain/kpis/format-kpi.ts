/** KPIs as text, one way for every surface: the CLI's table and the window's KPI section show the same figures. */
import { formatDuration } from "../duration";
import type { Kpi, KpiKey } from "./kpis";

/** The KPIs in the order they are shown, with their labels. */
export const KPI_COLUMNS: readonly (readonly [KpiKey, string])[] = [
  ["slaCompliance", "SLA compliance"],
  ["uptime", "uptime"],
  ["mttr", "MTTR"],
  ["freshness", "freshness (median)"],
  ["freshnessP95", "freshness (p95)"],
  ["mtta", "MTTA"],
  ["resolution", "resolution"],
  ["completeness", "completeness"],
  ["accuracy", "accuracy"],
];

/** What each KPI's `count` counts, and how its value is made, for legends and tooltips. */
export const KPI_COUNTS: Readonly<Record<KpiKey, { counts: string; definition: string }>> = {
  slaCompliance: { counts: "deadlines", definition: "intervals delivered by their deadline / deadlines in the window" },
  uptime: { counts: "outages", definition: "share of the window neither late nor failed" },
  mttr: { counts: "repairs", definition: "mean time from a failure or a missed deadline to the next success" },
  freshness: { counts: "deliveries", definition: "median of delivery time − data availability, per delivered interval" },
  freshnessP95: { counts: "deliveries", definition: "95th percentile of delivery time − data availability, per delivered interval" },
  mtta: { counts: "acknowledgements", definition: "mean time from an alert or incident to its acknowledgement" },
  resolution: { counts: "incidents resolved", definition: "mean time from an incident's start to its resolution" },
  completeness: { counts: "runs reporting it", definition: "mean share of complete records, as the source reports per run" },
  accuracy: { counts: "runs reporting it", definition: "mean share of accurate records, as the source reports per run" },
};

/** A KPI's parts as text: value ("—" when there was nothing to measure, or why it cannot be), target ("≥ 95%", "≤ 2h") and whether it is met. */
export interface KpiText {
  value: string;
  target: string;
  met: boolean | null;
}

/** A fraction as a percentage without trailing zeros (0.995 → "99.5%"), or milliseconds as a duration. */
function amount(kpi: Pick<Kpi, "unit">, v: number): string {
  return kpi.unit === "fraction" ? `${(v * 100).toFixed(2).replace(/\.?0+$/, "")}%` : formatDuration(v);
}

/** The parts of a KPI as text; fractions are higher-is-better, durations lower-is-better. */
export function kpiText(kpi: Pick<Kpi, "value" | "unit" | "target" | "met" | "unmeasured">): KpiText {
  return {
    value: kpi.value === null ? (kpi.unmeasured ?? "—") : amount(kpi, kpi.value),
    target: `${kpi.unit === "fraction" ? "≥" : "≤"} ${amount(kpi, kpi.target)}`,
    met: kpi.met,
  };
}

/** One plain-text cell: "99.5% ✓ (≥ 95%)" or "2h 10m ✗ (≤ 2h)"; "—" when there was nothing to measure, or why it cannot be. */
export function kpiCell(kpi: Pick<Kpi, "value" | "unit" | "target" | "met" | "unmeasured">): string {
  const text = kpiText(kpi);
  if (kpi.value === null) return text.value;
  const mark = text.met === null ? "" : text.met ? " ✓" : " ✗";
  return `${text.value}${mark} (${text.target})`;
}
