/** Every live signal at an instant, from the workspace, the rotation, the runbooks' change dates and (when known) the live status. */
import type { LintSource } from "../../rotation/lint-schedule";
import type { Schedule } from "../../rotation/schedule";
import type { Workspace } from "../../workspace";
import { riskThresholds } from "../risk-settings";
import { holidayStretchSignals } from "./holiday-stretch";
import { knowledgeSiloSignals } from "./knowledge-silo";
import { ownersAwaySignals } from "./owners-away";
import { SIGNAL_KINDS, type LiveStatus, type RiskSignal, type RunbookChange, type SignalDraft } from "./risk-signal";
import { runbookStaleSignals } from "./runbook-stale";
import { bearsOn } from "./signal-bearing";
import { slaBelowTargetSignals } from "./sla-below-target";
import { sourceDownSignals } from "./source-down";

/** The parts of a workspace the signals read. */
export type SignalWorkspace = LintSource & Pick<Workspace, "runbooks" | "risks" | "risk_settings">;

/** What the signals are computed from. */
export interface SignalInput {
  workspace: SignalWorkspace;
  schedule: Schedule;
  nowMs: number;
  /** When each pipeline's runbook last changed, by pipeline id; a runbook not listed is not judged. */
  runbookChanges: Readonly<Record<string, RunbookChange | null | undefined>>;
  /** The live status; without it there are no source-down or sla-below-target signals. */
  live?: LiveStatus;
}

/** Every signal at `input.nowMs`, each with the risks it bears on, by kind (SIGNAL_KINDS) and then by when it holds from. */
export function riskSignals(input: SignalInput): RiskSignal[] {
  const { workspace: ws, schedule, nowMs, live } = input;
  const thresholds = riskThresholds(ws.risk_settings);
  const drafts: SignalDraft[] = [
    ...ownersAwaySignals(ws.pipelines, ws.team, schedule.away, schedule.clock, nowMs),
    ...knowledgeSiloSignals(ws.pipelines, ws.team, thresholds.siloShare),
    ...holidayStretchSignals(ws, schedule, nowMs),
    ...runbookStaleSignals(ws.pipelines, ws.runbooks, input.runbookChanges, thresholds.runbookMaxAgeDays, schedule.clock, nowMs),
    ...(live ? sourceDownSignals(live.outages, ws.pipelines, schedule.clock, nowMs) : []),
    ...(live ? slaBelowTargetSignals(live.kpis, ws.pipelines) : []),
  ];
  const rank = (d: SignalDraft) => SIGNAL_KINDS.indexOf(d.kind);
  // ISO instants in one zone sort as text only within one offset, so compare as instants; timeless signals keep their order.
  const start = (d: SignalDraft) => (d.from === null ? -Infinity : Date.parse(d.from));
  return drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || start(a.d) - start(b.d) || a.i - b.i)
    .map(({ d }) => ({ ...d, riskIds: ws.risks.filter((r) => bearsOn(d, r)).map((r) => r.id) }));
}
