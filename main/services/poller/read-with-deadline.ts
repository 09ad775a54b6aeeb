/** One read of one source that always ends: by its own answer, by the deadline (clock timer), or by stop. */
import type { PipelineReading, SourceError } from "../../../shared/domain/runs";
import type { Pipeline } from "../../../shared/domain/workspace-schema";
import type { Clock } from "../clock";
import { timedOut, toSourceError } from "../sources/http/source-failure";
import type { PipelineSource } from "../sources/pipeline-source";

/** The same error as a reading for every pipeline. */
export function errorReadings(pipelines: Pipeline[], error: SourceError, fetchedAt: string): PipelineReading[] {
  return pipelines.map((p) => ({ pipelineId: p.id, ok: false, error, fetchedAt }));
}

/**
 * Reads `pipelines` from `source` with the poller's deadline. A source that ignores its abort signal
 * (hung socket, a bug) is abandoned at the deadline: the poll reports a timeout and moves on, so one
 * dead source never holds a concurrency slot or its own loop forever.
 */
export async function readWithDeadline(
  source: PipelineSource,
  pipelines: Pipeline[],
  options: { clock: Clock; timeoutMs: number; stopSignal: AbortSignal; onError?: (error: unknown) => void },
): Promise<PipelineReading[]> {
  const now = options.clock.now();
  const fetchedAt = now.toISOString();
  const controller = new AbortController();
  const onStop = () => controller.abort(options.stopSignal.reason);
  options.stopSignal.addEventListener("abort", onStop, { once: true });
  let cancelTimer: () => void = () => {};
  const deadline = new Promise<PipelineReading[]>((resolve) => {
    const timeout = timedOut(source.id, options.timeoutMs).error;
    cancelTimer = options.clock.setTimer(() => {
      controller.abort(new DOMException(timeout.message, "TimeoutError"));
      resolve(errorReadings(pipelines, timeout, fetchedAt));
    }, options.timeoutMs);
    controller.signal.addEventListener("abort", () => resolve(errorReadings(pipelines, timeout, fetchedAt)), { once: true });
  });
  // The contract says read() never throws; if one does anyway, the poll still ends with a reading.
  const read = Promise.resolve()
    .then(() => source.read(pipelines, { now, signal: controller.signal }))
    .catch((error: unknown) => {
      options.onError?.(error);
      return errorReadings(pipelines, toSourceError(source.id, error), fetchedAt);
    });
  try {
    return await Promise.race([read, deadline]);
  } finally {
    cancelTimer();
    options.stopSignal.removeEventListener("abort", onStop);
  }
}
