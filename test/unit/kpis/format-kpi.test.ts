import { describe, expect, it } from "vitest";
import { kpiCell, kpiText } from "../../../shared/domain/kpis/format-kpi";

describe("KPI text", () => {
  it("shows fractions as percentages and durations as durations, each against its target", () => {
    expect(kpiText({ value: 0.995, unit: "fraction", target: 0.95, met: true })).toEqual({ value: "99.5%", target: "≥ 95%", met: true });
    expect(kpiText({ value: 7_800_000, unit: "ms", target: 7_200_000, met: false })).toEqual({ value: "2h 10m", target: "≤ 2h", met: false });
    expect(kpiCell({ value: 1, unit: "fraction", target: 0.999, met: true })).toBe("100% ✓ (≥ 99.9%)");
    expect(kpiCell({ value: 7_800_000, unit: "ms", target: 7_200_000, met: false })).toBe("2h 10m ✗ (≤ 2h)");
  });

  it("says — when there was nothing to measure, keeping the target", () => {
    const none = { value: null, unit: "ms", target: 900_000, met: null } as const;
    expect(kpiText(none)).toEqual({ value: "—", target: "≤ 15m", met: null });
    expect(kpiCell(none)).toBe("—");
  });
});

describe("a KPI no source can measure", () => {
  it("says why instead of a number", () => {
    const unmeasured = { value: null, unit: "fraction", target: 0.995, met: null, unmeasured: "not measured by any source" } as const;
    expect(kpiText(unmeasured)).toEqual({ value: "not measured by any source", target: "≥ 99.5%", met: null });
    expect(kpiCell(unmeasured)).toBe("not measured by any source");
  });
});
