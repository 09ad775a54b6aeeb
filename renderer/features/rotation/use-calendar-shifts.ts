/** The shifts a calendar draws: those starting on the local dates `first`..`last`, by date, and why they could not be read. */
import { errorText } from "../../api";
import { useShifts } from "../../queries/rotation";
import { rangeOf, shiftsByDate } from "./calendar-dates";

/** Shifts by local start date (empty while loading) and the read error's text, if any. */
export function useCalendarShifts(first: string, last: string) {
  const range = rangeOf(first, last);
  const shifts = useShifts(range.from, range.to, undefined);
  return { byDate: shiftsByDate(shifts.data ?? []), error: shifts.isError ? `Could not read the schedule: ${errorText(shifts.error)}` : undefined };
}
