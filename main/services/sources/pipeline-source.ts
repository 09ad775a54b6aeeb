/** The contract every source (airflow, spark-history, http-json, demo) implements. */
import type { Pipeline } from "../../../shared/domain/workspace-schema";
import type { PipelineReading } from "../../../shared/domain/runs";

/** What a read may use: the instant it runs at and a signal that aborts it (timeout, stop). */
export interface ReadContext {
  now: Date;
  signal: AbortSignal;
}

/** A configured source of pipeline runs. */
export interface PipelineSource {
  readonly id: string;
  readonly kind: "demo" | "airflow" | "spark-history" | "http-json";
  /**
   * Reads recent runs (at least the last 30 days where the API allows) of each given pipeline.
   * Never throws: a failure comes back as a reading with `ok: false` and a plain reason
   * naming the source, one per pipeline.
   */
  read(pipelines: Pipeline[], ctx: ReadContext): Promise<PipelineReading[]>;
}
