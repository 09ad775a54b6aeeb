/** Direct unit tests of the settling steps (cover choice, time-off cover) and of the VTIMEZONE text; expectations written by hand. */
import { describe, expect, it } from "vitest";
import { breaksRest, chooseCover, type WorkShift } from "../../../shared/domain/rotation/cover-choice";
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
