/**
 * What one pipeline's runs say for the KPIs, read once per report: which deadlines were met, when
 * the pipeline was down, and each delivered interval's delay and quality. Any window or day is then
 * a matter of counting these (window-figures.ts).
 */
import { durationMs } from "../duration";
import type { PipelineRun } from "../runs";
import { intervalOutcome } from "../sla/intervals";
import { runHistory, type TimedRun } from "../sla/run-history";
import { scheduleFor } from "../sla/schedule";
import type { Pipeline } from "../workspace-schema";
import { failedPeriods, latePeriods, mergePeriods, type Period } from "./bad-periods";

/** One delivered interval. */
export interface Delivery {
  /** When it was delivered: the end of its first successful run. */
  atMs: number;
  /** Delivery − data availability (the interval's end): the seed's "delay from source". */
  delayMs: number;
  /** Share of complete records (0..1), when the source reports it for the run. */
  completeness?: number;
  /** Share of accurate records (0..1), when the source reports it for the run. */
  accuracy?: number;
}

/** One pipeline's KPI events from `coverFromMs` to the report's end. */
export interface PipelineEvents {
  pipeline: Pipeline;
  /** Run-based figures count from here: the window's start, or later when the reading covers less. */
  coverFromMs: number;
  /** Every deadline from `coverFromMs` to the end, and whether it was met. */
  deadlines: { atMs: number; met: boolean }[];
  /** Late or failed periods, merged, in time order (an ongoing one ends at the report's end). */
  bad: Period[];
  /** Delivered intervals, by interval end. */
  deliveries: Delivery[];
  /** Whether the pipeline's source reports these for any of its runs. */
  reports: { completeness: boolean; accuracy: boolean };
  /** Data availability of the newest interval delivered by the report's end; null when none. */
  newestAvailableMs: number | null;
}

/** The events of `pipeline` whose run-based figures count from `coverFromMs` to `toMs` (the report's now). */
export function pipelineEvents(pipeline: Pipeline, runs: readonly PipelineRun[], coverFromMs: number, toMs: number): PipelineEvents {
  const slaMs = durationMs(pipeline.sla);
  const history = runHistory(runs);
  const schedule = scheduleFor(pipeline.schedule);
  // Intervals whose deadline has come by now, starting with the last one due before the range: its lateness may run into it.
  const lastTick = toMs - slaMs;
  const before = schedule.atOrBefore(coverFromMs - slaMs - 1);
  const dueTicks = before === null ? schedule.ticksBetween(coverFromMs - slaMs - 1, lastTick) : [before, ...schedule.ticksBetween(before, lastTick)];
  const deadlines = dueTicks
    .filter((tick) => tick + slaMs >= coverFromMs)
    .map((tick) => ({ atMs: tick + slaMs, met: intervalOutcome(history.byIntervalEnd.get(tick), tick + slaMs, toMs) === "met" }));
  const delivered = firstDeliveries(history.successes, toMs);
  const newest = history.successes.filter((s) => (s.endMs ?? s.intervalEndMs) <= toMs).at(-1);
  return {
    pipeline,
    coverFromMs,
    deadlines,
    bad: mergePeriods([...latePeriods(dueTicks, slaMs, history, toMs), ...failedPeriods(history, toMs)]),
    deliveries: delivered.map(delivery),
    reports: { completeness: runs.some((r) => r.completeness !== undefined), accuracy: runs.some((r) => r.accuracy !== undefined) },
    newestAvailableMs: newest ? newest.intervalEndMs : null,
  };
}

/** The first success of each interval that ended by `toMs` (a rerun of a delivered interval delivers nothing new). */
function firstDeliveries(successes: readonly TimedRun[], toMs: number): TimedRun[] {
  const first = new Map<number, TimedRun>();
  for (const s of successes) {
    if (s.endMs === null || s.endMs > toMs) continue;
    const seen = first.get(s.intervalEndMs);
    if (!seen || s.endMs < seen.endMs!) first.set(s.intervalEndMs, s);
  }
  return [...first.values()];
}

function delivery(s: TimedRun): Delivery {
  const d: Delivery = { atMs: s.endMs!, delayMs: s.endMs! - s.intervalEndMs };
  if (s.run.completeness !== undefined) d.completeness = s.run.completeness;
  if (s.run.accuracy !== undefined) d.accuracy = s.run.accuracy;
  return d;
}
