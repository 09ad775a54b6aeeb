/**
 * Night (22:00–06:00) and weekend hours of a span in America/New_York, across both 2026 DST nights
 * and for spans that end exactly at local midnight. Expectations are luxon differences between the
 * local wall times, worked out by hand from the windows, never from the code under test.
 */
import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { nightMs, weekendMs } from "../../../shared/domain/rotation/local-windows";
import { createZoneClock } from "../../../shared/domain/rotation/zone-clock";

const NY = "America/New_York";
const clock = createZoneClock(NY);
const at = (local: string) => DateTime.fromISO(local, { zone: NY }).toMillis();
/** Real milliseconds between two NY wall times, by luxon. */
const between = (from: string, to: string) => DateTime.fromISO(to, { zone: NY }).diff(DateTime.fromISO(from, { zone: NY })).toMillis();
const HOUR = 3_600_000;

describe("night and weekend windows", () => {
  it("spring forward (Sun 2026-03-08): the night that loses an hour is 7 h", () => {
    const start = at("2026-03-07T12:00"); // Saturday noon
    const end = at("2026-03-09T00:00"); // Monday midnight
    expect(between("2026-03-07T22:00", "2026-03-08T06:00")).toBe(7 * HOUR); // the oracle agrees on the gap
    expect(nightMs(clock, start, end)).toBe(between("2026-03-07T22:00", "2026-03-08T06:00") + between("2026-03-08T22:00", "2026-03-09T00:00"));
    expect(weekendMs(clock, start, end)).toBe(between("2026-03-07T12:00", "2026-03-09T00:00"));
    expect(weekendMs(clock, start, end)).toBe(35 * HOUR); // 12 h of Saturday, 23 h of Sunday
  });

  it("fall back (Sun 2026-11-01): the night that gains an hour is 9 h", () => {
    const start = at("2026-10-31T20:00");
    const end = at("2026-11-01T23:00");
    expect(nightMs(clock, start, end)).toBe(between("2026-10-31T22:00", "2026-11-01T06:00") + HOUR);
    expect(nightMs(clock, start, end)).toBe(10 * HOUR);
    expect(weekendMs(clock, start, end)).toBe(between("2026-10-31T20:00", "2026-11-01T23:00"));
    expect(weekendMs(clock, start, end)).toBe(28 * HOUR); // 4 h of Saturday; Sunday 00:00–23:00 lasts 24 h
  });

  it("a span that ends at midnight before a Saturday has no weekend time, and its night stops at midnight", () => {
    const start = at("2026-03-06T18:00"); // Friday
    const end = at("2026-03-07T00:00");
    expect(weekendMs(clock, start, end)).toBe(0);
    expect(nightMs(clock, start, end)).toBe(2 * HOUR);
  });

  it("a span that starts after midnight gets the rest of the night that began the evening before", () => {
    expect(nightMs(clock, at("2026-03-10T02:00"), at("2026-03-10T08:00"))).toBe(between("2026-03-10T02:00", "2026-03-10T06:00"));
  });

  it("an empty or reversed span has no night or weekend time", () => {
    const t = at("2026-03-08T01:00");
    expect([nightMs(clock, t, t), weekendMs(clock, t, t), nightMs(clock, t, t - HOUR), weekendMs(clock, t, t - HOUR)]).toEqual([0, 0, 0, 0]);
  });
});
