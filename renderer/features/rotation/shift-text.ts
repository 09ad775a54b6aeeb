/** How the rotation panels write shifts: read straight off ISO instants that already carry the workspace offset. */
import type { ShiftView } from "../../../shared/domain/rotation/on-call-view";

const HOUR_MS = 3_600_000;
const dayFormat = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "short", month: "short", day: "numeric" });

/** The local date of a zoned ISO instant, e.g. `2026-12-24`. */
export function localDate(iso: string): string {
  return iso.slice(0, 10);
}

/** `Thu, Dec 24` for a local date (formatted at noon UTC, so no zone can move it to another day). */
export function dayLabel(date: string): string {
  return dayFormat.format(new Date(`${date}T12:00:00Z`));
}

/** The local wall time of a zoned ISO instant, e.g. `09:00`. */
export function wallTime(iso: string): string {
  return iso.slice(11, 16);
}

/** The true length of a shift in hours: a night across a DST change is 7 or 9. */
export function shiftHours(shift: Pick<ShiftView, "start" | "end">): number {
  return (Date.parse(shift.end) - Date.parse(shift.start)) / HOUR_MS;
}

/** True when the clocks change during the shift (its start and end carry different offsets). */
export function crossesDst(shift: Pick<ShiftView, "start" | "end">): boolean {
  return shift.start.slice(19) !== shift.end.slice(19);
}

/** Why the engineer holds the shift, when it is not the plain rotation: `Christmas`, `covers Lisa`, `override · covers Sarah`. */
export function reasonLabel(shift: Pick<ShiftView, "reason" | "holiday" | "covers">): string | undefined {
  if (shift.reason === "holiday") return shift.holiday ?? "holiday";
  if (shift.reason === "time-off cover") return `covers ${shift.covers ?? "someone away"}`;
  if (shift.reason === "override") return shift.covers ? `override · covers ${shift.covers}` : "override";
  return undefined;
}
