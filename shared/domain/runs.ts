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
   * The interval the run is attributed to, by its end (when that interval's data became available):
   * a scheduled or backfill run's data interval; a manual or triggered run's data interval, else the
   * newest interval available at or before its trigger time (the one it redoes); a Spark
   * application's tick at or before its first attempt's start. See shared/domain/sla/attribute-run.ts.
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
  /**
   * False when the read stopped early (a page cap, a crowded server): runs whose date at the source
   * (Airflow's sort key, a Spark attempt's start) is before `from` may be missing.
   */
  complete: boolean;
  /** Why it is incomplete, for a human. */
  note?: string;
}

/**
 * A run the source reported that belongs to no interval of the workspace's schedule (a manual run
 * with no interval and no trigger time, an http-json item without its interval field). It is kept
 * and shown as a warning; it never discards the pipeline's other runs.
 */
export interface UnattributedRun {
  runId: string;
  state: RunState;
  start: string | null;
  end: string | null;
  runType?: RunType;
  /** Why it has no interval, for a human ("a manual run with no data interval and no run_after"). */
  note: string;
}

/** What a source says about the pipeline itself (Airflow's DAG): whether it is paused and the schedule it really runs. */
export interface SourceDefinition {
  /** What the source calls it and its id there, for messages: `DAG aggregate_profit`. */
  name: string;
  /** The system, for messages: `Airflow`. */
  system: string;
  /** True when the scheduler starts no new runs (Airflow `is_paused`); null when the source does not say. */
  paused: boolean | null;
  /**
   * The schedule as the source writes it: a cron expression or preset (`0 6 * * *`, `@daily`),
   * Airflow's words for anything else (`None`, `Asset`, `1 day, 0:00:00`); null when it states none.
   */
  schedule: string | null;
  /** The source's own description of the schedule (Airflow `timetable_description`), when given. */
  scheduleText?: string | null;
}

/** The runs of one pipeline as last read, or why they could not be. */
export type PipelineReading =
  | {
      pipelineId: string;
      ok: true;
      runs: PipelineRun[];
      fetchedAt: string;
      coverage?: ReadingCoverage;
      /** Runs that could not be placed on an interval, each with why; absent when none. */
      unattributed?: UnattributedRun[];
      /** The pipeline's definition at the source (Airflow sources read the DAG); absent when the source has none. */
      definition?: SourceDefinition;
    }
  | { pipelineId: string; ok: false; error: SourceError; fetchedAt: string };
