/** sla-below-target: a pipeline whose SLA compliance or uptime over the last 7 days is under the target. */
import { kpiText } from "../../kpis/format-kpi";
import type { KpiReport } from "../../kpis/kpis";
import type { Pipeline } from "../../workspace-schema";
import type { SignalDraft } from "./risk-signal";

/** The window the signal judges. */
export const SLA_SIGNAL_DAYS = 7;

/** One signal per pipeline missing either target in `report` (the 7-day KPIs). */
export function slaBelowTargetSignals(report: KpiReport, pipelines: readonly Pipeline[]): SignalDraft[] {
  return pipelines.flatMap((p) => {
    const set = report.pipelines[p.id];
    if (!set) return [];
    const missed = ([["SLA compliance", set.slaCompliance], ["uptime", set.uptime]] as const).filter(([, kpi]) => kpi.met === false);
    if (missed.length === 0) return [];
    const parts = missed.map(([label, kpi]) => `${label} ${kpiText(kpi).value} (target ${kpiText(kpi).target})`);
    return [
      {
        kind: "sla-below-target" as const,
        text: `${p.name}, last ${report.days} days: ${parts.join(" and ")}.`,
        pipelines: [p.id],
        engineers: [],
        source: null,
        from: null,
        until: null,
      },
    ];
  });
}
