/** The SLA rules: one pipeline's state now, with a reason, the deadline that matters and its alert conditions. */
import { durationMs, formatDuration } from "../duration";
import type { Pipeline } from "../workspace-schema";
import type { PipelineReading, PipelineRun, ReadingCoverage } from "../runs";
import type { AlertCondition, PipelineState, PipelineStatus, PipelineWarning } from "./types";
import { STATE_SEVERITY } from "./types";
import { instantMs, isoOf } from "./instant";
import { pausedText, readingWarnings } from "./pipeline-warnings";
import { runHistory, type RunHistory, type TimedRun } from "./run-history";
import type { RunIndex } from "./run-index";
import { scheduleFor, type Schedule } from "./schedule";
import { zoneText } from "./zone-text";

/** A run not started this long after its data became available puts its deadline at risk. */
export const AT_RISK_AFTER_MS = 15 * 60_000;

/** A run going for more than this many times its typical duration is stuck: its end can no longer be predicted. */
export const STUCK_FACTOR = 2;

/** What an evaluation needs besides the pipeline and its reading. */
export interface EvaluateOptions {
  now: Date;
  /** Data this old is unverified (two poll intervals of the pipeline's source). */
  staleAfterMs: number;
  /** The last successful reading, shown (never trusted) while the source cannot be read. */
  lastGood?: PipelineReading;
  /** Histories kept across polls (see `createRunIndex`); without one, each new runs array is read from scratch. */
  runIndex?: RunIndex;
  /** The zone reasons are written in (the workspace's); UTC when absent. */
  zone?: string;
}


function unknown(pipelineId: string, reason: string, lastRun: PipelineStatus["lastRun"], warnings: PipelineWarning[] = []): PipelineStatus {
  return {
    pipelineId,
    state: "unknown",
    reason,
    deadline: null,
    lastRun,
    verified: false,
    newestSuccess: null,
    warnings,
    conditions: [{ kind: "unknown", intervalEnd: null, reason }],
    changesAt: null,
  };
}

/** Evaluates `pipeline` at `options.now` from its reading; never healthy unless the reading is fresh, ok and complete enough. */
export function evaluatePipeline(pipeline: Pipeline, reading: PipelineReading | undefined, options: EvaluateOptions): PipelineStatus {
  const nowMs = options.now.getTime();
  const source = pipeline.source.id;
  // Reasons are read by people in the workspace's zone, next to deadlines shown in that zone.
  const at = zoneText(options.zone ?? "UTC", nowMs);
  const historyOf = (runs: readonly PipelineRun[]) => options.runIndex?.historyOf(pipeline.id, runs) ?? runHistory(runs);
  if (!reading) return unknown(pipeline.id, `no reading from source ${source} yet`, null);
  if (!reading.ok) {
    const good = options.lastGood?.ok ? options.lastGood : undefined;
    const since = good ? `; last good data ${formatDuration(nowMs - instantMs(good.fetchedAt))} old` : "";
    const lastRun = good ? historyOf(good.runs).latest?.run ?? null : null;
    return unknown(pipeline.id, `source ${source} cannot be read: ${reading.error.message}${since}`, lastRun);
  }
  const history = historyOf(reading.runs);
  const lastRun = history.latest?.run ?? null;
  const warnings = readingWarnings(pipeline, reading, at);
  const fetchedMs = instantMs(reading.fetchedAt);
  const ageMs = nowMs - fetchedMs;
  // At two poll intervals old, a second poll has been missed: from that instant on, unverified.
  if (!(ageMs < options.staleAfterMs)) {
    return unknown(pipeline.id, `data from source ${source} is ${formatDuration(ageMs)} old (read at ${at(fetchedMs)}); it cannot be trusted`, lastRun, warnings);
  }
  let schedule: Schedule;
  try {
    schedule = scheduleFor(pipeline.schedule);
  } catch (error) {
    return unknown(pipeline.id, `schedule "${pipeline.schedule}" cannot be read: ${error instanceof Error ? error.message : String(error)}`, lastRun, warnings);
  }
  const slaMs = durationMs(pipeline.sla);
  const gap = coverageGap(reading.coverage, schedule, slaMs, nowMs);
  if (gap) {
    const why = reading.coverage?.note ? ` (${reading.coverage.note})` : "";
    const reason = `source ${source} could not be read completely${why}: runs before ${at(gap.fromMs)} may be missing, so the ${at(gap.intervalEndMs)} interval cannot be judged`;
    return unknown(pipeline.id, reason, lastRun, warnings);
  }
  const status = evaluateVerified(schedule, slaMs, history, nowMs, at, pausedText(reading.definition));
  const staleAt = fetchedMs + options.staleAfterMs;
  // The data itself expires: once it is too old the pipeline turns unknown, a change by time alone.
  const changesAt = Math.min(status.changesAtMs ?? Infinity, staleAt);
  return {
    pipelineId: pipeline.id,
    ...status.verdict,
    lastRun,
    verified: true,
    newestSuccess: history.successes.length ? isoOf(history.successes.at(-1)!.intervalEndMs) : null,
    warnings,
    changesAt: Number.isFinite(changesAt) ? isoOf(changesAt) : null,
  };
}

/**
 * Where an incomplete read leaves the verdict without its evidence: the oldest interval the verdict
 * needs (the newest one past its deadline, else the oldest still in flight) can have runs dated at
 * the source from the tick before it (Airflow 2 dates a run by its interval's start). When the read
 * is complete only from later than that, a missing success cannot be told from a missed interval.
 */
function coverageGap(coverage: ReadingCoverage | undefined, schedule: Schedule, slaMs: number, nowMs: number): { fromMs: number; intervalEndMs: number } | null {
  if (!coverage || coverage.complete) return null;
  const fromMs = instantMs(coverage.from);
  const oldest = schedule.atOrBefore(nowMs - slaMs) ?? schedule.after(nowMs - slaMs);
  if (oldest === null || oldest > nowMs) return null;
  const needed = schedule.atOrBefore(oldest - 1) ?? oldest;
  return Number.isNaN(fromMs) || fromMs > needed ? { fromMs: Number.isNaN(fromMs) ? nowMs : fromMs, intervalEndMs: oldest } : null;
}

interface Verdict {
  state: PipelineState;
  reason: string;
  deadline: string | null;
  conditions: AlertCondition[];
}

/** A candidate state with the deadline it concerns; the most severe one becomes the pipeline's state. */
interface Finding {
  state: PipelineState;
  reason: string;
  deadlineMs: number | null;
}

function evaluateVerified(
  schedule: Schedule,
  slaMs: number,
  history: RunHistory,
  nowMs: number,
  at: (ms: number) => string,
  paused: string | null,
): { verdict: Verdict; changesAtMs: number | null } {
  const findings: Finding[] = [];
  const conditions: AlertCondition[] = [];
  const changes: number[] = [];
  const newestSuccessMs = history.successes.at(-1)?.intervalEndMs ?? -Infinity;
  // A paused DAG explains late and missing runs: every reason says so first.
  const say = (text: string) => (paused ? `${paused}; ${text}` : text);

  // Failed: the latest attempt of what the pipeline is doing now (backfills aside) failed, and no later attempt of it runs or succeeded.
  const current = history.current;
  const failedTick = current?.run.state === "failed" ? current.intervalEndMs : null;
  if (current && failedTick !== null) {
    const reason = say(`${subjectOf(current, history, at, "failure")} failed${endedAt(current, at)}; no later attempt of it is running or succeeded`);
    findings.push({ state: "failed", reason, deadlineMs: failedTick + slaMs });
    conditions.push({ kind: "failed", intervalEnd: isoOf(failedTick), reason });
  }

  // The newest interval whose deadline has passed: late unless it, or a later interval, succeeded.
  const due = schedule.atOrBefore(nowMs - slaMs);
  if (due !== null && newestSuccessMs < due) {
    const deadlineMs = due + slaMs;
    const reason = say(`${at(due)} interval missed its ${at(deadlineMs)} deadline by ${formatDuration(nowMs - deadlineMs)}; ${attemptText(history.byIntervalEnd.get(due), history, at)}`);
    findings.push({ state: "late", reason, deadlineMs });
    conditions.push({ kind: "late", intervalEnd: isoOf(due), reason });
  }

  // Intervals whose data is available and whose deadline is still ahead.
  for (const tick of schedule.ticksBetween(nowMs - slaMs, nowMs)) {
    const timed = history.byIntervalEnd.get(tick);
    // Delivered: by a success of this interval (it decides its tick) or of a later one.
    if (newestSuccessMs >= tick) continue;
    const deadlineMs = tick + slaMs;
    changes.push(deadlineMs);
    // The failed attempt of the current interval (it decides that tick) is the failed rule's business until its deadline passes.
    if (tick === failedTick) continue;
    const risk = timed?.run.state === "failed" ? notRetried(timed, history, deadlineMs, at) : riskOf(timed, history, tick, deadlineMs, nowMs, at);
    if (risk.changeAtMs !== undefined) changes.push(risk.changeAtMs);
    const reason = say(risk.reason);
    if (risk.kind === "at-risk") {
      findings.push({ state: "at-risk", reason, deadlineMs });
      conditions.push({ kind: "at-risk", intervalEnd: isoOf(tick), reason });
    } else {
      findings.push({ state: risk.kind === "running" ? "running" : "healthy", reason, deadlineMs });
    }
  }

  const next = schedule.after(nowMs);
  if (next !== null) changes.push(next + AT_RISK_AFTER_MS);
  // The first of the most severe findings is the one with the earliest deadline; with none, the pipeline is idle.
  const worst = findings.length > 0 ? findings.reduce((a, b) => (STATE_SEVERITY[b.state] > STATE_SEVERITY[a.state] ? b : a)) : idle(history, next, slaMs, at, say);
  // Every instant pushed is after now: deadlines of ticks in flight, an unstarted run's threshold, a stuck run's, the next tick's.
  const changesAtMs = changes.reduce((a, b) => Math.min(a, b), Infinity);
  return {
    verdict: { state: worst.state, reason: worst.reason, deadline: worst.deadlineMs !== null ? isoOf(worst.deadlineMs) : null, conditions },
    changesAtMs: Number.isFinite(changesAtMs) ? changesAtMs : null,
  };
}

/** The healthy finding of a pipeline with nothing due or in flight: what it last delivered, and when data comes next. */
function idle(history: RunHistory, next: number | null, slaMs: number, at: (ms: number) => string, say: (text: string) => string): Finding {
  const done = history.successes.at(-1);
  const delivered = done ? `${at(done.intervalEndMs)} interval delivered${isScheduled(done) ? "" : ` by ${runName(done)}`}${endedAt(done, at)}` : "no interval due yet";
  return { state: "healthy", reason: say(`${delivered}; next data ${next !== null ? at(next) : "never (schedule has no future tick)"}`), deadlineMs: next !== null ? next + slaMs : null };
}

function isScheduled(timed: TimedRun): boolean {
  return (timed.run.runType ?? "scheduled") === "scheduled";
}

/** "run X" for a scheduled run, "manual run X" (backfill, triggered) for the others. */
function runName(timed: TimedRun): string {
  return `${isScheduled(timed) ? "" : `${timed.run.runType} `}run ${timed.run.runId}`;
}

/** True when an earlier attempt of the same interval exists: this one is a retry. */
function isRetry(timed: TimedRun, history: RunHistory): boolean {
  const startMs = timed.startMs ?? timed.intervalEndMs;
  // Strictly earlier, so the run itself never counts.
  return history.attemptsOf(timed.intervalEndMs).some((other) => (other.startMs ?? other.intervalEndMs) < startMs);
}

/**
 * A run with the interval it works on: "06:00 UTC interval" for a scheduled run in flight, "run X
 * (06:00 UTC interval)" for a scheduled failure, "manual run X, retrying the 06:00 UTC interval," otherwise.
 */
function subjectOf(timed: TimedRun, history: RunHistory, at: (ms: number) => string, context: "in-flight" | "failure"): string {
  const interval = `${at(timed.intervalEndMs)} interval`;
  if (isScheduled(timed)) return context === "failure" ? `${runName(timed)} (${interval})` : interval;
  const relation = timed.run.runType === "backfill" ? "backfilling" : isRetry(timed, history) ? "retrying" : "for";
  return `${runName(timed)}, ${relation} the ${interval},`;
}

function endedAt(timed: TimedRun, at: (ms: number) => string): string {
  return timed.endMs !== null ? ` at ${at(timed.endMs)}` : "";
}

/** What the latest attempt of a missed interval is doing, for the late reason. */
function attemptText(timed: TimedRun | undefined, history: RunHistory, at: (ms: number) => string): string {
  if (!timed) return "no run yet";
  const name = `${runName(timed)}${isRetry(timed, history) ? " (a retry)" : ""}`;
  if (timed.run.state === "running" && timed.startMs !== null) return `${name} running since ${at(timed.startMs)}`;
  if (timed.run.state === "failed") return `${name} failed${endedAt(timed, at)}`;
  return `${name} ${timed.run.state}`;
}

/** How an in-flight interval stands: at risk, running on track, or pending; with the instant that would change it. */
interface Risk {
  kind: "at-risk" | "running" | "pending";
  reason: string;
  changeAtMs?: number;
}

/** An older interval whose run failed while a newer one is underway: nothing redoes it unless someone does, so its deadline is at risk. */
function notRetried(timed: TimedRun, history: RunHistory, deadlineMs: number, at: (ms: number) => string): Risk {
  return { kind: "at-risk", reason: `${subjectOf(timed, history, at, "failure")} failed${endedAt(timed, at)} and has not been retried; deadline ${at(deadlineMs)}` };
}

/** How an in-flight, not yet successful interval stands. */
function riskOf(timed: TimedRun | undefined, history: RunHistory, tick: number, deadlineMs: number, nowMs: number, at: (ms: number) => string): Risk {
  // A queued run has not started, whatever start instant its source reports.
  const started = timed && timed.run.state !== "queued" ? timed.startMs : null;
  if (started === null) {
    if (nowMs >= tick + AT_RISK_AFTER_MS) {
      return { kind: "at-risk", reason: `${at(tick)} interval not started ${formatDuration(nowMs - tick)} after its data became available; deadline ${at(deadlineMs)}` };
    }
    return { kind: "pending", reason: `waiting for the ${at(tick)} run (deadline ${at(deadlineMs)})`, changeAtMs: tick + AT_RISK_AFTER_MS };
  }
  const subject = subjectOf(timed!, history, at, "in-flight");
  const typicalMs = history.typicalDurationMs;
  let changeAtMs: number | undefined;
  if (typicalMs !== null) {
    // Running past its typical duration, the run cannot end before now: project from whichever is later.
    const projectedMs = Math.max(started + typicalMs, nowMs);
    if (projectedMs > deadlineMs) {
      return { kind: "at-risk", reason: `${subject} running since ${at(started)}; typically takes ${formatDuration(typicalMs)}, so ends ~${at(projectedMs)}, after its ${at(deadlineMs)} deadline` };
    }
    // Far past its usual duration a run is stuck, whatever the deadline: say so before it turns late.
    const stuckAtMs = started + STUCK_FACTOR * typicalMs;
    if (nowMs > stuckAtMs) {
      return { kind: "at-risk", reason: `${subject} running ${formatDuration(nowMs - started)}, usually ${formatDuration(typicalMs)}: its end cannot be predicted; deadline ${at(deadlineMs)}` };
    }
    changeAtMs = stuckAtMs + 1;
  }
  const running = isScheduled(timed!) ? `running since ${at(started)}` : `running ${formatDuration(nowMs - started)}`;
  return { kind: "running", reason: `${subject} ${running}; deadline ${at(deadlineMs)}`, changeAtMs };
}
