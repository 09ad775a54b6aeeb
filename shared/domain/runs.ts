/** Pipeline runs as every source reports them, normalised: the contract between sources and the SLA engine. */

/** State of one run, whatever the source called it. */
export type RunState = "queued" | "running" | "success" | "failed";

/**
 * Why a run exists, whatever the source called it: Airflow's `run_type` normalised
 * (`dataset_triggered`, `asset_triggered` and `asset_materialization` are all `triggered`).
 * Sources that cannot tell (Spark, most HTTP endpoints) report `scheduled`.
 */
export type RunType = "scheduled" | "manual" | "backfill" | "triggered";

/** One run of one pipeline. All instants are ISO 8601 strings with an offset. */
export interface PipelineRun {
  pipelineId: string;
  /** The source's id for the run (dag_run_id, Spark app id + attempt, …). */
  runId: string;
  state: RunState;
  /**
   * When the run's data became available: the end of its data interval (Airflow 2
   * `data_interval_end`, Airflow 3 `run_after`), i.e. the scheduled tick the run belongs to.
   */
  intervalEnd: string;
  start: string | null;
  end: string | null;
  /** Why the run exists; absent when the source does not say (read as `scheduled`). */
  runType?: RunType;
  /** Share of complete records the run delivered (0..1), when the source reports it (an http-json `mapping.completeness`). */
  completeness?: number;
  /** Share of accurate records the run delivered (0..1), when the source reports it (an http-json `mapping.accuracy`). */
  accuracy?: number;
}

/** Why a source could not be read: the source and a plain reason, never a stack trace. */
export interface SourceError {
  sourceId: string;
  /** timeout | http | auth | parse | network | config | rate-limit */
  kind: "timeout" | "http" | "auth" | "parse" | "network" | "config" | "rate-limit";
  message: string;
  /** HTTP status when there was one. */
  status?: number;
  /** Milliseconds the server asked us to wait (Retry-After), when it did. */
  retryAfterMs?: number;
}

/** How much history a reading holds: from when, and whether the read got everything the source has since then. */
export interface ReadingCoverage {
  /** The oldest instant the runs are complete from (ISO). */
  from: string;
  /** False when the read stopped early (a page cap, a crowded server): older runs may be missing. */
  complete: boolean;
  /** Why it is incomplete, for a human. */
  note?: string;
}

/** The runs of one pipeline as last read, or why they could not be. */
export type PipelineReading =
  | { pipelineId: string; ok: true; runs: PipelineRun[]; fetchedAt: string; coverage?: ReadingCoverage }
  | { pipelineId: string; ok: false; error: SourceError; fetchedAt: string };
