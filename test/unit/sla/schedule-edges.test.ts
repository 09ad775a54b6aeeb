/** Schedule ticks at the edges: the interval's ends, croner's year field, and a machine not on UTC. Expected instants worked out by hand. */
import { afterEach, describe, expect, it } from "vitest";
import { scheduleFor } from "../../../shared/domain/sla/schedule";

const utc = (y: number, m: number, d: number, h = 0, mi = 0) => Date.UTC(y, m - 1, d, h, mi);

describe("schedule ticks at the ends of a range (day-of-month patterns, stepped by croner)", () => {
  it("ticksBetween leaves out a tick at fromMs and keeps one at toMs", () => {
    expect(scheduleFor("0 0 1 * *").ticksBetween(utc(2026, 1, 1), utc(2026, 3, 1))).toEqual([utc(2026, 2, 1), utc(2026, 3, 1)]);
  });

  it("atOrBefore an instant that is a tick is that tick", () => {
    expect(scheduleFor("0 0 1 * *").atOrBefore(utc(2026, 3, 1))).toBe(utc(2026, 3, 1));
  });
});

describe("croner's seventh field, the year", () => {
  it("ticks only in that year, though the other fields are daily", () => {
    const s = scheduleFor("0 0 6 * * * 2025");
    expect(s.ticksBetween(utc(2024, 12, 30), utc(2025, 1, 2, 12))).toEqual([utc(2025, 1, 1, 6), utc(2025, 1, 2, 6)]);
    expect(s.atOrBefore(utc(2025, 1, 1, 5))).toBeNull();
  });
});

describe("on a machine whose zone is not UTC", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("still ticks in UTC, for weekly patterns and for croner-stepped ones", () => {
    process.env.TZ = "America/New_York";
    // Expressions no other test uses: schedules are cached by expression.
    expect(scheduleFor("17 6 * * *").ticksBetween(utc(2026, 3, 8), utc(2026, 3, 9))).toEqual([utc(2026, 3, 8, 6, 17)]);
    expect(scheduleFor("17 6 1 * *").ticksBetween(utc(2026, 3, 1), utc(2026, 4, 1, 12))).toEqual([utc(2026, 3, 1, 6, 17), utc(2026, 4, 1, 6, 17)]);
  });
});
