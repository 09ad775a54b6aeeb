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

/** Runs looked up by the interval end they belong to. */
export interface IntervalLookup {
  get(intervalEndMs: number): TimedRun | undefined;
}

/** Runs indexed for evaluation. */
export interface RunHistory {
  /** The deciding run per interval end: the earliest-ending success, else the latest attempt in flight, else the latest attempt (ties: the first listed). */
  byIntervalEnd: IntervalLookup;
  /** Every attempt of one interval, in the reading's order (empty when none). */
  attemptsOf(intervalEndMs: number): TimedRun[];
  /** The most recent attempt (by start, else interval end), whatever its type (ties: the first listed). */
  latest: TimedRun | null;
  /**
   * The deciding run of the newest interval that has an attempt other than a backfill: what the
   * pipeline is doing now. Backfills redo old intervals and never stand for the current state.
   */
  current: TimedRun | null;
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

/** Reads an ISO instant to epoch milliseconds, NaN when unreadable (`instantMs`, or a counting wrapper in tests). */
export type InstantParser = (text: string) => number;

// Evaluations repeat on every deadline and every poll with the same runs array; index it once.
const memo = new WeakMap<readonly PipelineRun[], RunHistory>();

/** Indexes `runs` (memoised per array). Without a `RunIndex`, a fresh array is read from scratch. */
export function runHistory(runs: readonly PipelineRun[]): RunHistory {
  let history = memo.get(runs);
  if (!history) {
    history = historyOf(runs.map((run) => timeRun(run)));
    memo.set(runs, history);
  }
  return history;
}

/** Reads a run's instants; an unreadable interval end stays NaN and the run is left out of histories. */
export function timeRun(run: PipelineRun, parse: InstantParser = instantMs): TimedRun {
  return { run, intervalEndMs: parse(run.intervalEnd), startMs: optionalMs(run.start, parse), endMs: optionalMs(run.end, parse) };
}

function optionalMs(text: string | null, parse: InstantParser): number | null {
  if (text === null) return null;
  const ms = parse(text);
  return Number.isNaN(ms) ? null : ms;
}

/** When an attempt counts as happening: its start, or its interval end when it has not started. */
function attemptMs(r: TimedRun): number {
  return r.startMs ?? r.intervalEndMs;
}

/** Which attempt decides an interval: a success (the earliest to end), else one in flight, else a failure; the latest attempt among equals, the first listed on a tie. */
const RANK = { success: 2, running: 1, queued: 1, failed: 0 } as const;

function decides(candidate: TimedRun, current: TimedRun): boolean {
  const c = RANK[candidate.run.state];
  const o = RANK[current.run.state];
  if (c !== o) return c > o;
  if (candidate.run.state === "success") return (candidate.endMs ?? Infinity) < (current.endMs ?? Infinity);
  return attemptMs(candidate) > attemptMs(current);
}

/** Indexes runs whose instants are already read (by `timeRun`, or kept by a `RunIndex`). */
export function historyOf(timedRuns: readonly TimedRun[]): RunHistory {
  // This runs for every pipeline on every poll, so it hashes nothing and copies little. It needs the
  // runs in order of interval end (stable, so ties keep the reading's order); sources list them by
  // date with one run per interval, oldest or newest first, so that order is usually there already.
  const failures: TimedRun[] = [];
  let latest: TimedRun | null = null;
  let newestCurrentEnd = -Infinity;
  let unplaced = false;
  // Strictly, so that either order also means one run per interval end.
  let ascending = true;
  let descending = true;
  let previous: number | null = null;
  for (const timed of timedRuns) {
    const end = timed.intervalEndMs;
    // A run that cannot be placed on the schedule decides nothing.
    if (Number.isNaN(end)) {
      unplaced = true;
      continue;
    }
    if (previous !== null) {
      ascending &&= previous < end;
      descending &&= previous > end;
    }
    previous = end;
    if (!latest || attemptMs(timed) > attemptMs(latest)) latest = timed;
    if (timed.run.runType !== "backfill" && end > newestCurrentEnd) newestCurrentEnd = end;
    if (timed.run.state === "failed") failures.push(timed);
  }
  const ordered =
    !unplaced && ascending ? timedRuns
    : !unplaced && descending ? timedRuns.slice().reverse()
    : timedRuns.filter((t) => !Number.isNaN(t.intervalEndMs)).sort((a, b) => a.intervalEndMs - b.intervalEndMs);
  // With one run per interval end, each run decides its interval; only retries compete.
  const deciders = ascending || descending ? ordered : decidersOf(ordered);
  const successes = ordered.filter((t) => t.run.state === "success");
  let lastSuccessEndMs: number | null = null;
  for (const s of successes) if (s.endMs !== null && (lastSuccessEndMs === null || s.endMs > lastSuccessEndMs)) lastSuccessEndMs = s.endMs;
  const byIntervalEnd = sortedLookup(deciders);
  const current = Number.isFinite(newestCurrentEnd) ? byIntervalEnd.get(newestCurrentEnd) ?? null : null;
  const attemptsOf = (intervalEndMs: number) => {
    let i = firstAtOrAfter(ordered, intervalEndMs);
    const out: TimedRun[] = [];
    while (i < ordered.length && ordered[i]!.intervalEndMs === intervalEndMs) out.push(ordered[i++]!);
    return out;
  };
  return { byIntervalEnd, attemptsOf, latest, current, successes, failures, lastSuccessEndMs, typicalDurationMs: typicalDuration(successes) };
}

/** Index of the first run whose interval end is at or after `intervalEndMs`, in runs ascending by interval end (binary search). */
function firstAtOrAfter(ordered: readonly TimedRun[], intervalEndMs: number): number {
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ordered[mid]!.intervalEndMs < intervalEndMs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The deciding run of each interval end, from runs ascending by interval end. */
function decidersOf(ordered: readonly TimedRun[]): TimedRun[] {
  const deciders: TimedRun[] = [];
  for (const timed of ordered) {
    const last = deciders.length - 1;
    if (last >= 0 && deciders[last]!.intervalEndMs === timed.intervalEndMs) {
      if (decides(timed, deciders[last]!)) deciders[last] = timed;
    } else deciders.push(timed);
  }
  return deciders;
}

/** Binary search over runs ascending by interval end, one per interval end. */
function sortedLookup(deciders: readonly TimedRun[]): IntervalLookup {
  return {
    get(intervalEndMs) {
      const lo = firstAtOrAfter(deciders, intervalEndMs);
      return deciders[lo]?.intervalEndMs === intervalEndMs ? deciders[lo] : undefined;
    },
  };
}

/**
 * Median duration of the 10 latest-ending successes (ties: the earlier listed first). Scanned from
 * the newest interval back, the sample fills with the usual winners at once and the rest fail the
 * first comparison, so no copy of the history is sorted.
 */
function typicalDuration(successes: readonly TimedRun[]): number | null {
  // Latest end first; each run met is listed before every run already in the sample.
  const sample: TimedRun[] = [];
  for (let i = successes.length - 1; i >= 0; i--) {
    const s = successes[i]!;
    if (s.startMs === null || s.endMs === null) continue;
    let at = sample.length;
    while (at > 0 && sample[at - 1]!.endMs! <= s.endMs) at--;
    if (at >= TYPICAL_SAMPLE) continue;
    sample.splice(at, 0, s);
    if (sample.length > TYPICAL_SAMPLE) sample.pop();
  }
  if (sample.length === 0) return null;
  const durations = sample.map((s) => s.endMs! - s.startMs!).sort((a, b) => a - b);
  const mid = durations.length >> 1;
  return durations.length % 2 === 1 ? durations[mid]! : (durations[mid - 1]! + durations[mid]!) / 2;
}
