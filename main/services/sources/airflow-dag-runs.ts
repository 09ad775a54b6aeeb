/**
 * What Airflow v1 and v2 share: the DAGRun page shape, state and run-type mapping, placing each run on
 * an interval of the workspace's schedule, paging of 30 days (and saying when a page cap cut it
 * short), and the DAG id of a pipeline.
 */
import { z } from "zod";
import type { PipelineRun, ReadingCoverage, RunState, RunType, UnattributedRun } from "../../../shared/domain/runs";
import { attributeRun } from "../../../shared/domain/sla/attribute-run";
import type { Schedule } from "../../../shared/domain/sla/schedule";
import type { Pipeline } from "../../../shared/domain/workspace-schema";
import { SourceFailure, sourceFailure } from "./http/source-failure";
import { MAX_PAGES, readAllPages } from "./paging";
import { isoInstant, parseBody } from "./parse-body";
import { placedRead, type PipelineRead } from "./read-each";

/** The page size we ask for; servers clamp it to `maximum_page_limit` (100 by default). */
export const PAGE_LIMIT = 100;

const nullableTime = z.string().nullish();

/** The DAGRun fields we use, common to v1 (Airflow 2) and v2 (Airflow 3); unknown fields are dropped. */
const dagRunSchema = z.object({
  dag_run_id: z.string(),
  state: z.string(),
  run_type: z.string().nullish(),
  start_date: nullableTime,
  end_date: nullableTime,
  data_interval_start: nullableTime,
  data_interval_end: nullableTime,
  execution_date: nullableTime,
  logical_date: nullableTime,
  run_after: nullableTime,
});

/** One DAGRun as parsed. */
export type DagRun = z.output<typeof dagRunSchema>;

const dagRunPageSchema = z.object({ dag_runs: z.array(dagRunSchema), total_entries: z.number().int().nonnegative() });

const STATES: ReadonlySet<string> = new Set<RunState>(["queued", "running", "success", "failed"]);

/** Airflow's run types as ours: v1 `dataset_triggered`, v2 `asset_triggered` and 3.2's `asset_materialization` are all `triggered`. */
const RUN_TYPES: Record<string, RunType> = {
  scheduled: "scheduled",
  manual: "manual",
  backfill: "backfill",
  dataset_triggered: "triggered",
  asset_triggered: "triggered",
  asset_materialization: "triggered",
};

/** A run type we do not know yet was not started by the schedule: placed like a triggered run. */
export function runTypeOf(text: string | null | undefined): RunType {
  return text ? (RUN_TYPES[text] ?? "triggered") : "scheduled";
}

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

/** How one API version reads a page and dates its runs. */
export interface DagRunPaging {
  fetchPage(offset: number): Promise<unknown>;
  /** When the run was due or triggered (v1: its logical date; v2: run_after), for runs without a data interval, and the field it came from (named in a parse error). */
  runAfter(run: DagRun): { field: string; value: string | null | undefined };
  /** The instant the API sorts by, descending; paging stops once it is older than the cutoff. */
  sortKey(run: DagRun): string | null | undefined;
}

/** What a read of one DAG's runs gives: the runs, those without an interval, how many the server has, how far back the read is complete. */
export type DagRunsRead = PipelineRead & { total: number; coverage: ReadingCoverage };

function instant(sourceId: string, field: string, value: string | null | undefined): string | null {
  return value ? isoInstant(sourceId, field, value) : null;
}

/** A DAGRun as a run placed on `schedule`, or as a run without an interval and why. */
function toRun(sourceId: string, pipelineId: string, run: DagRun, schedule: Schedule, paging: DagRunPaging): PipelineRun | UnattributedRun {
  if (!STATES.has(run.state)) throw sourceFailure(sourceId, "parse", `source ${sourceId}: run ${run.dag_run_id} has unknown state "${run.state}"`);
  const runType = runTypeOf(run.run_type);
  const after = paging.runAfter(run);
  const placed = attributeRun(
    {
      runId: run.dag_run_id,
      runType,
      dataIntervalStart: instant(sourceId, "data_interval_start", run.data_interval_start),
      dataIntervalEnd: instant(sourceId, "data_interval_end", run.data_interval_end),
      runAfter: instant(sourceId, after.field, after.value),
    },
    schedule,
  );
  const common = {
    runId: run.dag_run_id,
    state: run.state as RunState,
    start: instant(sourceId, "start_date", run.start_date),
    end: instant(sourceId, "end_date", run.end_date),
    runType,
  };
  return "note" in placed ? { ...common, note: placed.note } : { pipelineId, ...common, intervalEnd: new Date(placed.intervalEndMs).toISOString() };
}

/**
 * Pages through a DAG's runs newest first until 30 days are covered or `total_entries` is reached,
 * and places each on an interval of `schedule`. Runs seen twice (a new run shifts the offsets between
 * pages) are kept once. A read cut short by the page cap says so in its coverage.
 */
export async function readDagRuns(sourceId: string, pipelineId: string, schedule: Schedule, paging: DagRunPaging, cutoff: Date): Promise<DagRunsRead> {
  const cutoffMs = cutoff.getTime();
  const { items, total, complete } = await readAllPages(
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
  const byId = new Map<string, PipelineRun | UnattributedRun>();
  for (const run of items) byId.set(run.dag_run_id, toRun(sourceId, pipelineId, run, schedule, paging));
  const oldest = items.at(-1);
  const oldestKey = oldest && paging.sortKey(oldest);
  const coverage: ReadingCoverage = complete
    ? { from: cutoff.toISOString(), complete: true }
    : {
        from: oldestKey ? isoInstant(sourceId, "sort key", oldestKey) : cutoff.toISOString(),
        complete: false,
        note: `the read stopped at the cap of ${MAX_PAGES} pages (${items.length} of ${total} runs)`,
      };
  return { ...placedRead(byId.values()), total, coverage };
}
