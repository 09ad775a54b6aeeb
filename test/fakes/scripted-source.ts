/**
 * A PipelineSource for poller tests: each read follows the next planned outcome and is recorded.
 * Copies the source contract (pipeline-source.ts): one reading per pipeline, failures per pipeline, never a throw (unless told).
 */
import type { Clock } from "../../main/services/clock";
import type { PipelineSource } from "../../main/services/sources/pipeline-source";
import type { PipelineReading, SourceError } from "../../shared/domain/runs";

/** What one read does. */
export type Outcome =
  | "ok"
  /** Every pipeline fails with this error. */
  | { fail: Pick<SourceError, "kind"> & Partial<SourceError> }
  /** Never settles and ignores its abort signal: a dead source. */
  | "hang"
  /** Settles (ok) when `until` resolves. */
  | { until: Promise<void> }
  /** Breaks the never-throw contract. */
  | "throw"
  /** Several pipelines where some fail: each listed pipeline fails with its error; the others read ok. */
  | { each: Record<string, { fail: Pick<SourceError, "kind"> & Partial<SourceError> }> };

/** The source and what happened to it. */
export interface ScriptedSource extends PipelineSource {
  /** Clock time (ms) of each read's start. */
  readonly calls: number[];
  /** The abort signal each read was given. */
  readonly signals: AbortSignal[];
  /** Reads in progress now, and the most there ever were at once. */
  readonly active: number;
  readonly maxActive: number;
  /** Queues outcomes for the next reads; once they run out every read is "ok". */
  plan(...outcomes: Outcome[]): void;
}

/** A scripted source `id` whose reads are timed by `clock`. */
export function scriptedSource(id: string, clock: Clock): ScriptedSource {
  const calls: number[] = [];
  const signals: AbortSignal[] = [];
  const queue: Outcome[] = [];
  let active = 0;
  let maxActive = 0;

  const source: ScriptedSource = {
    id,
    kind: "http-json",
    calls,
    signals,
    get active() {
      return active;
    },
    get maxActive() {
      return maxActive;
    },
    plan: (...outcomes) => void queue.push(...outcomes),
    async read(pipelines, ctx): Promise<PipelineReading[]> {
      const call = calls.push(clock.now().getTime());
      signals.push(ctx.signal);
      const outcome = queue.shift() ?? "ok";
      const fetchedAt = ctx.now.toISOString();
      active += 1;
      maxActive = Math.max(maxActive, active);
      try {
        if (outcome === "hang") await new Promise<never>(() => {});
        if (outcome === "throw") throw new Error("bug in source");
        if (typeof outcome === "object" && "until" in outcome) await outcome.until;
        const failure = (pipelineId: string) => {
          if (typeof outcome !== "object") return undefined;
          if ("fail" in outcome) return outcome.fail;
          return "each" in outcome ? outcome.each[pipelineId]?.fail : undefined;
        };
        return pipelines.map((p): PipelineReading => {
          const fail = failure(p.id);
          if (fail) return { pipelineId: p.id, ok: false, error: { sourceId: id, message: `${id} failed`, ...fail }, fetchedAt };
          return { pipelineId: p.id, ok: true, fetchedAt, runs: [{ pipelineId: p.id, runId: `${id}-${call}`, state: "success", intervalEnd: fetchedAt, start: null, end: null }] };
        });
      } finally {
        active -= 1;
      }
    },
  };
  return source;
}
