/** A pipeline's runs indexed for evaluation: by interval end, with the few aggregates every rule needs. */
import type { PipelineRun } from "../runs";
import { instantMs } from "./instant";

/** A run with its instants read once. */
export interface TimedRun {
  run: PipelineRun;
  intervalEndMs: number;
  startMs: number | null;
  endMs: number | null;
}

/** Runs indexed for evaluation. */
export interface RunHistory {
  /** The deciding run per interval end: the earliest-ending success, else the latest attempt. */
  byIntervalEnd: Map<number, TimedRun>;
  /** The most recent attempt (by start, else interval end). */
  latest: TimedRun | null;
  /** Successful runs, ascending by interval end. */
  successes: TimedRun[];
  /** Failed attempts, in no particular order (retried ones included). */
  failures: TimedRun[];
  /** The latest end of any success, null when none has ended. */
  lastSuccessEndMs: number | null;
  /** Median duration of the last 10 successes (by end), null when none has a duration. */
  typicalDurationMs: number | null;
}

const TYPICAL_SAMPLE = 10;

// Evaluations repeat on every deadline and every poll with the same runs array; index it once.
const memo = new WeakMap<readonly PipelineRun[], RunHistory>();

/** Indexes `runs` (memoised per array: sources hand out a fresh array per reading). */
export function runHistory(runs: readonly PipelineRun[]): RunHistory {
  let history = memo.get(runs);
  if (!history) {
    history = buildHistory(runs);
    memo.set(runs, history);
  }
  return history;
}

function optionalMs(text: string | null): number | null {
  if (text === null) return null;
  const ms = instantMs(text);
  return Number.isNaN(ms) ? null : ms;
}

/** When an attempt counts as happening: its start, or its interval end when it has not started. */
function attemptMs(r: TimedRun): number {
  return r.startMs ?? r.intervalEndMs;
}

function decides(candidate: TimedRun, current: TimedRun): boolean {
  const cSuccess = candidate.run.state === "success";
  const oSuccess = current.run.state === "success";
  if (cSuccess !== oSuccess) return cSuccess;
  if (cSuccess) return (candidate.endMs ?? Infinity) < (current.endMs ?? Infinity);
  return attemptMs(candidate) > attemptMs(current);
}

function buildHistory(runs: readonly PipelineRun[]): RunHistory {
  const byIntervalEnd = new Map<number, TimedRun>();
  const successes: TimedRun[] = [];
  const failures: TimedRun[] = [];
  let latest: TimedRun | null = null;
  for (const run of runs) {
    const intervalEndMs = instantMs(run.intervalEnd);
    if (Number.isNaN(intervalEndMs)) continue;
    const timed: TimedRun = { run, intervalEndMs, startMs: optionalMs(run.start), endMs: optionalMs(run.end) };
    const current = byIntervalEnd.get(intervalEndMs);
    if (!current || decides(timed, current)) byIntervalEnd.set(intervalEndMs, timed);
    if (!latest || attemptMs(timed) > attemptMs(latest)) latest = timed;
    if (run.state === "success") successes.push(timed);
    else if (run.state === "failed") failures.push(timed);
  }
  successes.sort((a, b) => a.intervalEndMs - b.intervalEndMs);
  let lastSuccessEndMs: number | null = null;
  for (const s of successes) if (s.endMs !== null && (lastSuccessEndMs === null || s.endMs > lastSuccessEndMs)) lastSuccessEndMs = s.endMs;
  return { byIntervalEnd, latest, successes, failures, lastSuccessEndMs, typicalDurationMs: typicalDuration(successes) };
}

function typicalDuration(successes: TimedRun[]): number | null {
  const durations = successes
    .filter((s) => s.startMs !== null && s.endMs !== null)
    .sort((a, b) => b.endMs! - a.endMs!)
    .slice(0, TYPICAL_SAMPLE)
    .map((s) => s.endMs! - s.startMs!)
    .sort((a, b) => a - b);
  if (durations.length === 0) return null;
  const mid = durations.length >> 1;
  return durations.length % 2 === 1 ? durations[mid]! : (durations[mid - 1]! + durations[mid]!) / 2;
}

