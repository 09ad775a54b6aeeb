/** What the views show of pipeline status and alerts: the shapes the status service produces and the contract carries. */
import type { PipelineRun } from "./runs";
import type { PipelineState, PipelineWarning } from "./sla/types";

/** What an alert is raised for. */
export type AlertKind = "late" | "failed" | "at-risk" | "unknown";

/** An alert as stored. */
export interface Alert {
  id: string;
  pipelineId: string;
  kind: AlertKind;
  /** Null for `unknown`: it concerns the source, not an interval. */
  intervalEnd: string | null;
  state: "open" | "acknowledged" | "resolved";
  reason: string;
  openedAt: string;
  acknowledgedAt?: string;
  acknowledgedBy?: string;
  snoozedUntil?: string;
  resolvedAt?: string;
  resolution?: string;
}

/** What people see: `snoozed` while an open alert's snooze runs. */
export type AlertState = Alert["state"] | "snoozed";

/** An alert with its state at an instant. */
export type AlertView = Omit<Alert, "state"> & { state: AlertState };

/** One pipeline as shown. */
export interface PipelineSnapshot {
  id: string;
  name: string;
  state: PipelineState;
  reason: string;
  deadline: string | null;
  lastRun: PipelineRun | null;
  /** Source id. */
  source: string;
  /** True when the data is simulated (a `demo` source): every view labels it. */
  demo: boolean;
  /** Milliseconds since the data shown was read; null before the first good reading. */
  age: number | null;
  /** What the engineer should know besides the state (schedule drift, a paused DAG, an incomplete read). */
  warnings: PipelineWarning[];
}

/** Everything the views show at one instant. */
export interface StatusSnapshot {
  at: string;
  pipelines: PipelineSnapshot[];
  /** Alerts not resolved, newest first. */
  alerts: AlertView[];
}
