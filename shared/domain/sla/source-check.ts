/** One pipeline compared with its source once (`oncall-desk check-sources`): does the DAG or application exist, and does it run the workspace's schedule? */
import type { PipelineReading } from "../runs";
import type { Pipeline, SourceKind } from "../workspace-schema";
import { driftText, pausedText } from "./pipeline-warnings";

/**
 * ok: the source knows the pipeline and nothing differs; drift: it runs another schedule; not-found:
 * the DAG or application does not exist there; unreadable: the source could not be asked; simulated:
 * a demo source, nothing to compare.
 */
export type SourceCheckResult = "ok" | "drift" | "not-found" | "unreadable" | "simulated";

/** How one pipeline compares with its source. */
export interface SourceCheck {
  pipelineId: string;
  sourceId: string;
  result: SourceCheckResult;
  /** What was found, one line each (the drift, a paused DAG, the error); empty when there is nothing to say. */
  notes: string[];
}

/** The exit code of a check of every pipeline: 1 on drift or a DAG/application not found, else 3 when a source could not be read, else 0. */
export function sourceCheckExitCode(checks: readonly SourceCheck[]): number {
  const results = new Set(checks.map((c) => c.result));
  if (results.has("drift") || results.has("not-found")) return 1;
  if (results.has("unreadable")) return 3;
  return 0;
}

/** Compares `pipeline` with what its source said in `reading` (one read of a source of `kind`). */
export function checkPipelineSource(pipeline: Pipeline, kind: SourceKind, reading: PipelineReading | undefined): SourceCheck {
  const base = { pipelineId: pipeline.id, sourceId: pipeline.source.id };
  if (kind === "demo") return { ...base, result: "simulated", notes: ["demo source: simulated runs, nothing to compare"] };
  if (!reading) return { ...base, result: "unreadable", notes: [`source ${pipeline.source.id} gave no reading`] };
  if (!reading.ok) {
    // Airflow says 404 for a DAG it does not have; the source turns that into a config error with the status.
    const notFound = reading.error.kind === "config" && reading.error.status === 404;
    return { ...base, result: notFound ? "not-found" : "unreadable", notes: [reading.error.message] };
  }
  const notes: string[] = [];
  const paused = pausedText(reading.definition);
  if (paused) notes.push(`${paused}: the scheduler starts no new runs`);
  const drift = driftText(pipeline.schedule, reading.definition);
  if (drift) return { ...base, result: "drift", notes: [drift, ...notes] };
  // Spark's History Server cannot be asked for an application by name: none in the whole window means none by that name.
  if (kind === "spark-history" && reading.runs.length === 0 && !reading.unattributed?.length) {
    const complete = reading.coverage?.complete !== false;
    const why = `no application named ${pipeline.source.app_name} on source ${pipeline.source.id} in the last 31 days`;
    return complete ? { ...base, result: "not-found", notes: [why, ...notes] } : { ...base, result: "unreadable", notes: [`${why} read so far; ${reading.coverage?.note ?? "the read is incomplete"}`, ...notes] };
  }
  if (reading.definition) notes.unshift(`${reading.definition.name} runs "${reading.definition.schedule}" as the workspace says`);
  return { ...base, result: "ok", notes };
}
