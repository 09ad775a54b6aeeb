/**
 * Local calendar days as plain integers (days since 1970-01-01, read as a date, not an instant),
 * so the rotation can do date arithmetic without building a luxon DateTime per day.
 */

/** Milliseconds in a calendar day of UTC arithmetic (never a real local day: those are 23–25 h). */
export const DAY_MS = 86_400_000;
/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000;
/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;

/** The day number of a calendar date; `day` past the month's end is clamped to its last day (Feb 29 in a common year → Feb 28). */
export function dayOfDate(year: number, month: number, day: number): number {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Date.UTC(year, month - 1, Math.min(day, last)) / DAY_MS;
}

/** The day number of `YYYY-MM-DD`. */
export function dayOfIso(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return dayOfDate(y!, m!, d!);
}

/** `YYYY-MM-DD` of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar year of a day number. */
export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (day 0, 1970-01-01, was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7 + 1;
}

/** Minutes after midnight of a `HH:MM` clock time. */
export function minutesOfClock(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return h! * 60 + m!;
}

/** `HH:MM` of minutes after midnight. */
export function clockOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
