/**
 * Rule 1 of "How a pipeline's state is decided": every run is attributed to an interval of the
 * workspace's schedule, or to none (with a note). Sources call this with what the scheduler says.
 */
import type { RunType } from "../runs";
import { instantMs } from "./instant";
import type { Schedule } from "./schedule";

/** What a scheduler says about a run, as far as placing it goes. Instants are ISO strings. */
export interface RunPlacement {
  runId: string;
  runType: RunType;
  /** The run's data interval (Airflow `data_interval_start/end`), when it has one. */
  dataIntervalStart?: string | null;
  dataIntervalEnd?: string | null;
  /** When the run was due or triggered: Airflow 3 `run_after`; Airflow 2's `logical_date` of a run without a data interval. */
  runAfter?: string | null;
}

/** The end of the interval the run belongs to (epoch ms), or why it belongs to none ("a manual run with no data interval and no run_after"). */
export type Attribution = { intervalEndMs: number } | { note: string };

function ms(text: string | null | undefined): number | null {
  if (!text) return null;
  const value = instantMs(text);
  return Number.isNaN(value) ? null : value;
}

/**
 * Places a run on `schedule` (the workspace's):
 * - scheduled: its data interval's end; without one, its `runAfter` when that is a tick of the schedule;
 * - backfill: its data interval's end (else `runAfter`): it delivers that old interval;
 * - manual and triggered: a non-empty data interval's end; otherwise (Airflow 3's manual runs have
 *   none, or an empty one at the trigger time) the newest interval available at or before
 *   `runAfter`, the one it redoes.
 */
export function attributeRun(run: RunPlacement, schedule: Schedule): Attribution {
  const end = ms(run.dataIntervalEnd);
  const start = ms(run.dataIntervalStart);
  const after = ms(run.runAfter);
  const what = `a ${run.runType} run`;
  switch (run.runType) {
    case "scheduled":
      if (end !== null) return { intervalEndMs: end };
      if (after !== null && schedule.atOrBefore(after) === after) return { intervalEndMs: after };
      return { note: after === null ? `${what} with no data interval and no run_after` : `${what} with no data interval whose run_after is not a tick of the workspace's schedule` };
    case "backfill":
      if (end !== null) return { intervalEndMs: end };
      if (after !== null) return { intervalEndMs: after };
      return { note: `${what} with no data interval and no run_after` };
    case "manual":
    case "triggered": {
      // An empty interval (start == end) is Airflow 3's trigger timetable stamping the trigger time, not data.
      if (end !== null && (start === null || start < end)) return { intervalEndMs: end };
      const at = after ?? end;
      if (at === null) return { note: `${what} with no data interval and no run_after` };
      const tick = schedule.atOrBefore(at);
      return tick === null ? { note: `${what} triggered before the workspace's schedule has any interval` } : { intervalEndMs: tick };
    }
  }
}
