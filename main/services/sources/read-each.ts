/** The shared shape of every source's `read`: one reading per pipeline, failures kept per pipeline. */
import type { PipelineReading, PipelineRun, UnattributedRun } from "../../../shared/domain/runs";
import type { Pipeline } from "../../../shared/domain/workspace-schema";
import { createSemaphore } from "../async/semaphore";
import { toSourceError } from "./http/source-failure";
import type { ReadContext } from "./pipeline-source";

/** What a source read of one pipeline: its runs, and what it knows besides (coverage, runs without an interval, the DAG). */
export type PipelineRead = Omit<Extract<PipelineReading, { ok: true }>, "pipelineId" | "ok" | "fetchedAt">;

/** Runs placed on an interval apart from those without one (kept, with why), as a read of one pipeline. */
export function placedRead(all: Iterable<PipelineRun | UnattributedRun>): PipelineRead {
  const runs: PipelineRun[] = [];
  const unattributed: UnattributedRun[] = [];
  for (const run of all) {
    if ("note" in run) unattributed.push(run);
    else runs.push(run);
  }
  return unattributed.length > 0 ? { runs, unattributed } : { runs };
}

/** Runs are read back this far (30 days plus a day of margin for intervals that straddle the edge). */
export const HISTORY_MS = 31 * 86_400_000;

/** How many pipelines of one source are read at once: enough to be quick, few enough not to hammer it. */
export const PIPELINE_CONCURRENCY = 4;

/** Descending order of ISO-UTC strings: plain code-unit comparison, which is chronological for `…Z` and far cheaper than localeCompare. */
export function descending(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/** Newest first by data availability, then by start: the order every source returns. */
export function newestFirst(runs: PipelineRun[]): PipelineRun[] {
  return [...runs].sort((a, b) => descending(a.intervalEnd, b.intervalEnd) || descending(a.start ?? "", b.start ?? ""));
}

/**
 * Reads each pipeline with `readOne` (at most PIPELINE_CONCURRENCY at a time). Whatever `readOne`
 * throws becomes that pipeline's error reading, so `read()` as a whole never throws.
 */
export async function readEach(
  sourceId: string,
  pipelines: Pipeline[],
  ctx: ReadContext,
  readOne: (pipeline: Pipeline) => Promise<PipelineRead>,
): Promise<PipelineReading[]> {
  const fetchedAt = ctx.now.toISOString();
  const limiter = createSemaphore(PIPELINE_CONCURRENCY);
  return Promise.all(
    pipelines.map(async (pipeline): Promise<PipelineReading> => {
      const release = await limiter.acquire();
      try {
        const read = await readOne(pipeline);
        return { pipelineId: pipeline.id, ok: true, fetchedAt, ...read, runs: newestFirst(read.runs) };
      } catch (error) {
        return { pipelineId: pipeline.id, ok: false, error: toSourceError(sourceId, error), fetchedAt };
      } finally {
        release();
      }
    }),
  );
}

/** Runs `load` at most once, on first use, sharing its result (or failure) between the pipelines of one read. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}
