/**
 * iCalendar export of shifts: one event per shift with slot and reason in the summary, times in
 * the workspace TZID (with a VTIMEZONE), and a UID made of engineer, slot and start so that
 * re-exporting updates a subscribed calendar instead of duplicating its events.
 */
import ical from "ical-generator";
import { DateTime } from "luxon";
import type { Engineer } from "../workspace-schema";
import { DAY_MS, MINUTE_MS } from "./local-day";
import type { Shift } from "./shift";
import { vtimezone } from "./vtimezone";
import type { ZoneClock } from "./zone-clock";

/** What the export needs besides the shifts. */
export interface CalendarOptions {
  /** Calendar name shown by clients. */
  name: string;
  /** The export time (epoch ms), written as every event's DTSTAMP; passed in, never read from a clock. */
  stamp: number;
  team: readonly Pick<Engineer, "id" | "name">[];
}

/** The calendar's name: `On call: Alex Chen` for one engineer, `On call: <team>` for the whole team. */
export function calendarName(ws: { name?: string | undefined; team: readonly Pick<Engineer, "id" | "name">[] }, engineer?: string): string {
  if (engineer === undefined) return `On call: ${ws.name ?? "team"}`;
  return `On call: ${ws.team.find((e) => e.id === engineer)?.name ?? engineer}`;
}

/**
 * The stable UID of a shift: its slot and start instant (UTC), not who holds it, so when a shift is
 * reassigned (time off, an override) a subscribed calendar updates the event instead of adding one.
 */
export function shiftUid(shift: Shift): string {
  return `${shift.slot}-${new Date(shift.start).toISOString().replace(/[-:]|\.\d{3}/g, "")}@oncall-desk`;
}

/** The summary line of a shift's event, e.g. `On call: night — Alex Chen (holiday: Christmas)`. */
export function shiftSummary(shift: Shift, name: string): string {
  const why = shift.reason === "holiday" && shift.holiday ? `holiday: ${shift.holiday}` : shift.reason;
  return `On call: ${shift.slot} — ${name} (${why})`;
}

/** True when the wall-clock time of `ms` happens twice (a fall-back hour), so a TZID time could be read as either. */
function ambiguous(clock: ZoneClock, ms: number): boolean {
  const local = ms + clock.offsetAt(ms) * MINUTE_MS;
  const candidates = new Set([clock.offsetAt(ms - DAY_MS), clock.offsetAt(ms + DAY_MS)].map((o) => local - o * MINUTE_MS));
  return [...candidates].filter((t) => clock.offsetAt(t) * MINUTE_MS === local - t).length > 1;
}

/** The shifts as an iCalendar document. */
export function shiftsToICalendar(shifts: readonly Shift[], clock: ZoneClock, options: CalendarOptions): string {
  const zone = clock.zone;
  const from = shifts.length ? shifts[0]!.start : options.stamp;
  const to = shifts.length ? shifts.at(-1)!.end : options.stamp;
  // No calendar-level zone: ical-generator would then write DTSTAMP as a floating time, which
  // RFC 5545 forbids; the VTIMEZONE is added below instead.
  const calendar = ical({ name: options.name, prodId: "//On-Call Desk//rotation//EN", x: [["X-WR-TIMEZONE", zone]] });
  const stamp = new Date(options.stamp);
  for (const shift of shifts) {
    const name = options.team.find((e) => e.id === shift.engineer)?.name ?? shift.engineer;
    // RFC 5545 reads a repeated local time as its first occurrence, but clients differ (ical.js
    // takes the second), so an event touching the fall-back hour is written in UTC instead.
    const inUtc = ambiguous(clock, shift.start) || ambiguous(clock, shift.end);
    calendar.createEvent({
      id: shiftUid(shift),
      timezone: inUtc ? null : zone,
      start: inUtc ? new Date(shift.start) : DateTime.fromMillis(shift.start, { zone }),
      end: inUtc ? new Date(shift.end) : DateTime.fromMillis(shift.end, { zone }),
      stamp,
      summary: shiftSummary(shift, name),
      description: shift.covers ? `${name} covers ${options.team.find((e) => e.id === shift.covers)?.name ?? shift.covers} (${shift.reason}).` : null,
    });
  }
  const text = calendar.toString();
  const at = text.search(/BEGIN:VEVENT|END:VCALENDAR/);
  return `${text.slice(0, at)}${vtimezone(clock, from, to)}\r\n${text.slice(at)}`;
}
