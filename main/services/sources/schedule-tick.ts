/** A pipeline's schedule as the sources use it to place runs, and the tick lookups Spark repeats every poll, remembered between reads. */
import { scheduleFor, type Schedule } from "../../../shared/domain/sla/schedule";
import type { Pipeline } from "../../../shared/domain/workspace-schema";
import { sourceFailure } from "./http/source-failure";

/** The workspace schedule of `pipeline`; a cron expression croner rejects is this pipeline's configuration error. */
export function pipelineSchedule(sourceId: string, pipeline: Pick<Pipeline, "id" | "schedule">): Schedule {
  try {
    return scheduleFor(pipeline.schedule);
  } catch (error) {
    throw sourceFailure(sourceId, "config", `pipeline ${pipeline.id}: schedule "${pipeline.schedule}" is not a cron expression (${(error as Error).message})`);
  }
}

/** Finds ticks for one source; lookups are remembered because the same runs come back every poll. */
export interface TickMemo {
  /**
   * The lookup for one pipeline's schedule: epoch ms of the latest tick at or before `atMs`, or
   * undefined when there is none. A bad cron expression fails here, as a config error, before any lookup.
   */
  ticksOf(sourceId: string, pipeline: Pick<Pipeline, "id" | "schedule">): (atMs: number) => number | undefined;
  /** Forgets lookups not used since the previous sweep; call once per read so the memo never outgrows one read. */
  sweep(): void;
}

/** A memo for one source instance (a croner lookup costs ~20 µs; a poll of 100 Spark runs would spend 2 ms on it). */
export function createTickMemo(): TickMemo {
  let previous = new Map<string, number | undefined>();
  let current = new Map<string, number | undefined>();
  return {
    ticksOf(sourceId, pipeline) {
      const schedule = pipelineSchedule(sourceId, pipeline);
      const expression = pipeline.schedule;
      return (atMs) => {
        const key = `${expression}|${atMs}`;
        if (current.has(key)) return current.get(key);
        const tick = previous.has(key) ? previous.get(key) : (schedule.atOrBefore(atMs) ?? undefined);
        current.set(key, tick);
        return tick;
      };
    },
    sweep() {
      previous = current;
      current = new Map();
    },
  };
}
