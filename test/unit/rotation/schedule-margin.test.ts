/** compileSchedule().shifts settles whole blocks, however long they are and wherever the range starts; expectations written by hand. */
import { describe, expect, it } from "vitest";
import { expandShifts } from "../../../shared/domain/rotation/schedule";
import { at, londonWorkspace } from "./fixtures";

// Four-week blocks from Monday 2026-01-05: block 0 is shift days Jan 5 – Feb 1, with ann on days, bob on
// evenings and cat on nights (224 h each). Cat is away Jan 6–12, so her 7 nights go to ann and bob in turn
// (both would break their rest, so load decides: ann 4, bob 3), leaving ann 256 h, bob 248 h, cat 168 h.
// Bob is away on Feb 1, the block's last day: his evenings of Jan 31 and Feb 1 go to whoever of ann and
// cat has fewer hours in block 0 (both would break their rest), which is cat each time.
const source = {
  ...londonWorkspace(),
  rotation: { ...londonWorkspace().rotation, block: "4w" },
  time_off: [
    { engineer: "cat", from: "2026-01-06", to: "2026-01-12" },
    { engineer: "bob", from: "2026-02-01", to: "2026-02-01" },
  ],
};
const t = (local: string) => at(local, "Europe/London");

describe("schedule range and long blocks", () => {
  it("a range starting on a block's last day counts the hours of the whole block, not just its last weeks", () => {
    // Counting only the 16 days before Feb 2 would give everyone 128 h and hand Jan 31's evening to ann.
    const shifts = expandShifts(source, t("2026-02-01T00:00"), t("2026-02-02T00:00"));
    expect(shifts.map((s) => [s.engineer, s.start, s.end, s.reason, s.covers])).toEqual([
      ["cat", t("2026-01-31T17:00"), t("2026-02-01T01:00"), "time-off cover", "bob"],
      ["cat", t("2026-02-01T01:00"), t("2026-02-01T09:00"), "rotation", null],
      ["ann", t("2026-02-01T09:00"), t("2026-02-01T17:00"), "rotation", null],
      ["cat", t("2026-02-01T17:00"), t("2026-02-02T01:00"), "time-off cover", "bob"],
    ]);
  });
});
