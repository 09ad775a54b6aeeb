/** What an escalation message says of the pipeline: its state, why, and the deadline that matters. */
import { durationMs } from "../duration";
import type { PipelineState } from "../sla/types";
import type { IncidentAlert } from "./incident-events";

/** The pipeline as the people paged should see it. */
export interface Situation {
  pipelineName: string;
  /** A pipeline state (late, failed…), or `under investigation` when nothing else is known. */
  state: PipelineState | "under investigation";
  reason: string;
  /** ISO; null when none is known. */
  deadline: string | null;
}

// Worst first: the alert the message leads with.
const ALERT_ORDER: IncidentAlert["kind"][] = ["failed", "late", "unknown", "at-risk"];

/**
 * The situation from the incident's alerts alone, where no live status is at hand (the command
 * line reads no source to escalate): the worst alert's kind and reason, and its interval's deadline.
 */
export function situationFromAlerts(pipeline: { name: string; sla: string }, alerts: readonly Pick<IncidentAlert, "kind" | "intervalEnd" | "reason">[]): Situation {
  const worst = [...alerts].sort((a, b) => ALERT_ORDER.indexOf(a.kind) - ALERT_ORDER.indexOf(b.kind))[0];
  if (!worst) return { pipelineName: pipeline.name, state: "under investigation", reason: "the incident was started without an alert", deadline: null };
  const deadline = worst.intervalEnd === null ? null : new Date(Date.parse(worst.intervalEnd) + durationMs(pipeline.sla)).toISOString();
  return { pipelineName: pipeline.name, state: worst.kind, reason: worst.reason, deadline };
}
