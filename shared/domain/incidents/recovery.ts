/**
 * Recovery actions of an incident (the seed's "automated recovery steps where possible"): the run
 * they act on, the actions offered for it, and what clearing its failed tasks did, as the timeline
 * records it. Pure: the HTTP calls and URLs are main's (main/services/recovery/).
 */
import type { PipelineReading, PipelineRun } from "../runs";
import type { SourceKind } from "../workspace-schema";
import type { Incident } from "./fold-incident";
import type { RecoveryEvent } from "./incident-events";
import { utcTime } from "./incident-text";

/** The `action` of the recovery events a clear records. */
export const CLEAR_FAILED_TASKS = "clear-failed-tasks";

/** The run recovery acts on, as the monitor last read it. */
export type RecoveryRun = Pick<PipelineRun, "runId" | "state" | "intervalEnd" | "start" | "end">;

/** The incident's run, or why there is none to act on. */
export type IncidentRunChoice = { run: RecoveryRun; reason?: undefined } | { run: null; reason: string };

/** One action offered on an incident; `open-*` actions carry the URL main lets the window open in the browser. */
export type RecoveryAction =
  | { kind: "open-airflow-run"; label: string; url: string; runId: string }
  | { kind: "clear-failed-tasks"; label: string; runId: string; dagId: string }
  | { kind: "open-spark-application"; label: string; url: string; appId: string };

/** What recovery offers an incident now. */
export interface RecoveryOptions {
  incidentId: string;
  pipelineId: string;
  /** The source the pipeline reads (null when the workspace no longer has the pipeline or its source). */
  source: { id: string; kind: SourceKind; api: "v1" | "v2" | null } | null;
  /** The run the actions act on; null when there is none (see `notes`). */
  run: RecoveryRun | null;
  actions: RecoveryAction[];
  /** Why an action is not offered, one plain line each: no run to act on, a run that did not fail, a source kind without actions. */
  notes: string[];
}

/** A task instance a clear touched, or would touch. */
export interface ClearedTask {
  taskId: string;
  /** The index of one instance of a mapped task; null when unmapped or when the API does not say (v1). */
  mapIndex: number | null;
  /** Its state as the answer gave it (v2 only; v1 answers references without a state). */
  state: string | null;
}

/** What a dry run or a real clear of a run's failed tasks came to. */
export interface ClearOutcome {
  dryRun: boolean;
  /** `refused`: the account may not clear (403); `failed`: anything else that went wrong. */
  outcome: RecoveryEvent["outcome"];
  /** One line for people: what happened or why not. */
  detail: string;
  sourceId: string;
  dagId: string;
  runId: string;
  taskInstances: ClearedTask[];
}

/** `load` or, for one instance of a mapped task, `load[2]`. */
export function taskLabel(task: Pick<ClearedTask, "taskId" | "mapIndex">): string {
  return task.mapIndex === null || task.mapIndex < 0 ? task.taskId : `${task.taskId}[${task.mapIndex}]`;
}

/** The timeline's record of a clear (dry run or real, whatever its outcome). */
export function clearEvent(outcome: ClearOutcome, by: string, at: string): RecoveryEvent {
  return {
    type: "recovery",
    at,
    by,
    action: CLEAR_FAILED_TASKS,
    target: outcome.runId,
    dryRun: outcome.dryRun,
    outcome: outcome.outcome,
    detail: outcome.detail,
    items: outcome.taskInstances.map(taskLabel),
  };
}

/** The detail line of a clear Airflow answered: what it cleared, or would. */
export function clearedDetail(dryRun: boolean, count: number, where: string): string {
  if (count === 0) return `no failed task instances to clear (${where})`;
  const tasks = `${count} task instance${count === 1 ? "" : "s"}`;
  return dryRun ? `would clear ${tasks} (${where})` : `cleared ${tasks}; Airflow queues the run again (${where})`;
}

const ms = (iso: string) => Date.parse(iso);

/** Newest start first; runs not started yet last. */
function latestStarted(runs: readonly RecoveryRun[]): RecoveryRun | undefined {
  return [...runs].sort((a, b) => (b.start === null ? -Infinity : ms(b.start)) - (a.start === null ? -Infinity : ms(a.start)))[0];
}

/**
 * The run an incident answers, from the pipeline's last reading: for the intervals its alerts are
 * about (newest first), the latest failed attempt; without a failed one, the latest run of the
 * newest of those intervals that has one (a run still going, for opening it). Plainly why not when
 * the incident answers no alert about an interval, the reading is missing or failed, or no run of
 * those intervals was read.
 */
export function incidentRun(incident: Pick<Incident, "id" | "pipelineId" | "alerts">, reading: PipelineReading | undefined): IncidentRunChoice {
  const pipeline = incident.pipelineId;
  const intervals = [...new Set(incident.alerts.flatMap((a) => (a.intervalEnd === null ? [] : [ms(a.intervalEnd)])))].sort((a, b) => b - a);
  if (intervals.length === 0) return { run: null, reason: `incident ${incident.id} answers no alert about an interval of ${pipeline}, so there is no run to act on` };
  if (!reading) return { run: null, reason: `the source of ${pipeline} has not been read yet, so its runs are not known` };
  if (!reading.ok) return { run: null, reason: `the last reading of ${pipeline} failed (${reading.error.message}), so its runs are not known` };
  const runsOf = (interval: number) => reading.runs.filter((r) => ms(r.intervalEnd) === interval);
  for (const interval of intervals) {
    const failed = latestStarted(runsOf(interval).filter((r) => r.state === "failed"));
    if (failed) return { run: pick(failed) };
  }
  for (const interval of intervals) {
    const any = latestStarted(runsOf(interval));
    if (any) return { run: pick(any) };
  }
  const which = `interval${intervals.length === 1 ? "" : "s"} ending ${intervals.map((i) => utcTime(new Date(i).toISOString())).join(", ")}`;
  return { run: null, reason: `no run of ${pipeline} for the ${which} was in the last reading (${utcTime(reading.fetchedAt)}): it has not started, so there is no run to act on` };
}

function pick(run: RecoveryRun): RecoveryRun {
  const { runId, state, intervalEnd, start, end } = run;
  return { runId, state, intervalEnd, start, end };
}
