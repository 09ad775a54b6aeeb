/** Evaluates every pipeline of a workspace at once, and says when that evaluation next changes by time alone. */
import { durationMs } from "../duration";
import type { Pipeline, SourceConfig } from "../workspace-schema";
import type { PipelineReading } from "../runs";
import type { PipelineStatus } from "./types";
import { evaluatePipeline } from "./evaluate-pipeline";
import type { RunIndex } from "./run-index";

/** How often a source is polled when the workspace does not say. */
export const DEFAULT_POLL = "60s";

/** A source's poll interval in milliseconds. */
export function pollIntervalMs(source: Pick<SourceConfig, "poll"> | undefined): number {
  return durationMs(source?.poll ?? DEFAULT_POLL);
}

/** Everything `evaluatePipelines` reads. Readings are keyed by pipeline id. */
export interface WorkspaceReadings {
  pipelines: readonly Pipeline[];
  sources: readonly SourceConfig[];
  readings: ReadonlyMap<string, PipelineReading>;
  /** Last successful readings, for display while a source is down. */
  lastGood?: ReadonlyMap<string, PipelineReading>;
  /** Histories kept across polls, so that a poll re-reads only the runs that changed. */
  runIndex?: RunIndex;
  /** The zone reasons are written in: the workspace's timezone (UTC when absent). */
  zone?: string;
}

/** Every pipeline's status at `now`; data older than two poll intervals of its source is unverified. */
export function evaluatePipelines(input: WorkspaceReadings, now: Date): PipelineStatus[] {
  // Durations are parsed per source, not per pipeline: a thousand pipelines share a handful.
  const staleAfterMs = new Map(input.sources.map((s) => [s.id, 2 * pollIntervalMs(s)]));
  return input.pipelines.map((pipeline) =>
    evaluatePipeline(pipeline, input.readings.get(pipeline.id), {
      now,
      staleAfterMs: staleAfterMs.get(pipeline.source.id) ?? 2 * pollIntervalMs(undefined),
      lastGood: input.lastGood?.get(pipeline.id),
      runIndex: input.runIndex,
      zone: input.zone,
    }),
  );
}

/** The next instant at which some pipeline's state changes by time alone (a deadline, an at-risk threshold, data going stale), or null. */
export function nextDeadline(statuses: readonly PipelineStatus[]): Date | null {
  let next: string | null = null;
  // ISO strings in UTC with `Z` compare as instants.
  for (const s of statuses) if (s.changesAt !== null && (next === null || s.changesAt < next)) next = s.changesAt;
  return next === null ? null : new Date(next);
}
