/** What the tray icon says, decided from pipeline states and the on-call answer (pure; the tray only draws it). */
import type { PipelineState } from "./sla/types";
import { onCallLabel, type OnCallView } from "./rotation/on-call-view";

/** The overall colour of the tray icon. */
export type TrayTone = "healthy" | "at-risk" | "late" | "unknown";

/** Everything the tray shows. */
export interface TrayState {
  tone: TrayTone;
  /** "Alex Chen (day, until 17:00)"; undefined when nobody is on call or it is not known yet. */
  onCall: string | undefined;
  /** Pipelines late or failed: the ones that need someone now. */
  lateCount: number;
  /** True when any pipeline's status comes from simulated (demo) runs: the tray says so. */
  demo?: boolean;
}

const TONE_OF: Record<PipelineState, TrayTone> = {
  late: "late",
  failed: "late",
  unknown: "unknown",
  "at-risk": "at-risk",
  running: "healthy",
  healthy: "healthy",
};

// A certain breach outranks an unverified source, which outranks a prediction (as the CLI's exit codes rank them).
const TONE_RANK: Record<TrayTone, number> = { late: 3, unknown: 2, "at-risk": 1, healthy: 0 };

/** The tray state of `states` (every pipeline's state; none yet means unknown), the on-call answer, and whether any of it is demo data. */
export function trayState(states: readonly PipelineState[], onCall: OnCallView | undefined, demo = false): TrayState {
  const tones = states.map((s) => TONE_OF[s]);
  const tone = tones.length === 0 ? "unknown" : tones.reduce((worst, t) => (TONE_RANK[t] > TONE_RANK[worst] ? t : worst), "healthy");
  return {
    tone,
    onCall: onCall?.shift ? onCallLabel(onCall.shift) : undefined,
    lateCount: states.filter((s) => s === "late" || s === "failed").length,
    demo,
  };
}
