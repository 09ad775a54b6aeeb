/** The vocabulary of SLA evaluation: interval outcomes, pipeline states and the conditions alerts are raised for. */
import type { PipelineRun } from "../runs";

/** A pipeline's state now, worst first in `STATE_SEVERITY`. */
export type PipelineState = "healthy" | "running" | "at-risk" | "late" | "failed" | "unknown";

/** Precedence when several states apply at once: a source we cannot read hides everything else. */
export const STATE_SEVERITY: Record<PipelineState, number> = {
  unknown: 5,
  failed: 4,
  late: 3,
  "at-risk": 2,
  running: 1,
  healthy: 0,
};

/** How one expected interval stands at an instant. */
export type IntervalOutcome = "met" | "met-late" | "running" | "pending" | "failed" | "missed";

/** One expected interval of a pipeline and how it stands. Instants are ISO strings. */
export interface IntervalStatus {
  /** Data availability: the schedule tick, i.e. the interval's end. */
  intervalEnd: string;
  /** Availability + SLA. */
  deadline: string;
  outcome: IntervalOutcome;
  /** The run that decides the outcome (the success, else the latest attempt), if any. */
  run: PipelineRun | null;
}

/** Something an alert is raised for. `intervalEnd` is null for `unknown`, which concerns the source, not an interval. */
export interface AlertCondition {
  kind: "late" | "failed" | "at-risk" | "unknown";
  intervalEnd: string | null;
  reason: string;
}

/** Something about a pipeline that the on-call engineer should know but that is not its state. */
export interface PipelineWarning {
  /** schedule-drift: the source runs another schedule than the workspace says; paused: the scheduler will not start runs; incomplete-read: the history stops at a page cap; unattributed-run: a run that belongs to no interval. */
  kind: "schedule-drift" | "paused" | "incomplete-read" | "unattributed-run";
  /** One line for a human. */
  text: string;
}

/** A pipeline evaluated at an instant. */
export interface PipelineStatus {
  pipelineId: string;
  state: PipelineState;
  /** One line for a human: why this state. */
  reason: string;
  /** The deadline that matters for the state (missed, at risk, or the next one), ISO; null when none is known. */
  deadline: string | null;
  lastRun: PipelineRun | null;
  /** True when the status rests on a fresh, successful reading. */
  verified: boolean;
  /** Interval end of the newest successful run, ISO; alerts of older intervals resolve once verified. */
  newestSuccess: string | null;
  /** What the engineer should know besides the state (drift, pause, an incomplete read); empty when nothing. */
  warnings: PipelineWarning[];
  /** Every alert condition that holds now (the state shows only the worst). */
  conditions: AlertCondition[];
  /** The next instant at which this evaluation would change by time alone, ISO; null when none. */
  changesAt: string | null;
}
