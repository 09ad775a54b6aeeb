/** Direct tests of the rotation rule (planRotation, rotationShifts) at the edges of the days asked for; expectations written by hand. */
import { describe, expect, it } from "vitest";
import { planRotation, rotationShifts } from "../../../shared/domain/rotation/rotation-plan";
import { dayOfIso } from "../../../shared/domain/rotation/local-day";
import { createZoneClock } from "../../../shared/domain/rotation/zone-clock";
import type { RotationConfig } from "../../../shared/domain/workspace-schema";
import { at } from "./fixtures";

const london = createZoneClock("Europe/London");
/** A January time in London, where local time is UTC all month. */
const t = (local: string) => at(`2026-01-${local}`, "Europe/London");

/** The London fixture's rule: weekly blocks from Monday 2026-01-05, day 09:00, evening 17:00, night 01:00. */
function rotation(shifts: RotationConfig["shifts"], block = "1w"): RotationConfig {
  return { start: "2026-01-05", block, order: ["ann", "bob", "cat"], shifts };
}
const threeSlots = rotation([
  { name: "day", start: "09:00", end: "17:00" },
  { name: "evening", start: "17:00", end: "01:00" },
  { name: "night", start: "01:00", end: "09:00" },
]);

describe("planRotation", () => {
  it("rejects a block that is not a whole number of days, naming it", () => {
    const plan36h = () => planRotation(rotation(threeSlots.shifts, "36h"));
    expect(plan36h).toThrow(RangeError);
    expect(plan36h).toThrow(new RangeError('rotation.block "36h" must be a whole number of days (e.g. 1w, 2w, 7d)'));
  });

  it("orders slots by time within the shift day whatever order they are listed in, keeping each one's list position", () => {
    // The first listed slot (09:00) starts the shift day, so 01:00 falls on the next date and comes last.
    const plan = planRotation(
      rotation([
        { name: "day", start: "09:00", end: "17:00" },
        { name: "night", start: "01:00", end: "09:00" },
        { name: "late", start: "21:00", end: "01:00" },
        { name: "evening", start: "17:00", end: "21:00" },
      ]),
    );
    expect(plan.slots).toEqual([
      { name: "day", index: 0, minute: 9 * 60, dayOffset: 0 },
      { name: "evening", index: 3, minute: 17 * 60, dayOffset: 0 },
      { name: "late", index: 2, minute: 21 * 60, dayOffset: 0 },
      { name: "night", index: 1, minute: 60, dayOffset: 1 },
    ]);
  });
});

describe("rotationShifts", () => {
  const plan = planRotation(threeSlots);

  it("gives exactly the shifts of the days asked for, the last ending at the next day's first slot", () => {
    // Sunday Jan 11 is the last day of block 0 (day ann, evening bob, night cat); Monday Jan 12 starts
    // block 1, where each slot moves to the next engineer: day bob, evening cat, night ann.
    const shifts = rotationShifts(plan, london, dayOfIso("2026-01-11"), dayOfIso("2026-01-12"));
    expect(shifts).toEqual([
      { start: t("11T09:00"), end: t("11T17:00"), slot: "day", block: 0, engineer: "ann" },
      { start: t("11T17:00"), end: t("12T01:00"), slot: "evening", block: 0, engineer: "bob" },
      { start: t("12T01:00"), end: t("12T09:00"), slot: "night", block: 0, engineer: "cat" },
      { start: t("12T09:00"), end: t("12T17:00"), slot: "day", block: 1, engineer: "bob" },
      { start: t("12T17:00"), end: t("13T01:00"), slot: "evening", block: 1, engineer: "cat" },
      { start: t("13T01:00"), end: t("13T09:00"), slot: "night", block: 1, engineer: "ann" },
    ]);
  });

  it("gives one day's three shifts when asked for a single day", () => {
    const shifts = rotationShifts(plan, london, dayOfIso("2026-01-07"), dayOfIso("2026-01-07"));
    expect(shifts.map((s) => [s.slot, s.start, s.end])).toEqual([
      ["day", t("07T09:00"), t("07T17:00")],
      ["evening", t("07T17:00"), t("08T01:00")],
      ["night", t("08T01:00"), t("08T09:00")],
    ]);
  });

  it("of two slots that start together, only the one listed first yields a shift, and no empty shift appears", () => {
    const shared = planRotation(
      rotation([
        { name: "day", start: "09:00", end: "21:00" },
        { name: "handover", start: "09:00", end: "10:00" },
        { name: "night", start: "21:00", end: "09:00" },
      ]),
    );
    // Slot 0 (day) of block 0 is ann's, slot 2 (night) cat's.
    const shifts = rotationShifts(shared, london, dayOfIso("2026-01-07"), dayOfIso("2026-01-07"));
    expect(shifts).toEqual([
      { start: t("07T09:00"), end: t("07T21:00"), slot: "day", block: 0, engineer: "ann" },
      { start: t("07T21:00"), end: t("08T09:00"), slot: "night", block: 0, engineer: "cat" },
    ]);
  });
});
