/**
 * The holiday calendar on its own: which occurrences `between` lists (edges, order, the year before)
 * and which rule `on` gives for a day two rules share. Dates are worked out by hand from the rules
 * (the seed's Christmas Dec 24–26, New Year Dec 31–Jan 2, Independence Day Jul 4), each
 * test building its own calendar, so only the questions it asks have expanded any year.
 */
import { describe, expect, it } from "vitest";
import { createHolidayCalendar, type HolidayOccurrence } from "../../../shared/domain/rotation/holiday-calendar";
import { dayOfIso, isoOfDay } from "../../../shared/domain/rotation/local-day";
import type { HolidayRule } from "../../../shared/domain/workspace-schema";

// Listed out of date order on purpose: `between` must sort by first day, not by rule.
const RULES: HolidayRule[] = [
  { name: "Christmas", from: "12-24", to: "12-26", eligible: ["senior"] },
  { name: "Independence Day", from: "07-04", to: "07-04", eligible: ["mid"] },
  { name: "Thanksgiving", rule: "4th thursday in november", days: 3, eligible: ["mid"] },
  { name: "New Year", from: "12-31", to: "01-02", eligible: ["senior"] },
];

const listed = (occurrences: HolidayOccurrence[]) => occurrences.map((o) => `${o.name} ${isoOfDay(o.firstDay)}..${isoOfDay(o.lastDay)}`);

describe("holiday calendar: between", () => {
  it("lists a year's holidays by first day, with the New Year that began the December before", () => {
    const calendar = createHolidayCalendar(RULES);
    // Nov 1 2027 is a Monday, so its Thursdays are the 4th, 11th, 18th and 25th.
    expect(listed(calendar.between(dayOfIso("2027-01-01"), dayOfIso("2027-12-31")))).toEqual([
      "New Year 2026-12-31..2027-01-02",
      "Independence Day 2027-07-04..2027-07-04",
      "Thanksgiving 2027-11-25..2027-11-27",
      "Christmas 2027-12-24..2027-12-26",
      "New Year 2027-12-31..2028-01-02",
    ]);
  });

  it("includes an occurrence that ends on the first day or starts on the last day asked, and nothing beyond", () => {
    const calendar = createHolidayCalendar(RULES);
    expect(listed(calendar.between(dayOfIso("2027-01-02"), dayOfIso("2027-07-04")))).toEqual([
      "New Year 2026-12-31..2027-01-02",
      "Independence Day 2027-07-04..2027-07-04",
    ]);
    // One day either side of those edges, neither is in.
    expect(listed(createHolidayCalendar(RULES).between(dayOfIso("2027-01-03"), dayOfIso("2027-07-03")))).toEqual([]);
  });

  it("lists by first day even after `on` has expanded later years first", () => {
    const calendar = createHolidayCalendar(RULES);
    calendar.on(dayOfIso("2028-03-01")); // expands 2027 and 2028 before 2026
    expect(listed(calendar.between(dayOfIso("2026-12-01"), dayOfIso("2027-07-31")))).toEqual([
      "Christmas 2026-12-24..2026-12-26",
      "New Year 2026-12-31..2027-01-02",
      "Independence Day 2027-07-04..2027-07-04",
    ]);
  });
});

describe("holiday calendar: on, where two rules share a day", () => {
  // Jan 1 is in both: the New Year range (listed first) and a one-day bank holiday.
  const SHARED: HolidayRule[] = [
    { name: "New Year", from: "12-31", to: "01-02", eligible: ["senior"] },
    { name: "Bank holiday", from: "01-01", to: "01-01", eligible: ["mid"] },
  ];

  it("gives the rule listed first, though the other one starts in the day's own year", () => {
    const calendar = createHolidayCalendar(SHARED);
    expect(calendar.on(dayOfIso("2027-01-01"))?.rule).toBe(SHARED[0]);
  });

  it("gives the rule listed first whichever year was asked about first", () => {
    const calendar = createHolidayCalendar(SHARED);
    // Asking about 2028 expands 2027 (its Bank holiday on Jan 1 2027) before the 2026 New Year
    // that also covers Jan 1 2027 is expanded by the second question.
    expect(calendar.on(dayOfIso("2028-01-01"))?.rule).toBe(SHARED[0]);
    expect(calendar.on(dayOfIso("2027-01-01"))?.rule).toBe(SHARED[0]);
    expect(isoOfDay(calendar.on(dayOfIso("2027-01-01"))!.firstDay)).toBe("2026-12-31");
  });
});

describe("holiday calendar: a year-long range", () => {
  // 2029 has no Feb 29: its start is clamped to Feb 28, so the 2028 occurrence (Feb 29 2028 – Feb 28
  // 2029) and the 2029 one (Feb 28 2029 – Feb 28 2030) share Feb 28 2029. The one already under way
  // keeps it, whichever year the calendar happened to expand first.
  const LEAP: HolidayRule[] = [{ name: "Leap year", from: "02-29", to: "02-28", eligible: ["senior"] }];

  it("gives the same occurrence for a day whatever was asked before", () => {
    const day = dayOfIso("2029-02-28");
    const fresh = createHolidayCalendar(LEAP).on(day);
    const later = createHolidayCalendar(LEAP);
    later.on(dayOfIso("2030-03-01"));
    expect(fresh?.firstDay).toBe(dayOfIso("2028-02-29"));
    expect(later.on(day)?.firstDay).toBe(dayOfIso("2028-02-29"));
  });
});
