/** The scheduled tick a run belongs to, from the pipeline's cron schedule (croner, UTC), remembered between reads. */
import { Cron } from "croner";
import { sourceFailure } from "./http/source-failure";

/** Finds ticks for one source; lookups are remembered because the same runs come back every poll. */
export interface TickMemo {
  /**
   * The lookup for one pipeline's schedule: epoch ms of the latest tick at or before `atMs`, or
   * undefined when there is none. A bad cron expression fails here, as a config error, before any lookup.
   */
  ticksOf(sourceId: string, pipelineId: string, schedule: string): (atMs: number) => number | undefined;
  /** Forgets lookups not used since the previous sweep; call once per read so the memo never outgrows one read. */
  sweep(): void;
}

function parseCron(sourceId: string, pipelineId: string, schedule: string): Cron {
  try {
    // utcOffset 0 is UTC without a time-zone database lookup: ten times faster than timezone "UTC".
    return new Cron(schedule, { utcOffset: 0, paused: true });
  } catch (error) {
    throw sourceFailure(sourceId, "config", `pipeline ${pipelineId}: schedule "${schedule}" is not a cron expression (${(error as Error).message})`);
  }
}

/** A memo for one source instance (croner costs ~20 µs a lookup; a poll of 100 Spark runs would spend 2 ms on it). */
export function createTickMemo(): TickMemo {
  const crons = new Map<string, Cron>();
  let previous = new Map<string, number | undefined>();
  let current = new Map<string, number | undefined>();
  return {
    ticksOf(sourceId, pipelineId, schedule) {
      let cron = crons.get(schedule);
      if (!cron) crons.set(schedule, (cron = parseCron(sourceId, pipelineId, schedule)));
      const parsed = cron;
      return (atMs) => {
        const key = `${schedule}|${atMs}`;
        if (current.has(key)) return current.get(key);
        // previousRuns excludes a tick exactly at the reference, so look from just after it.
        const tick = previous.has(key) ? previous.get(key) : parsed.previousRuns(1, new Date(atMs + 1))[0]?.getTime();
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
