/** single-senior-holiday: a holiday rule that leaves one engineer on call for more than 16 hours straight, as the rotation lint finds it. */
import { DateTime } from "luxon";
import { lintSchedule, type LintSource } from "../../rotation/lint-schedule";
import type { Schedule } from "../../rotation/schedule";
import type { SignalDraft } from "./risk-signal";

/** How far ahead holiday stretches are signalled: the quarter the Rotation view's schedule check shows by default. */
export const HOLIDAY_LOOKAHEAD_DAYS = 90;

/** One signal per stretch a holiday rule causes, from 90 local days before it starts until it ends. */
export function holidayStretchSignals(ws: LintSource, schedule: Schedule, nowMs: number): SignalDraft[] {
  const horizon = DateTime.fromMillis(nowMs, { zone: schedule.clock.zone }).plus({ days: HOLIDAY_LOOKAHEAD_DAYS }).toMillis();
  return lintSchedule(ws, schedule, nowMs, horizon)
    .filter((f) => f.kind === "long-stretch" && f.holiday !== undefined)
    .map((f) => ({
      kind: "single-senior-holiday",
      text: `${f.message} ${f.suggestion}`,
      pipelines: [],
      engineers: f.engineers,
      source: null,
      from: schedule.clock.format(f.start),
      until: schedule.clock.format(f.end),
    }));
}
