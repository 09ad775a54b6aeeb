/**
 * A VTIMEZONE component for an exported calendar, written from the zone's actual offset changes
 * in the span the calendar covers, so a client resolves every TZID time exactly as we did.
 */
import { DAY_MS, MINUTE_MS } from "./local-day";
import type { ZoneClock } from "./zone-clock";

function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
}

function localStamp(ms: number, offset: number): string {
  return new Date(ms + offset * MINUTE_MS).toISOString().slice(0, 19).replace(/[-:]/g, "");
}

/** VTIMEZONE text for `clock`'s zone, with every change from a year before `from` to a year after `to`. */
export function vtimezone(clock: ZoneClock, from: number, to: number): string {
  const start = from - 366 * DAY_MS;
  const changes = clock.transitions(start, to + 366 * DAY_MS);
  const initial = clock.offsetAt(start);
  const lowest = Math.min(initial, ...changes.map((c) => c.after));
  const component = (kind: string, at: string, before: number, after: number) =>
    [`BEGIN:${kind}`, `DTSTART:${at}`, `TZOFFSETFROM:${offsetText(before)}`, `TZOFFSETTO:${offsetText(after)}`, `END:${kind}`];
  const lines = [
    "BEGIN:VTIMEZONE",
    `TZID:${clock.zone}`,
    ...component(initial === lowest ? "STANDARD" : "DAYLIGHT", "19700101T000000", initial, initial),
    // Per RFC 5545 an onset's DTSTART is the local time in the offset in force before it.
    ...changes.flatMap((c) => component(c.after > c.before ? "DAYLIGHT" : "STANDARD", localStamp(c.at, c.before), c.before, c.after)),
    "END:VTIMEZONE",
  ];
  return lines.join("\r\n");
}
