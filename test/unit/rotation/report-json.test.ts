/** The JSON of lint findings and fairness reports: instants as ISO with the workspace offset, hours rounded; expectations written by hand. */
import { describe, expect, it } from "vitest";
import type { FairnessReport } from "../../../shared/domain/rotation/fairness";
import type { Finding } from "../../../shared/domain/rotation/lint-schedule";
import { fairnessToJson, lintToJson } from "../../../shared/domain/rotation/report-json";
import { createZoneClock } from "../../../shared/domain/rotation/zone-clock";

// New York 2026-11-01: 05:00Z is 01:00 EDT, 06:00Z is 01:00 EST; 2026-12-01T05:00Z is midnight EST.
const ny = createZoneClock("America/New_York");
const NOV1_EDT = Date.UTC(2026, 10, 1, 5);
const NOV1_EST = Date.UTC(2026, 10, 1, 6);
const DEC1 = Date.UTC(2026, 11, 1, 5);

describe("fairnessToJson", () => {
  const report: FairnessReport = {
    from: NOV1_EDT,
    to: DEC1,
    engineers: [{ engineer: "ann", hours: 24.999999, nightHours: 7.999999, weekendHours: 1.234, holidayHours: 0, shifts: 3 }],
    spread: { hours: 2, nightHours: null, weekendHours: 1, holidayHours: null },
    blocks: [{ block: 1, start: NOV1_EDT, end: NOV1_EST, hours: { ann: 7.999999, bob: 8.004 }, balance: { ann: -1.236, bob: 1.236 } }],
  };

  it("writes instants with the New York offset in force (both 01:00s of the fall-back night) and rounds every hour to hundredths", () => {
    const json = fairnessToJson(report, ny);
    expect([json.from, json.to]).toEqual(["2026-11-01T01:00:00-04:00", "2026-12-01T00:00:00-05:00"]);
    expect(json.engineers).toEqual([{ engineer: "ann", hours: 25, nightHours: 8, weekendHours: 1.23, holidayHours: 0, shifts: 3 }]);
    expect(json.spread).toEqual({ hours: 2, nightHours: null, weekendHours: 1, holidayHours: null });
    expect(json.blocks).toEqual([
      { block: 1, start: "2026-11-01T01:00:00-04:00", end: "2026-11-01T01:00:00-05:00", hours: { ann: 8, bob: 8 }, balance: { ann: -1.24, bob: 1.24 } },
    ]);
  });
});

describe("lintToJson", () => {
  it("writes the range and each finding's start and end with the New York offset, and keeps the rest", () => {
    const finding: Finding = { kind: "coverage-gap", severity: "error", start: NOV1_EDT, end: NOV1_EST, engineers: [], message: "m", suggestion: "s" };
    expect(lintToJson(NOV1_EDT, DEC1, [finding], ny)).toEqual({
      from: "2026-11-01T01:00:00-04:00",
      to: "2026-12-01T00:00:00-05:00",
      findings: [{ kind: "coverage-gap", severity: "error", start: "2026-11-01T01:00:00-04:00", end: "2026-11-01T01:00:00-05:00", engineers: [], message: "m", suggestion: "s" }],
    });
  });
});
