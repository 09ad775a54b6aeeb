import { describe, expect, it } from "vitest";
import { sparklineGeometry } from "../../../renderer/features/kpis/sparkline-geometry";
import { trendText } from "../../../renderer/features/kpis/trend-text";

const BOX = { width: 104, height: 24, pad: 2 };

describe("sparklineGeometry", () => {
  it("spreads the days over the width and scales values and target between the bottom and the top", () => {
    // Values 0.5..1 with target 0.75: 0.5 at the bottom (y 22), 1 at the top (y 2), the target half way (y 12).
    const g = sparklineGeometry([0.5, 1, 0.75], 0.75, BOX);
    expect(g.runs).toEqual([
      [
        { x: 2, y: 22 },
        { x: 52, y: 2 },
        { x: 102, y: 12 },
      ],
    ]);
    expect(g.last).toEqual({ x: 102, y: 12 });
    expect(g.targetY).toBe(12);
  });

  it("takes the target into the scale when every value is on one side of it", () => {
    // All values above a target of 0: 0 is the bottom, 10 the top.
    const g = sparklineGeometry([10, 5], 0, BOX);
    expect(g.runs[0]!.map((p) => p.y)).toEqual([2, 12]);
    expect(g.targetY).toBe(22);
  });

  it("breaks the line at a day with nothing to measure instead of drawing it as zero, and keeps a lone day as a run of one", () => {
    const g = sparklineGeometry([1, 2, null, 3, null], 2, BOX);
    expect(g.runs.map((run) => run.map((p) => p.x))).toEqual([[2, 27], [77]]);
    expect(g.last).toEqual({ x: 77, y: 2 });
  });

  it("draws a flat series level with its target in the middle, and a single day in the centre", () => {
    expect(sparklineGeometry([3, 3], 3, BOX).runs[0]!.map((p) => p.y)).toEqual([12, 12]);
    expect(sparklineGeometry([3], 1, BOX).runs).toEqual([[{ x: 52, y: 2 }]]);
  });

  it("has nothing to draw when no day has a value", () => {
    expect(sparklineGeometry([null, null], 1, BOX)).toEqual({ runs: [], last: null, targetY: null });
    expect(sparklineGeometry([], 1, BOX)).toEqual({ runs: [], last: null, targetY: null });
  });
});

describe("trendText", () => {
  const days = (values: (number | null)[]) => values.map((value, i) => ({ date: `2026-03-0${i + 3}`, value }));

  it("names the days, the first and last values, the extremes and the target, in the KPI's own units", () => {
    expect(trendText({ unit: "fraction", target: 0.95, daily: days([1, 0.8, null, 0.8333]) })).toBe(
      "Daily, Mar 3 to Mar 6: first 100%, last 83.33%, lowest 80%, highest 100% (target ≥ 95%); 1 day with nothing to measure.",
    );
    expect(trendText({ unit: "ms", target: 3_600_000, daily: days([5_400_000, 1_800_000]) })).toBe("Daily, Mar 3 to Mar 4: first 1h 30m, last 30m, lowest 30m, highest 1h 30m (target ≤ 1h).");
  });

  it("says so when no day has a value, or there are no days", () => {
    expect(trendText({ unit: "fraction", target: 0.95, daily: days([null, null]) })).toBe("Daily, Mar 3 to Mar 4: nothing to measure on any day.");
    expect(trendText({ unit: "fraction", target: 0.95, daily: [] })).toBe("No daily values.");
  });

  it("reads a date as the calendar day it names, whatever this machine's zone", () => {
    expect(trendText({ unit: "fraction", target: 1, daily: [{ date: "2026-11-01", value: 1 }] })).toMatch(/^Daily, Nov 1 to Nov 1:/);
  });
});
