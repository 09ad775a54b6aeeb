/** The risk register at an instant, as the Risks view, the `risks:get` channel and `oncall-desk risks` show it. */
import { heatMap, type HeatMapCell } from "./heat-map";
import { riskEntries, type RiskEntry } from "./risk-entry";
import { riskThresholds, type RiskThresholds } from "./risk-settings";
import type { RiskSignal, RunbookChange } from "./signals/risk-signal";
import { riskSignals, type SignalInput } from "./signals/risk-signals";

/** A risk with the signals that bear on it. */
export type RiskWithSignals = RiskEntry & { signals: RiskSignal[] };

/** A linked pipeline's runbook, for the risk's details. */
export interface RunbookLink {
  file: string;
  title: string;
  /** When it last changed; null when that could not be told. */
  changed: RunbookChange | null;
}

/** The register, its heat map and the live signals. */
export interface RisksView {
  /** The instant, ISO with the workspace's offset. */
  at: string;
  zone: string;
  thresholds: RiskThresholds;
  /** True when the live status (sources, 7-day SLA) took part: source-down and sla-below-target need it. */
  withStatus: boolean;
  /** In the register's order; filterRisks and sortRisks arrange them. */
  risks: RiskWithSignals[];
  /** Every signal, also those bearing on no risk of the register. */
  signals: RiskSignal[];
  heatMap: HeatMapCell[];
  /** The runbook of each pipeline, by pipeline id. */
  runbooks: Record<string, RunbookLink>;
}

/** The register at `input.nowMs`. */
export function risksView(input: SignalInput): RisksView {
  const { workspace: ws, schedule, nowMs } = input;
  const thresholds = riskThresholds(ws.risk_settings);
  const signals = riskSignals(input);
  const entries = riskEntries(ws.risks, thresholds.reviewIntervalDays, nowMs, schedule.clock.zone);
  return {
    at: schedule.clock.format(nowMs),
    zone: schedule.clock.zone,
    thresholds,
    withStatus: input.live !== undefined,
    risks: entries.map((r) => ({ ...r, signals: signals.filter((s) => s.riskIds.includes(r.id)) })),
    signals,
    heatMap: heatMap(entries),
    runbooks: Object.fromEntries(Object.values(ws.runbooks).map((rb) => [rb.pipelineId, { file: rb.file, title: rb.title, changed: input.runbookChanges[rb.pipelineId] ?? null }])),
  };
}
