/** Per-interval outcomes over a window: which expected intervals were met, late, failed or missed. */
import { durationMs } from "../duration";
import type { Pipeline } from "../workspace-schema";
import type { PipelineRun } from "../runs";
import type { IntervalOutcome, IntervalStatus } from "./types";
import { isoOf } from "./instant";
import { runHistory, type TimedRun } from "./run-history";
import { scheduleFor } from "./schedule";

/** How the interval available at `tickMs`, with its deciding run `timed`, stands at `nowMs`. */
export function intervalOutcome(timed: TimedRun | undefined, deadlineMs: number, nowMs: number): IntervalOutcome {
  const state = timed?.run.state;
  if (state === "success") return (timed!.endMs ?? timed!.intervalEndMs) <= deadlineMs ? "met" : "met-late";
  if (state === "failed") return "failed";
  if (deadlineMs <= nowMs) return "missed";
  return state === "running" ? "running" : "pending";
}

/** Every expected interval of `pipeline` available in (fromMs, toMs], each judged at `nowMs`, oldest first. */
export function evaluateIntervals(
  pipeline: Pick<Pipeline, "schedule" | "sla">,
  runs: readonly PipelineRun[],
  window: { fromMs: number; toMs: number; nowMs: number },
): IntervalStatus[] {
  const slaMs = durationMs(pipeline.sla);
  const history = runHistory(runs);
  return scheduleFor(pipeline.schedule)
    .ticksBetween(window.fromMs, window.toMs)
    .map((tick) => {
      const timed = history.byIntervalEnd.get(tick);
      const deadlineMs = tick + slaMs;
      return {
        intervalEnd: isoOf(tick),
        deadline: isoOf(deadlineMs),
        outcome: intervalOutcome(timed, deadlineMs, window.nowMs),
        run: timed?.run ?? null,
      };
    });
}
