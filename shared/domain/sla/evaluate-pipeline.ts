/** The SLA rules: one pipeline's state now, with a reason, the deadline that matters and its alert conditions. */
import { durationMs, formatDuration } from "../duration";
import type { Pipeline } from "../workspace-schema";
import type { PipelineReading, PipelineRun } from "../runs";
import type { AlertCondition, PipelineState, PipelineStatus } from "./types";
import { STATE_SEVERITY } from "./types";
import { instantMs, isoOf } from "./instant";
import { runHistory, type RunHistory, type TimedRun } from "./run-history";
import type { RunIndex } from "./run-index";
import { scheduleFor, type Schedule } from "./schedule";
import { zoneText } from "./zone-text";

/** A run not started this long after its data became available puts its deadline at risk. */
export const AT_RISK_AFTER_MS = 15 * 60_000;

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


function unknown(pipelineId: string, reason: string, lastRun: PipelineStatus["lastRun"], changesAt: string | null = null): PipelineStatus {
  return {
    pipelineId,
    state: "unknown",
    reason,
    deadline: null,
    lastRun,
    verified: false,
    newestSuccess: null,
    warnings: [],
    conditions: [{ kind: "unknown", intervalEnd: null, reason }],
    changesAt,
  };
}

/** Evaluates `pipeline` at `options.now` from its reading; never healthy unless the reading is fresh and ok. */
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
  const fetchedMs = instantMs(reading.fetchedAt);
  const ageMs = nowMs - fetchedMs;
  // At two poll intervals old, a second poll has been missed: from that instant on, unverified.
  if (!(ageMs < options.staleAfterMs)) {
    return unknown(pipeline.id, `data from source ${source} is ${formatDuration(ageMs)} old (read at ${at(fetchedMs)}); it cannot be trusted`, lastRun);
  }
  let schedule: Schedule;
  try {
    schedule = scheduleFor(pipeline.schedule);
  } catch (error) {
    return unknown(pipeline.id, `schedule "${pipeline.schedule}" cannot be read: ${error instanceof Error ? error.message : String(error)}`, lastRun);
  }
  const status = evaluateVerified(pipeline, schedule, history, nowMs, at);
  const staleAt = fetchedMs + options.staleAfterMs;
  // The data itself expires: once it is too old the pipeline turns unknown, a change by time alone.
  const changesAt = Math.min(status.changesAtMs ?? Infinity, staleAt);
  return {
    pipelineId: pipeline.id,
    ...status.verdict,
    lastRun,
    verified: true,
    newestSuccess: history.successes.length ? isoOf(history.successes.at(-1)!.intervalEndMs) : null,
    warnings: [],
    changesAt: Number.isFinite(changesAt) ? isoOf(changesAt) : null,
  };
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
  pipeline: Pipeline,
  schedule: Schedule,
  history: RunHistory,
  nowMs: number,
  at: (ms: number) => string,
): { verdict: Verdict; changesAtMs: number | null } {
  const slaMs = durationMs(pipeline.sla);
  const findings: Finding[] = [];
  const conditions: AlertCondition[] = [];
  const changes: number[] = [];
  const newestSuccessMs = history.successes.at(-1)?.intervalEndMs ?? -Infinity;

  const latest = history.latest;
  if (latest?.run.state === "failed" && !(history.lastSuccessEndMs !== null && history.lastSuccessEndMs > (latest.endMs ?? latest.startMs ?? latest.intervalEndMs))) {
    const reason = `run ${latest.run.runId} (${at(latest.intervalEndMs)} interval) failed${latest.endMs !== null ? ` at ${at(latest.endMs)}` : ""}; nothing has succeeded since`;
    findings.push({ state: "failed", reason, deadlineMs: latest.intervalEndMs + slaMs });
    conditions.push({ kind: "failed", intervalEnd: isoOf(latest.intervalEndMs), reason });
  }

  // The newest interval whose deadline has passed: late unless it, or a later interval, succeeded.
  const due = schedule.atOrBefore(nowMs - slaMs);
  if (due !== null && newestSuccessMs < due) {
    const deadlineMs = due + slaMs;
    const reason = `${at(due)} interval missed its ${at(deadlineMs)} deadline by ${formatDuration(nowMs - deadlineMs)}; ${attemptText(history.byIntervalEnd.get(due), at)}`;
    findings.push({ state: "late", reason, deadlineMs });
    conditions.push({ kind: "late", intervalEnd: isoOf(due), reason });
  }

  // Intervals whose data is available and whose deadline is still ahead.
  for (const tick of schedule.ticksBetween(nowMs - slaMs, nowMs)) {
    const timed = history.byIntervalEnd.get(tick);
    if (timed?.run.state === "success" || newestSuccessMs > tick) continue;
    const deadlineMs = tick + slaMs;
    changes.push(deadlineMs);
    // A failed attempt is the failed rule's business until its deadline passes.
    if (timed?.run.state === "failed") continue;
    const risk = riskOf(timed, tick, deadlineMs, history.typicalDurationMs, nowMs, at);
    if (risk.kind === "at-risk") {
      findings.push({ state: "at-risk", reason: risk.reason, deadlineMs });
      conditions.push({ kind: "at-risk", intervalEnd: isoOf(tick), reason: risk.reason });
    } else if (risk.kind === "running") {
      findings.push({ state: "running", reason: risk.reason, deadlineMs });
    } else {
      changes.push(tick + AT_RISK_AFTER_MS);
      findings.push({ state: "healthy", reason: risk.reason, deadlineMs });
    }
  }

  const next = schedule.after(nowMs);
  if (next !== null) changes.push(next + AT_RISK_AFTER_MS);
  if (findings.length === 0) {
    const done = history.successes.at(-1);
    const delivered = done ? `${at(done.intervalEndMs)} interval delivered${done.endMs !== null ? ` at ${at(done.endMs)}` : ""}` : "no interval due yet";
    findings.push({ state: "healthy", reason: `${delivered}; next data ${next !== null ? at(next) : "never (schedule has no future tick)"}`, deadlineMs: next !== null ? next + slaMs : null });
  }

  const worst = findings.reduce((a, b) => (STATE_SEVERITY[b.state] > STATE_SEVERITY[a.state] ? b : a));
  const changesAtMs = changes.filter((c) => c > nowMs).reduce((a, b) => Math.min(a, b), Infinity);
  return {
    verdict: { state: worst.state, reason: worst.reason, deadline: worst.deadlineMs !== null ? isoOf(worst.deadlineMs) : null, conditions },
    changesAtMs: Number.isFinite(changesAtMs) ? changesAtMs : null,
  };
}

/** What the latest attempt of a missed interval is doing, for the late reason. */
function attemptText(timed: TimedRun | undefined, at: (ms: number) => string): string {
  if (!timed) return "no run yet";
  if (timed.run.state === "running" && timed.startMs !== null) return `running since ${at(timed.startMs)}`;
  if (timed.run.state === "failed") return "its run failed";
  return `run ${timed.run.state}`;
}

/** How an in-flight, not yet successful interval stands: at risk, running on track, or pending. */
function riskOf(
  timed: TimedRun | undefined,
  tick: number,
  deadlineMs: number,
  typicalMs: number | null,
  nowMs: number,
  at: (ms: number) => string,
): { kind: "at-risk" | "running" | "pending"; reason: string } {
  const started = timed && timed.startMs !== null && timed.run.state !== "queued" ? timed.startMs : null;
  if (started === null) {
    if (nowMs >= tick + AT_RISK_AFTER_MS) {
      return { kind: "at-risk", reason: `${at(tick)} interval not started ${formatDuration(nowMs - tick)} after its data became available; deadline ${at(deadlineMs)}` };
    }
    return { kind: "pending", reason: `waiting for the ${at(tick)} run (deadline ${at(deadlineMs)})` };
  }
  if (typicalMs !== null) {
    // Running past its typical duration, the run cannot end before now: project from whichever is later.
    const projectedMs = Math.max(started + typicalMs, nowMs);
    if (projectedMs > deadlineMs) {
      return {
        kind: "at-risk",
        reason: `running since ${at(started)}; typically takes ${formatDuration(typicalMs)}, so ends ~${at(projectedMs)}, after its ${at(deadlineMs)} deadline`,
      };
    }
  }
  return { kind: "running", reason: `${at(tick)} interval running since ${at(started)}; deadline ${at(deadlineMs)}` };
}
