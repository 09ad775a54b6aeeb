/** compileSchedule().shifts keeps only the override pieces that overlap the range asked for; expectations written by hand. */
import { describe, expect, it } from "vitest";
import { expandShifts } from "../../../shared/domain/rotation/schedule";
import { at, londonWorkspace } from "./fixtures";

// Block 0 (week of 2026-01-05) gives ann the 09:00–17:00 day shift; cat covers her 11:00–13:00 on Jan 7,
// which splits that shift into ann 09–11, cat 11–13 (override), ann 13–17.
const source = { ...londonWorkspace(), overrides: [{ engineer: "cat", covers: "ann", from: "2026-01-07T11:00", to: "2026-01-07T13:00" }] };
const t = (hhmm: string) => at(`2026-01-07T${hhmm}`, "Europe/London");
const ask = (from: string, to: string) => expandShifts(source, t(from), t(to)).map((s) => [s.engineer, s.start, s.end, s.reason]);

describe("schedule range and overrides", () => {
  it("returns only the override piece inside the range, not the rest of the split shift", () => {
    expect(ask("12:00", "12:30")).toEqual([["cat", t("11:00"), t("13:00"), "override"]]);
  });
  it("leaves out a piece that ends exactly where the range starts", () => {
    expect(ask("13:00", "13:30")).toEqual([["ann", t("13:00"), t("17:00"), "rotation"]]);
  });
  it("leaves out a piece that starts exactly where the range ends", () => {
    expect(ask("10:00", "11:00")).toEqual([["ann", t("09:00"), t("11:00"), "rotation"]]);
  });
});
