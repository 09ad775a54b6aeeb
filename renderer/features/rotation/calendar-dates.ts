/**
 * Local dates of the workspace zone as plain `YYYY-MM-DD` strings, for the calendars: the shifts
 * already carry the workspace offset, so a calendar only needs date arithmetic, done at noon UTC
 * where no zone can move a date to another day.
 */
import type { ShiftView } from "../../../shared/domain/rotation/on-call-view";
import type { TimeOff } from "../../../shared/domain/workspace-schema";
import { localDate } from "./shift-text";

const DAY_MS = 86_400_000;

function noon(date: string): number {
  return Date.parse(`${date}T12:00:00Z`);
}

/** `date` moved by `days` days. */
export function addDays(date: string, days: number): string {
  return new Date(noon(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(date: string): number {
  return (new Date(noon(date)).getUTCDay() + 6) % 7;
}

/** The seven dates of the week (Monday first) holding `date`. */
export function weekOf(date: string): string[] {
  const monday = addDays(date, -weekdayIndex(date));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** `YYYY-MM` moved by `months` months. */
export function addMonths(month: string, months: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The weeks (Monday first) covering a month `YYYY-MM`, with the neighbouring months' days filling the first and last week. */
export function monthWeeks(month: string): string[][] {
  const first = `${month}-01`;
  const weeks: string[][] = [];
  for (let monday = weekOf(first)[0]!; monday.slice(0, 7) <= month; monday = addDays(monday, 7)) weeks.push(weekOf(monday));
  return weeks;
}

const monthFormat = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "long", year: "numeric" });

/** "December 2026". */
export function monthLabel(month: string): string {
  return monthFormat.format(new Date(noon(`${month}-01`)));
}

/** A request range (ISO, UTC) holding every shift that starts on the local dates `first`..`last`, whatever the zone. */
export function rangeOf(first: string, last: string): { from: string; to: string } {
  return { from: `${addDays(first, -1)}T00:00:00Z`, to: `${addDays(last, 2)}T00:00:00Z` };
}

/** Shifts by the local date they start on. */
export function shiftsByDate(shifts: readonly ShiftView[]): Map<string, ShiftView[]> {
  const days = new Map<string, ShiftView[]>();
  for (const shift of shifts) days.set(localDate(shift.start), [...(days.get(localDate(shift.start)) ?? []), shift]);
  return days;
}

/** The time off covering a local date (whole days, inclusive). */
export function awayOn(timeOff: readonly TimeOff[], date: string): TimeOff[] {
  return timeOff.filter((t) => t.from <= date && date <= t.to);
}
