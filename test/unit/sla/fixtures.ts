/** Hand-built pipelines and runs for the SLA, KPI and alert tests. */
import type { Pipeline } from "../../../shared/domain/workspace-schema";
import type { PipelineReading, PipelineRun, RunState } from "../../../shared/domain/runs";
import { makePipeline } from "../../fakes/make-pipeline";
import { instantMs } from "../../../shared/domain/sla/instant";

/** A pipeline with the given schedule and SLA; everything else is filler. */
export function pipeline(id: string, schedule: string, sla: string, sourceId = "src"): Pipeline {
  return { ...makePipeline(id, { id: sourceId }, schedule), sla };
}

/** One run; instants as ISO strings with an offset, as sources deliver them. */
export function run(pipelineId: string, intervalEnd: string, state: RunState, start: string | null, end: string | null, runId = `${pipelineId}@${intervalEnd}`): PipelineRun {
  return { pipelineId, runId, state, intervalEnd, start, end };
}

/** An ok reading fetched at `fetchedAt`. */
export function ok(pipelineId: string, runs: PipelineRun[], fetchedAt: string): PipelineReading {
  return { pipelineId, ok: true, runs, fetchedAt };
}

/** `n` daily successes before `firstDay` (exclusive), each starting at tick+5m and taking `minutes`. */
export function dailySuccesses(pipelineId: string, hourUtc: number, firstDay: string, n: number, minutes: number): PipelineRun[] {
  const base = Date.parse(`${firstDay}T00:00:00Z`) + hourUtc * 3_600_000;
  return Array.from({ length: n }, (_, i) => {
    const tick = base - (i + 1) * 86_400_000;
    const start = tick + 5 * 60_000;
    return run(pipelineId, new Date(tick).toISOString(), "success", new Date(start).toISOString(), new Date(start + minutes * 60_000).toISOString());
  });
}

/** Copies every run and string, as the next poll's JSON would: nothing shared with the previous reading. */
export const fresh = (runs: readonly PipelineRun[]): PipelineRun[] => JSON.parse(JSON.stringify(runs));

/** An instant reader that counts what it reads (for a run index: what it had to read again). */
export function countingParse() {
  const read: string[] = [];
  return { read, parse: (text: string) => (read.push(text), instantMs(text)) };
}
