/** Edge cases of the on-call queries, overrides and calendar text, on hand-built shifts with hand-written expectations. */
import { describe, expect, it } from "vitest";
import { applyOverrides, type OverrideSpan } from "../../../shared/domain/rotation/apply-overrides";
import { calendarName, shiftSummary, shiftsToICalendar } from "../../../shared/domain/rotation/ical-export";
import { nextShiftsFor, whoIsOnCall } from "../../../shared/domain/rotation/on-call";
import { roundHours } from "../../../shared/domain/rotation/report-json";
import { compileSchedule, type Schedule } from "../../../shared/domain/rotation/schedule";
import type { Shift } from "../../../shared/domain/rotation/shift";
import { answering, londonWorkspace } from "./fixtures";

const H = 3_600_000;
const T0 = Date.UTC(2026, 0, 5, 9);

/** A rotation shift of `engineer` from `from` to `to` hours after T0. */
function shift(engineer: string, from: number, to: number, extra: Partial<Shift> = {}): Shift {
  return { start: T0 + from * H, end: T0 + to * H, engineer, slot: "day", block: 1, reason: "rotation", holiday: null, covers: null, ...extra };
}

/** The London schedule, but answering with `list` (the shifts overlapping the asked range), so gaps can be tested. */
const withShifts = (list: Shift[]): Schedule => answering(compileSchedule(londonWorkspace()), list);

/** An override of `covers` by `engineer` from `from` to `to` hours after T0. */
function span(engineer: string, covers: string, from: number, to: number): OverrideSpan {
  return { engineer, covers, start: T0 + from * H, end: T0 + to * H, entry: { engineer, covers, from: "", to: "" } as OverrideSpan["entry"] };
}

describe("whoIsOnCall around gaps", () => {
  const list = [shift("a", 0, 10), shift("b", 20, 30), shift("c", 30, 40), shift("d", 40, 50)];
  const who = (hours: number) => whoIsOnCall(withShifts(list), T0 + hours * H);

  it("in a gap: nobody, and next starts with the shift after the gap", () => {
    expect(who(15).shift).toBeNull();
    expect(who(15).next.map((s) => s.engineer)).toEqual(["b", "c", "d"]);
  });
  it("at a shift's exclusive end: that shift is over", () => {
    expect(who(10).shift).toBeNull();
    expect(who(10).next.map((s) => s.engineer)).toEqual(["b", "c", "d"]);
  });
  it("before the first shift and after the last one", () => {
    expect(who(-5).next.map((s) => s.engineer)).toEqual(["a", "b", "c"]);
    expect(who(55)).toMatchObject({ shift: null, next: [] });
  });
  it("inside a shift: that shift, then the following ones", () => {
    expect(who(5).shift!.engineer).toBe("a");
    expect(who(5).next.map((s) => s.engineer)).toEqual(["b", "c", "d"]);
  });
});

describe("nextShiftsFor", () => {
  it("finds nothing for an unknown engineer and stops at the horizon", () => {
    expect(nextShiftsFor(withShifts([shift("a", 0, 10)]), "nobody", T0, 1, 30)).toEqual([]);
  });
  it("does not look past the horizon, even by one chunk", () => {
    // A horizon of exactly one 28-day chunk; the shift starts on day 30.
    expect(nextShiftsFor(withShifts([shift("e", 30 * 24, 30 * 24 + 8)]), "e", T0, 1, 28)).toEqual([]);
  });
  it("counts a shift straddling two 28-day chunks once", () => {
    const straddling = shift("e", 27 * 24, 29 * 24);
    const later = shift("e", 40 * 24, 41 * 24);
    expect(nextShiftsFor(withShifts([straddling, later]), "e", T0, 3, 60)).toEqual([straddling, later]);
  });
});

describe("applyOverrides on split pieces", () => {
  const base = [shift("a", 0, 10)];
  it("a second override beside the first one's pieces splits only the piece it overlaps", () => {
    // b covers a 2..4, then c covers a 6..8: pieces a 0-2, b 2-4, a 4-6, c 6-8, a 8-10.
    const out = applyOverrides(base, [span("b", "a", 2, 4), span("c", "a", 6, 8)]);
    expect(out.map((s) => [s.engineer, (s.start - T0) / H, (s.end - T0) / H])).toEqual([
      ["a", 0, 2], ["b", 2, 4], ["a", 4, 6], ["c", 6, 8], ["a", 8, 10],
    ]);
  });
  it("an override touching a piece only at its edge leaves no empty piece", () => {
    // c covers a 3..4 (a already off then) and a 2..3: neither touches a's pieces 0-2 and 4-10.
    const out = applyOverrides(base, [span("b", "a", 2, 4), span("c", "a", 3, 4), span("c", "a", 2, 3)]);
    expect(out.map((s) => [s.engineer, (s.start - T0) / H, (s.end - T0) / H])).toEqual([["a", 0, 2], ["b", 2, 4], ["a", 4, 10]]);
  });
  it("an override of someone else keeps the shift", () => {
    expect(applyOverrides(base, [span("c", "z", 2, 4)])).toEqual(base);
  });
});

describe("calendar text", () => {
  const team = [{ id: "ann", name: "Ann Lee" }, { id: "bob", name: "Bob Roy" }];
  it("names the calendar after the workspace, the team or the engineer", () => {
    expect(calendarName({ name: "Ops", team })).toBe("On call: Ops");
    expect(calendarName({ team })).toBe("On call: team");
    expect(calendarName({ name: "Ops", team }, "bob")).toBe("On call: Bob Roy");
    expect(calendarName({ name: "Ops", team }, "zed")).toBe("On call: zed");
  });
  it("shows the holiday only for a holiday shift that has one", () => {
    expect(shiftSummary(shift("ann", 0, 8, { reason: "holiday", holiday: "Christmas" }), "Ann")).toBe("On call: day — Ann (holiday: Christmas)");
    expect(shiftSummary(shift("ann", 0, 8, { reason: "rotation", holiday: "Christmas" }), "Ann")).toBe("On call: day — Ann (rotation)");
    expect(shiftSummary(shift("ann", 0, 8, { reason: "holiday", holiday: null }), "Ann")).toBe("On call: day — Ann (holiday)");
  });
  it("describes a reassigned shift with the covered engineer's name", () => {
    const clock = compileSchedule(londonWorkspace()).clock;
    const text = shiftsToICalendar([shift("ann", 0, 8, { reason: "override", covers: "bob" })], clock, { name: "x", stamp: T0, team }).replace(/\r\n[ \t]/g, "");
    expect(text).toContain("DESCRIPTION:Ann Lee covers Bob Roy (override).");
    expect(text).toContain("PRODID:-//On-Call Desk//rotation//EN");
    expect(text).toContain("X-WR-CALNAME:x");
    expect(text).toContain("X-WR-TIMEZONE:Europe/London");
  });
  it("writes a summer shift in London wall time (BST, UTC+1)", () => {
    const clock = compileSchedule(londonWorkspace()).clock;
    const start = Date.UTC(2026, 6, 1, 8); // 09:00 BST
    const summer = { ...shift("ann", 0, 8), start, end: start + 8 * H };
    const text = shiftsToICalendar([summer], clock, { name: "x", stamp: T0, team });
    expect(text).toContain("DTSTART;TZID=Europe/London:20260701T090000");
    expect(text).toContain("DTEND;TZID=Europe/London:20260701T170000");
  });
});

describe("roundHours", () => {
  it("rounds float noise to hundredths", () => {
    expect(roundHours(7.999999)).toBe(8);
    expect(roundHours(1.234)).toBe(1.23);
  });
});
