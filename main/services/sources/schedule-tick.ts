/** The scheduled tick a run belongs to, from the pipeline's cron schedule (croner, UTC). */
import { Cron } from "croner";
import { sourceFailure } from "./http/source-failure";

/** A parsed schedule that answers "which tick does this start time belong to". */
export interface ScheduleTicks {
  /** The latest tick at or before `at`, or undefined when the schedule has none. */
  tickAtOrBefore(at: Date): Date | undefined;
}

/** Parses `schedule` for pipeline `pipelineId`; a bad cron expression is a configuration error. */
export function scheduleTicks(sourceId: string, pipelineId: string, schedule: string): ScheduleTicks {
  let cron: Cron;
  try {
    // utcOffset 0 is UTC without a time-zone database lookup: ten times faster than timezone "UTC".
    cron = new Cron(schedule, { utcOffset: 0, paused: true });
  } catch (error) {
    throw sourceFailure(sourceId, "config", `pipeline ${pipelineId}: schedule "${schedule}" is not a cron expression (${(error as Error).message})`);
  }
  return {
    tickAtOrBefore(at) {
      // previousRuns excludes a tick exactly at the reference, so look from just after it.
      return cron.previousRuns(1, new Date(at.getTime() + 1))[0];
    },
  };
}
