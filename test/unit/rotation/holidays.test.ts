import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { createHolidayCalendar, nthWeekdayOfMonth } from "../../../shared/domain/rotation/holiday-calendar";
import { dayOfDate, isoOfDay } from "../../../shared/domain/rotation/local-day";
import { expandShifts } from "../../../shared/domain/rotation/schedule";
import { at, defaultWorkspace, hoursBetween } from "./fixtures";

/** The dates of each weekday (1–7) of a month, by walking luxon days: the independent oracle. */
function weekdaysOf(year: number, month: number): Map<number, string[]> {
  const byWeekday = new Map<number, string[]>();
  for (let d = DateTime.utc(year, month, 1); d.month === month; d = d.plus({ days: 1 })) byWeekday.set(d.weekday, [...(byWeekday.get(d.weekday) ?? []), d.toISODate()!]);
  return byWeekday;
}

/** The nth (or last, n = -1) weekday of a month per the oracle. */
function oracle(year: number, month: number, weekday: number, n: number, walked = weekdaysOf(year, month)): string | undefined {
  const days = walked.get(weekday)!;
  return n < 0 ? days.at(-1) : days[n - 1];
}

describe("holiday rules", () => {
  it("nth and last weekday of a month match a day-by-day walk, 2024–2030", () => {
    const got: (string | undefined)[] = [];
    const want: (string | undefined)[] = [];
    for (let year = 2024; year <= 2030; year++) {
      for (let month = 1; month <= 12; month++) {
        const walked = weekdaysOf(year, month);
        for (let weekday = 1; weekday <= 7; weekday++) {
          for (const n of [1, 2, 3, 4, 5, -1]) {
            const day = nthWeekdayOfMonth(year, month, weekday, n);
            got.push(day === undefined ? undefined : isoOfDay(day));
            want.push(oracle(year, month, weekday, n, walked));
          }
        }
      }
    }
    expect(got).toEqual(want);
    expect(want.filter((w) => w === undefined).length).toBeGreaterThan(0); // some months have no 5th
  });

  it("reads '4th thursday in november' with its length, fixed ranges, and the New Year range that wraps the year", () => {
    const calendar = createHolidayCalendar([
      { name: "Thanksgiving", rule: "4th thursday in november", days: 3, eligible: ["mid"] },
      { name: "Memorial Day", rule: "last monday in may", days: 1, eligible: ["mid"] },
      { name: "New Year", from: "12-31", to: "01-02", eligible: ["senior"] },
    ]);
    const name = (iso: string) => calendar.on(dayOfDate(...(iso.split("-").map(Number) as [number, number, number])))?.name;
    expect(["2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"].map(name)).toEqual([undefined, "Thanksgiving", "Thanksgiving", "Thanksgiving", undefined]);
    expect(name(oracle(2027, 5, 1, -1)!)).toBe("Memorial Day");
    expect(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"].map(name)).toEqual([undefined, "New Year", "New Year", "New Year", undefined]);
    // Asked about January first, the occurrence that began the previous December is still found.
    const fresh = createHolidayCalendar([{ name: "New Year", from: "12-31", to: "01-02", eligible: ["senior"] }]);
    expect(fresh.on(dayOfDate(2030, 1, 2))?.name).toBe("New Year");
  });

  it("Christmas 2026: every shift starting Dec 24–26 is the one senior's (alex), 72 hours in all", async () => {
    const ws = await defaultWorkspace();
    const seniors = ws.team.filter((e) => e.level === "senior").map((e) => e.id);
    const shifts = expandShifts(ws, at("2026-12-20T00:00"), at("2026-12-30T00:00"));
    const christmas = shifts.filter((s) => s.start >= at("2026-12-24T00:00") && s.start < at("2026-12-27T00:00"));
    expect(christmas.length).toBe(9);
    expect(new Set(christmas.map((s) => s.engineer))).toEqual(new Set(seniors));
    expect(christmas.every((s) => s.holiday === "Christmas")).toBe(true);
    expect(christmas.filter((s) => s.reason === "holiday").every((s) => s.covers !== null && !seniors.includes(s.covers))).toBe(true);
    expect(hoursBetween(christmas[0]!.start, christmas.at(-1)!.end)).toBe(72);
    // The day after, the plain rotation is back.
    const after = shifts.filter((s) => s.start >= at("2026-12-27T00:00"));
    expect(after.every((s) => s.reason === "rotation" && s.holiday === null)).toBe(true);
  });

  it("Thanksgiving 2026 (Nov 26–28): only mid-level engineers, hours balanced between them", async () => {
    const ws = await defaultWorkspace();
    const thursday = oracle(2026, 11, 4, 4)!;
    expect(thursday).toBe("2026-11-26");
    const mids = ws.team.filter((e) => e.level === "mid").map((e) => e.id);
    const shifts = expandShifts(ws, at("2026-11-20T00:00"), at("2026-12-01T00:00"));
    const holiday = shifts.filter((s) => s.start >= at(`${thursday}T00:00`) && s.start < at("2026-11-29T00:00"));
    expect(holiday.length).toBe(9);
    expect(holiday.every((s) => mids.includes(s.engineer) && s.holiday === "Thanksgiving")).toBe(true);
    const hours = mids.map((id) => holiday.filter((s) => s.engineer === id).reduce((h, s) => h + hoursBetween(s.start, s.end), 0));
    expect(Math.abs(hours[0]! - hours[1]!)).toBeLessThanOrEqual(8); // one shift apart at most
  });

  it("Independence Day and the New Year wrap: eligible engineers only", async () => {
    const ws = await defaultWorkspace();
    const july = expandShifts(ws, at("2026-07-04T00:00"), at("2026-07-05T00:00")).filter((s) => s.start >= at("2026-07-04T00:00"));
    expect(july.every((s) => ["sarah", "mike"].includes(s.engineer))).toBe(true);
    const newYear = expandShifts(ws, at("2026-12-31T00:00"), at("2027-01-03T00:00")).filter((s) => s.start >= at("2026-12-31T00:00"));
    expect(newYear.every((s) => s.engineer === "alex" && s.holiday === "New Year")).toBe(true);
  });

  it("an eligible engineer on time off is skipped for another eligible one", async () => {
    const ws = await defaultWorkspace();
    const shifts = expandShifts({ ...ws, time_off: [{ engineer: "mike", from: "2026-11-26", to: "2026-11-28" }] }, at("2026-11-20T00:00"), at("2026-12-01T00:00"));
    const holiday = shifts.filter((s) => s.start >= at("2026-11-26T00:00") && s.start < at("2026-11-29T00:00"));
    expect(holiday.every((s) => s.engineer === "sarah")).toBe(true);
  });
});
