/** Time off as instants: whole local days, half-open, and each engineer's spans in start order. Expectations come from luxon (`at`). */
import { describe, expect, it } from "vitest";
import { indexTimeOff } from "../../../shared/domain/rotation/time-off-index";
import { createZoneClock } from "../../../shared/domain/rotation/zone-clock";
import { at, hoursBetween } from "./fixtures";

const clock = createZoneClock("America/New_York");
// lisa's vacation of the default workspace: away from 2026-12-01 00:00 up to (not including) 2026-12-08 00:00.
const vacation = { engineer: "lisa", from: "2026-12-01", to: "2026-12-07", reason: "vacation" };
const index = indexTimeOff([vacation], clock);

describe("indexTimeOff", () => {
  it("an instant is away from the first day's local midnight, not a millisecond before", () => {
    expect(index.awayDuring("lisa", at("2026-12-01T00:00"))?.entry).toBe(vacation);
    expect(index.awayDuring("lisa", at("2026-12-01T00:00") - 1)).toBeUndefined();
  });

  it("the span ends at the local midnight after the last day, exclusive", () => {
    expect(index.awayDuring("lisa", at("2026-12-07T23:59"))?.entry).toBe(vacation);
    expect(index.awayDuring("lisa", at("2026-12-08T00:00"))).toBeUndefined();
  });

  it("a range only touching the span at either end does not overlap it; one millisecond inside does", () => {
    expect(index.awayDuring("lisa", at("2026-11-30T09:00"), at("2026-12-01T00:00"))).toBeUndefined();
    expect(index.awayDuring("lisa", at("2026-12-08T00:00"), at("2026-12-08T09:00"))).toBeUndefined();
    expect(index.awayDuring("lisa", at("2026-11-30T09:00"), at("2026-12-01T00:00") + 1)?.entry).toBe(vacation);
    expect(index.awayDuring("lisa", at("2026-12-08T00:00") - 1, at("2026-12-08T09:00"))?.entry).toBe(vacation);
    expect(index.awayDuring("sarah", at("2026-12-03T00:00"))).toBeUndefined();
  });

  it("a day off across the spring-forward change lasts 23 hours", () => {
    const span = indexTimeOff([{ engineer: "mike", from: "2026-03-08", to: "2026-03-08" }], clock).spans("mike")[0]!;
    expect([span.start, span.end]).toEqual([at("2026-03-08T00:00"), at("2026-03-09T00:00")]);
    expect(hoursBetween(span.start, span.end)).toBe(23);
  });

  it("lists each engineer's spans by start whatever the order they were written in", () => {
    const entries = [
      { engineer: "mike", from: "2026-09-01", to: "2026-09-02" },
      { engineer: "sarah", from: "2026-01-10", to: "2026-01-10" },
      { engineer: "mike", from: "2026-05-04", to: "2026-05-08" },
      { engineer: "mike", from: "2026-02-16", to: "2026-02-16" },
    ];
    const spans = indexTimeOff(entries, clock);
    expect(spans.spans("mike").map((s) => s.entry.from)).toEqual(["2026-02-16", "2026-05-04", "2026-09-01"]);
    expect(spans.spans("mike").map((s) => s.start)).toEqual([at("2026-02-16T00:00"), at("2026-05-04T00:00"), at("2026-09-01T00:00")]);
    expect(spans.spans("sarah").map((s) => s.entry.from)).toEqual(["2026-01-10"]);
    expect(spans.spans("alex")).toEqual([]);
  });
});
