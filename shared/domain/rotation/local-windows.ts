/** How much of a span falls in recurring local windows (nights, weekends), DST-correct. */
import { weekdayOfDay } from "./local-day";
import type { ZoneClock } from "./zone-clock";

/** Night starts at 22:00 and ends at 06:00 local time. */
export const NIGHT_START_MINUTE = 22 * 60;
/** Night ends at 06:00 local time. */
export const NIGHT_END_MINUTE = 6 * 60;

function overlapDaily(clock: ZoneClock, start: number, end: number, windowOf: (day: number) => readonly [number, number] | null): number {
  let total = 0;
  // Windows that began the day before may reach into the span. The window of `end`'s own day
  // starts at or after `end` when `end` is that day's midnight: it then adds nothing.
  for (let day = clock.localDay(start) - 1, last = clock.localDay(end); day <= last; day++) {
    const window = windowOf(day);
    if (!window) continue;
    total += Math.max(0, Math.min(end, window[1]) - Math.max(start, window[0]));
  }
  return total;
}

/** Milliseconds of `start`..`end` between 22:00 and 06:00 local. */
export function nightMs(clock: ZoneClock, start: number, end: number): number {
  return overlapDaily(clock, start, end, (day) => [clock.wallToInstant(day, NIGHT_START_MINUTE), clock.wallToInstant(day + 1, NIGHT_END_MINUTE)]);
}

/** Milliseconds of `start`..`end` on a local Saturday or Sunday. */
export function weekendMs(clock: ZoneClock, start: number, end: number): number {
  return overlapDaily(clock, start, end, (day) => (weekdayOfDay(day) >= 6 ? [clock.wallToInstant(day, 0), clock.wallToInstant(day + 1, 0)] : null));
}
