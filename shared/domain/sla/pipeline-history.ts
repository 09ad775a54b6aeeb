/**
 * One pipeline's recent history as the window shows it: every interval of the last days against its
 * deadline (the same outcomes the KPIs count) and its latest runs.
 */
import type { PipelineRun } from "../runs";
import type { Pipeline } from "../workspace-schema";
import { evaluateIntervals } from "./intervals";
import { instantMs } from "./instant";
import type { IntervalStatus } from "./types";

/** How many runs the history lists: a week of an hourly pipeline's attempts would drown the table. */
export const RECENT_RUNS = 20;

const DAY_MS = 86_400_000;

/** A pipeline's intervals over `days` days up to `to`, and its newest runs. */
export interface PipelineHistory {
  pipelineId: string;
  days: number;
  /** The window, ISO: intervals available in (from, to] are listed. */
  from: string;
  to: string;
  /** Oldest first, each judged at `to`. */
  intervals: IntervalStatus[];
  /** Newest attempt first (by start, else interval end), at most RECENT_RUNS; retries included. */
  runs: PipelineRun[];
}

/** When an attempt happened, for ordering: its start, or its interval end when it has not started. */
function attemptMs(run: PipelineRun): number {
  const start = run.start === null ? NaN : instantMs(run.start);
  return Number.isNaN(start) ? instantMs(run.intervalEnd) : start;
}

/** The history of `pipeline` from its `runs` (the last reading), over the `days` days up to `now`. */
export function pipelineHistory(pipeline: Pick<Pipeline, "id" | "schedule" | "sla">, runs: readonly PipelineRun[], now: Date, days: number): PipelineHistory {
  const toMs = now.getTime();
  const fromMs = toMs - days * DAY_MS;
  const recent = runs
    .map((run) => ({ run, at: attemptMs(run) }))
    .filter((r) => !Number.isNaN(r.at) && r.at <= toMs)
    .sort((a, b) => b.at - a.at)
    .slice(0, RECENT_RUNS)
    .map((r) => r.run);
  return {
    pipelineId: pipeline.id,
    days,
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    intervals: evaluateIntervals(pipeline, runs, { fromMs, toMs, nowMs: toMs }),
    runs: recent,
  };
}
