/** What Airflow v1 and v2 share: the DAGRun page shape, state mapping, paging of 30 days, and the DAG id of a pipeline. */
import { z } from "zod";
import type { PipelineRun, RunState } from "../../../shared/domain/runs";
import type { Pipeline } from "../../../shared/domain/workspace-schema";
import { SourceFailure, sourceFailure } from "./http/source-failure";
import { readAllPages } from "./paging";
import { isoInstant, parseBody } from "./parse-body";

/** The page size we ask for; servers clamp it to `maximum_page_limit` (100 by default). */
export const PAGE_LIMIT = 100;

const nullableTime = z.string().nullish();

/** The DAGRun fields we use, common to v1 (Airflow 2) and v2 (Airflow 3); unknown fields are dropped. */
const dagRunSchema = z.object({
  dag_run_id: z.string(),
  state: z.string(),
  start_date: nullableTime,
  end_date: nullableTime,
  data_interval_end: nullableTime,
  execution_date: nullableTime,
  logical_date: nullableTime,
  run_after: nullableTime,
});

/** One DAGRun as parsed. */
export type DagRun = z.output<typeof dagRunSchema>;

const dagRunPageSchema = z.object({ dag_runs: z.array(dagRunSchema), total_entries: z.number().int().nonnegative() });

const STATES: ReadonlySet<string> = new Set<RunState>(["queued", "running", "success", "failed"]);

/** The DAG a pipeline reads, or a configuration error naming the pipeline. */
export function dagIdOf(sourceId: string, pipeline: Pipeline): string {
  const dagId = pipeline.source.dag_id;
  if (!dagId) throw sourceFailure(sourceId, "config", `pipeline ${pipeline.id} has no source.dag_id for airflow source ${sourceId}`);
  return dagId;
}

/**
 * Rethrows a 404 that names the DAG as the configuration error "DAG x not found on source y". A 404
 * that does not name it (a wrong base URL, a proxy) stays an HTTP error: blaming the DAG would mislead.
 */
export function rethrowUnknownDag(sourceId: string, dagId: string, error: unknown): never {
  if (error instanceof SourceFailure && error.error.status === 404 && error.message.includes(dagId)) {
    throw sourceFailure(sourceId, "config", `DAG ${dagId} not found on source ${sourceId}`, { status: 404 });
  }
  throw error;
}

/** How one API version reads a page and where it keeps the instant a run's data became available. */
export interface DagRunPaging {
  fetchPage(offset: number): Promise<unknown>;
  /** The data-availability instant of a run (v1: data_interval_end, v2: run_after). */
  intervalEnd(run: DagRun): string | null | undefined;
  /** The instant the API sorts by, descending; paging stops once it is older than the cutoff. */
  sortKey(run: DagRun): string | null | undefined;
}

function toRun(sourceId: string, pipelineId: string, run: DagRun, intervalEnd: string | null | undefined): PipelineRun {
  if (!STATES.has(run.state)) throw sourceFailure(sourceId, "parse", `source ${sourceId}: run ${run.dag_run_id} has unknown state "${run.state}"`);
  if (!intervalEnd) throw sourceFailure(sourceId, "parse", `source ${sourceId}: run ${run.dag_run_id} has no interval end`);
  return {
    pipelineId,
    runId: run.dag_run_id,
    state: run.state as RunState,
    intervalEnd: isoInstant(sourceId, "interval end", intervalEnd),
    start: run.start_date ? isoInstant(sourceId, "start_date", run.start_date) : null,
    end: run.end_date ? isoInstant(sourceId, "end_date", run.end_date) : null,
  };
}

/**
 * Pages through a DAG's runs newest first until 30 days are covered or `total_entries` is reached,
 * and normalises them. Runs seen twice (a new run shifts the offsets between pages) are kept once.
 */
export async function readDagRuns(
  sourceId: string,
  pipelineId: string,
  paging: DagRunPaging,
  cutoff: Date,
): Promise<{ runs: PipelineRun[]; total: number }> {
  const cutoffMs = cutoff.getTime();
  const { items, total } = await readAllPages(
    async (offset) => {
      const page = parseBody(sourceId, "dagRuns page", dagRunPageSchema, await paging.fetchPage(offset));
      return { items: page.dag_runs, total: page.total_entries };
    },
    (page) => {
      const oldest = page.at(-1);
      const key = oldest ? paging.sortKey(oldest) : undefined;
      return key ? Date.parse(key) < cutoffMs : false;
    },
  );
  const byId = new Map<string, PipelineRun>();
  for (const run of items) byId.set(run.dag_run_id, toRun(sourceId, pipelineId, run, paging.intervalEnd(run)));
  return { runs: [...byId.values()], total };
}
