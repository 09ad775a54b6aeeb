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

/**
 * The delivered intervals, column by column (a month of an hourly pipeline is 720 of them, and a
 * thousand pipelines would otherwise be 720,000 small objects to collect).
 */
export interface Deliveries {
  /** When each was delivered: the end of its first successful run. */
  atMs: Float64Array;
  /** Delivery − data availability (the interval's end): the seed's "delay from source". */
  delayMs: Float64Array;
  /** Share of complete records (0..1) the source reports for the run; NaN where it reports none. */
  completeness: Float64Array;
  /** Share of accurate records (0..1) the source reports for the run; NaN where it reports none. */
  accuracy: Float64Array;
}

/** One pipeline's KPI events from `coverFromMs` to the report's end. */
export interface PipelineEvents {
  pipeline: Pipeline;
  /** Run-based figures count from here: the window's start, or later when the reading covers less. */
  coverFromMs: number;
  /** Every deadline from `coverFromMs` to the end (ascending), and whether it was met (1) or not (0). */
  deadlines: { atMs: Float64Array; met: Uint8Array };
  /** Late or failed periods, merged, in time order (an ongoing one ends at the report's end). */
  bad: Period[];
  /** Delivered intervals, by interval end. */
  deliveries: Deliveries;
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
  const counted = dueTicks.filter((tick) => tick + slaMs >= coverFromMs);
  const deadlines = { atMs: new Float64Array(counted.length), met: new Uint8Array(counted.length) };
  counted.forEach((tick, i) => {
    deadlines.atMs[i] = tick + slaMs;
    deadlines.met[i] = intervalOutcome(history.byIntervalEnd.get(tick), tick + slaMs, toMs) === "met" ? 1 : 0;
  });
  const newest = history.successes.findLast((s) => (s.endMs ?? s.intervalEndMs) <= toMs);
  return {
    pipeline,
    coverFromMs,
    deadlines,
    bad: mergePeriods([...latePeriods(dueTicks, slaMs, history, toMs), ...failedPeriods(history, toMs)]),
    deliveries: deliveries(firstDeliveries(history.successes, toMs)),
    reports: { completeness: runs.some((r) => r.completeness !== undefined), accuracy: runs.some((r) => r.accuracy !== undefined) },
    newestAvailableMs: newest ? newest.intervalEndMs : null,
  };
}

/** The first success of each interval that ended by `toMs` (a rerun of a delivered interval delivers nothing new). */
function firstDeliveries(successes: readonly TimedRun[], toMs: number): TimedRun[] {
  // Successes come ascending by interval end, so the runs of one interval sit together.
  const first: TimedRun[] = [];
  for (const s of successes) {
    if (s.endMs === null || s.endMs > toMs) continue;
    const last = first.at(-1);
    if (last?.intervalEndMs !== s.intervalEndMs) first.push(s);
    else if (s.endMs < last.endMs!) first[first.length - 1] = s;
  }
  return first;
}

function deliveries(first: readonly TimedRun[]): Deliveries {
  const out: Deliveries = { atMs: new Float64Array(first.length), delayMs: new Float64Array(first.length), completeness: new Float64Array(first.length), accuracy: new Float64Array(first.length) };
  first.forEach((s, i) => {
    out.atMs[i] = s.endMs!;
    out.delayMs[i] = s.endMs! - s.intervalEndMs;
    out.completeness[i] = s.run.completeness ?? NaN;
    out.accuracy[i] = s.run.accuracy ?? NaN;
  });
  return out;
}
