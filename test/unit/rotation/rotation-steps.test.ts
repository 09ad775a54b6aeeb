/** Direct unit tests of the settling steps (cover choice, time-off cover) and of the VTIMEZONE text; expectations written by hand. */
import { describe, expect, it } from "vitest";
import { breaksRest, chooseCover, type WorkShift } from "../../../shared/domain/rotation/cover-choice";
import { assignHolidays, holidayCandidates } from "../../../shared/domain/rotation/assign-holidays";
import { coverTimeOff } from "../../../shared/domain/rotation/cover-time-off";
import type { HolidayOccurrence } from "../../../shared/domain/rotation/holiday-calendar";
import type { AwayIndex } from "../../../shared/domain/rotation/time-off-index";
import type { Engineer, HolidayRule } from "../../../shared/domain/workspace-schema";
import { createZoneClock } from "../../../shared/domain/rotation/zone-clock";
import { vtimezone } from "../../../shared/domain/rotation/vtimezone";
import { at } from "./fixtures";

const H = 3_600_000;

/** Back-to-back 8-hour shifts from t=0, shift k held by holders[k] (block per shift from `blocks`, else 0). */
function shiftsOf(holders: readonly string[], blocks: readonly number[] = []): WorkShift[] {
  return holders.map((engineer, k) => ({
    start: k * 8 * H,
    end: (k + 1) * 8 * H,
    slot: "s",
    block: blocks[k] ?? 0,
    engineer,
    rotation: engineer,
    reason: "rotation",
    holiday: null,
    covers: null,
  }));
}

/** A shift from hour `from` to hour `to` (from t=0), held by `engineer` in `block`. */
function shift(from: number, to: number, engineer: string, block = 0, holiday: HolidayOccurrence | null = null): WorkShift {
  return { start: from * H, end: to * H, slot: "s", block, engineer, rotation: engineer, reason: "rotation", holiday, covers: null };
}

/** An away index from [engineer, fromHour, toHour] spans; away when the span overlaps the shift. */
function awayFrom(spans: ReadonlyArray<readonly [string, number, number]>): AwayIndex {
  return {
    spans: () => [],
    awayDuring: (id, start, end = start) =>
      spans.some(([who, from, to]) => who === id && start < to * H && end > from * H) ? ({} as never) : undefined,
  };
}

describe("breaksRest", () => {
  const shifts = shiftsOf(["a", "b", "c", "d", "e", "f"]);
  const holder = (overrides: Record<number, string>) => (j: number) => overrides[j] ?? shifts[j]!.engineer;

  it("is true when the engineer holds the shift just before", () => {
    expect(breaksRest(shifts, 3, "x", holder({ 2: "x" }))).toBe(true);
  });
  it("is true when the engineer holds the very first shift just before (index 0)", () => {
    expect(breaksRest(shifts, 1, "x", holder({ 0: "x" }))).toBe(true);
  });
  it("is false when the engineer's earlier shift ended exactly 8 hours before", () => {
    expect(breaksRest(shifts, 3, "x", holder({ 1: "x" }))).toBe(false);
  });
  it("is true when the engineer holds the shift just after", () => {
    expect(breaksRest(shifts, 3, "x", holder({ 4: "x" }))).toBe(true);
  });
  it("is false when the engineer's next shift starts exactly 8 hours after", () => {
    expect(breaksRest(shifts, 3, "x", holder({ 5: "x" }))).toBe(false);
  });
  it("is false when neighbours within 8 hours are held by others", () => {
    expect(breaksRest(shifts, 3, "x", holder({}))).toBe(false);
  });
  it("is false for the last shift when nobody near is the engineer", () => {
    expect(breaksRest(shifts, 5, "x", holder({}))).toBe(false);
  });
});

describe("chooseCover", () => {
  const shifts = shiftsOf(["a", "b", "c"]);
  const holderOf = (j: number) => shifts[j]!.engineer;

  it("prefers the lighter load among candidates who keep their rest", () => {
    const load = (id: string) => ({ x: 8, y: 16 })[id]!;
    expect(chooseCover(shifts, 1, ["x", "y"], load, holderOf)).toBe("x");
  });
  it("keeps the earlier candidate on equal load", () => {
    expect(chooseCover(shifts, 1, ["x", "y"], () => 0, holderOf)).toBe("x");
  });
  it("prefers a candidate who keeps their rest over a lighter-loaded one who would not", () => {
    // y holds shift 0, right before shift 1, so giving y shift 1 leaves no rest; x has more hours but keeps it.
    const load = (id: string) => ({ x: 16, y: 8 })[id]!;
    const holders = (j: number) => (j === 0 ? "y" : shifts[j]!.engineer);
    expect(chooseCover(shifts, 1, ["x", "y"], load, holders)).toBe("x");
  });
});

describe("vtimezone", () => {
  it("writes New York's changes from a year before to a year after, DAYLIGHT first in summer", () => {
    const clock = createZoneClock("America/New_York");
    const text = vtimezone(clock, at("2026-06-01T00:00"), at("2026-06-02T00:00"));
    // Changes between 2025-06-01 and 2027-06-02: 2025-11-02, 2026-03-08, 2026-11-01, 2027-03-14 at 02:00 local.
    const part = (kind: string, at: string, from: string, to: string) =>
      [`BEGIN:${kind}`, `DTSTART:${at}`, `TZOFFSETFROM:${from}`, `TZOFFSETTO:${to}`, `END:${kind}`];
    expect(text.split("\r\n")).toEqual([
      "BEGIN:VTIMEZONE",
      "TZID:America/New_York",
      ...part("DAYLIGHT", "19700101T000000", "-0400", "-0400"),
      ...part("STANDARD", "20251102T020000", "-0400", "-0500"),
      ...part("DAYLIGHT", "20260308T020000", "-0500", "-0400"),
      ...part("STANDARD", "20261101T020000", "-0400", "-0500"),
      ...part("DAYLIGHT", "20270314T020000", "-0500", "-0400"),
      "END:VTIMEZONE",
    ]);
  });
  it("writes a fixed zone as one STANDARD part at +0000", () => {
    const text = vtimezone(createZoneClock("UTC"), Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 2));
    expect(text.split("\r\n")).toEqual([
      "BEGIN:VTIMEZONE",
      "TZID:UTC",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "TZOFFSETFROM:+0000",
      "TZOFFSETTO:+0000",
      "END:STANDARD",
      "END:VTIMEZONE",
    ]);
  });
});

describe("holidayCandidates", () => {
  const engineer = (id: string): Engineer => ({ id, name: id, level: "mid", contact: {} });
  it("lists rotation members in rotation order, then the rest of the team", () => {
    const occurrence = { name: "H", rule: { eligible: ["mid"] } as unknown as HolidayRule, firstDay: 0, lastDay: 0 };
    const team = ["z", "c", "a", "b"].map(engineer);
    expect(holidayCandidates(occurrence, team, ["a", "b", "c"])).toEqual(["a", "b", "c", "z"]);
  });
});

describe("assignHolidays", () => {
  const team: Engineer[] = [
    { id: "a", name: "A", level: "senior", contact: {} },
    { id: "b", name: "B", level: "senior", contact: {} },
    { id: "c", name: "C", level: "junior", contact: {} },
  ];
  const holiday: HolidayOccurrence = { name: "H", rule: { eligible: ["senior"] } as unknown as HolidayRule, firstDay: 0, lastDay: 0 };

  it("lets eligible holders keep their shifts and gives the rest to the one with fewer holiday hours", () => {
    // b keeps 12 h, a keeps 8 h, so c's shift (c is not eligible) goes to a.
    const shifts = [shift(0, 12, "b", 0, holiday), shift(48, 56, "a", 0, holiday), shift(96, 104, "c", 0, holiday)];
    assignHolidays(shifts, team, ["a", "b", "c"], awayFrom([]));
    expect(shifts.map((s) => [s.engineer, s.reason, s.covers])).toEqual([
      ["b", "rotation", null],
      ["a", "rotation", null],
      ["a", "holiday", "c"],
    ]);
  });
});

describe("coverTimeOff", () => {
  it("gives an away holder's shift to the member with fewest hours in the block, and moves the hours", () => {
    const shifts = [
      shift(0, 8, "b"),
      shift(24, 32, "b"),
      shift(48, 56, "c"), // c away: b has 16 h, a 8 h -> a
      shift(120, 128, "b"), // b away: a now has 16 h, c 0 h -> c
      shift(200, 208, "a"),
    ];
    coverTimeOff(shifts, ["b", "a", "c"], awayFrom([["c", 48, 56], ["b", 120, 128]]));
    expect(shifts.map((s) => [s.engineer, s.covers])).toEqual([
      ["b", null],
      ["b", null],
      ["a", "c"],
      ["c", "b"],
      ["a", null],
    ]);
  });

  it("counts a moved shift's own length, not more, against the new holder", () => {
    const shifts = [
      shift(0, 8, "b"),
      shift(24, 32, "b"),
      shift(48, 56, "c"), // c away: a 8 h, b 16 h, d 24 h -> a (now 16 h)
      shift(120, 128, "b"), // b and c away: a 16 h, d 24 h -> a
      shift(200, 208, "a"),
      shift(300, 308, "d"),
      shift(320, 328, "d"),
      shift(340, 348, "d"),
    ];
    coverTimeOff(shifts, ["b", "a", "c", "d"], awayFrom([["c", 48, 56], ["b", 120, 128], ["c", 120, 128]]));
    expect(shifts.slice(2, 4).map((s) => [s.engineer, s.covers])).toEqual([
      ["a", "c"],
      ["a", "b"],
    ]);
  });

  it("settles each block alone, reading other blocks' shifts as they were before the step", () => {
    const shifts = [
      shift(0, 8, "a", 0), // a away -> x (b would break rest: it holds the next shift before the step)
      shift(8, 16, "b", 1), // b away; a would break rest (held shift 0 before the step) -> x
      shift(16, 24, "b", 1), // b away; a away; x now holds the shift before, y does not -> y
      shift(100, 108, "y", 1),
    ];
    const away = awayFrom([["a", 0, 8], ["b", 8, 24], ["a", 16, 24]]);
    coverTimeOff(shifts, ["a", "b", "x", "y"], away);
    expect(shifts.map((s) => [s.engineer, s.covers])).toEqual([
      ["x", "a"],
      ["x", "b"],
      ["y", "b"],
      ["y", null],
    ]);
  });
});
