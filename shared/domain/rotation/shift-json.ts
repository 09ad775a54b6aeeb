/** Shifts as JSON for the CLI and the app: instants written in the workspace zone. */
import type { Shift, ShiftJson } from "./shift";
import type { ZoneClock } from "./zone-clock";

/** `{start, end, engineer, slot, reason}` with ISO instants carrying the workspace offset. */
export function shiftToJson(shift: Shift, clock: ZoneClock): ShiftJson {
  return { start: clock.format(shift.start), end: clock.format(shift.end), engineer: shift.engineer, slot: shift.slot, reason: shift.reason };
}
