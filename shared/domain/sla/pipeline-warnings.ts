/** What the engineer should know about a pipeline besides its state: a paused DAG, schedule drift, an incomplete read, runs without an interval. */
import type { PipelineReading, SourceDefinition } from "../runs";
import type { Pipeline } from "../workspace-schema";
import { instantMs } from "./instant";
import { sameSchedule } from "./schedule-drift";
import type { PipelineWarning } from "./types";

/** Runs without an interval named one by one; the rest are counted. */
const NAMED_UNATTRIBUTED = 3;

type OkReading = Extract<PipelineReading, { ok: true }>;

/** "DAG aggregate_profit is paused in Airflow", or null when it is not (or the source does not say). */
export function pausedText(definition: SourceDefinition | undefined): string | null {
  return definition?.paused === true ? `${definition.name} is paused in ${definition.system}` : null;
}

/** How the source's own schedule differs from the workspace's cron, or null when they agree (or the source states none). */
export function driftText(workspaceCron: string, definition: SourceDefinition | undefined): string | null {
  if (!definition || sameSchedule(workspaceCron, definition.schedule)) return null;
  const theirs = definition.schedule === null ? "no schedule" : `"${definition.schedule}"`;
  const words = definition.scheduleText ? ` (${definition.scheduleText})` : "";
  return `${definition.system} runs ${definition.name} on ${theirs}${words}, but the workspace expects "${workspaceCron}"`;
}

/** The warnings of an ok reading of `pipeline`; instants written with `at` (the workspace's zone). */
export function readingWarnings(pipeline: Pick<Pipeline, "schedule">, reading: OkReading, at: (ms: number) => string): PipelineWarning[] {
  const warnings: PipelineWarning[] = [];
  const paused = pausedText(reading.definition);
  if (paused) warnings.push({ kind: "paused", text: `${paused}: the scheduler starts no new runs` });
  const drift = driftText(pipeline.schedule, reading.definition);
  if (drift) warnings.push({ kind: "schedule-drift", text: drift });
  const coverage = reading.coverage;
  if (coverage && !coverage.complete) {
    const fromMs = instantMs(coverage.from);
    // An unreadable start must not throw (formatting NaN does): the verdict treats it as nothing read completely.
    const since = Number.isNaN(fromMs) ? `history read incompletely; its start "${coverage.from}" is not an instant` : `history read completely only back to ${at(fromMs)}`;
    warnings.push({ kind: "incomplete-read", text: `${since}${coverage.note ? `: ${coverage.note}` : ""}` });
  }
  const unattributed = reading.unattributed ?? [];
  for (const run of unattributed.slice(0, NAMED_UNATTRIBUTED)) warnings.push({ kind: "unattributed-run", text: `run ${run.runId} has no interval: ${run.note}` });
  if (unattributed.length > NAMED_UNATTRIBUTED) {
    const more = unattributed.length - NAMED_UNATTRIBUTED;
    warnings.push({ kind: "unattributed-run", text: `${more} more run${more === 1 ? "" : "s"} without an interval` });
  }
  return warnings;
}
