/** sameSchedule: a source's schedule against the workspace's cron, compared by ticks; expectations worked out by hand from the calendar. */
import { describe, expect, it } from "vitest";
import { sameSchedule } from "../../../shared/domain/sla/schedule-drift";

describe("sameSchedule: restrictions a frequent schedule's first ticks do not reach", () => {
  it("every 15 minutes on days 1-25 is not every 15 minutes (2000 ticks only reach day 21)", () => {
    expect(sameSchedule("*/15 * * * *", "*/15 * 1-25 * *")).toBe(false);
    expect(sameSchedule("*/5 * * * *", "*/5 * 1-28 * *")).toBe(false);
  });

  it("every minute is every minute, however the fields are spelled", () => {
    expect(sameSchedule("* * * * *", "0-59 0-23 1-31 1-12 0-6")).toBe(true);
  });
});

describe("sameSchedule: the same days at other times of day", () => {
  it("an extra time on the same days is drift, for daily, Sunday and monthly schedules", () => {
    expect(sameSchedule("0 0 * * *", "0 0,12 * * *")).toBe(false);
    // 2024-01-01 is a Monday: the first Sunday tick is 2024-01-07 00:00, the extra one 12:00 that day.
    expect(sameSchedule("0 0 * * 0", "0 0,12 * * 0")).toBe(false);
    expect(sameSchedule("0 0 1 * *", "0 0,12 1 * *")).toBe(false);
  });

  it("as many ticks a day, at other minutes, is drift", () => {
    expect(sameSchedule("0,30 0 * * *", "0,45 0 * * *")).toBe(false);
  });

  it("other days at the same time is drift", () => {
    expect(sameSchedule("0 0 1 * *", "0 0 2 * *")).toBe(false);
  });
});

describe("sameSchedule: schedules that never run", () => {
  it("two dates that do not exist (30 and 31 February) give the same, empty, ticks", () => {
    expect(sameSchedule("0 0 30 2 *", "0 0 31 2 *")).toBe(true);
  });

  it("a date that does not exist is not a daily schedule", () => {
    expect(sameSchedule("0 6 * * *", "0 0 30 2 *")).toBe(false);
  });
});

describe("sameSchedule: text", () => {
  it("reads a preset around whitespace and in any case", () => {
    expect(sameSchedule("0 0 * * *", " @daily\n")).toBe(true);
    expect(sameSchedule("0 0 * * 0", "@WEEKLY")).toBe(true);
  });

  it("the same expression with other spacing is the same, even one it cannot step through", () => {
    expect(sameSchedule("0 6 * * +1", " 0  6\t* * +1 ")).toBe(true);
  });

  it("does not compare text outside cron's characters, even when croner would read it (its + weekday modifier)", () => {
    expect(sameSchedule("0 6 * * 1", "0 6 * * +1")).toBe(false);
  });
});

describe("sameSchedule: the first tick", () => {
  it("an extra tick before the first common one is drift, even if it never comes back (croner's year field)", () => {
    // 2 January 2024 only, against 1 and 2 January 2024: the second runs once more, on the 1st.
    expect(sameSchedule("0 0 0 2 1 * 2024", "0 0 0 1,2 1 * 2024")).toBe(false);
  });
});
