import { beforeAll, describe, expect, it } from "vitest";
import { heatMap } from "../../../shared/domain/risks/heat-map";
import { reviewState } from "../../../shared/domain/risks/review-due";
import { riskEntries, type RiskEntry } from "../../../shared/domain/risks/risk-entry";
import { filterRisks, sortRisks } from "../../../shared/domain/risks/risk-filters";
import { riskLevel, riskScore } from "../../../shared/domain/risks/risk-score";
import { DEFAULT_RISK_THRESHOLDS, riskThresholds } from "../../../shared/domain/risks/risk-settings";
import type { Workspace } from "../../../shared/domain/workspace";
import { at, defaultWorkspace } from "../rotation/fixtures";

let ws: Workspace;
let entries: RiskEntry[];
beforeAll(async () => {
  ws = await defaultWorkspace();
  entries = riskEntries(ws.risks, 90, at("2026-12-01T12:00"), ws.timezone);
});

const ids = (list: readonly RiskEntry[]) => list.map((r) => r.id);

describe("scores and levels", () => {
  it("score is likelihood × impact; levels follow the 5×5 matrix bands 1–3, 4–6, 8–12, 15–25", () => {
    expect(riskScore({ likelihood: 4, impact: 4 })).toBe(16);
    expect([1, 3, 4, 6, 8, 12, 15, 25].map(riskLevel)).toEqual(["low", "low", "medium", "medium", "high", "high", "critical", "critical"]);
  });

  it("the seed's register, scored", () => {
    const byId = Object.fromEntries(entries.map((r) => [r.id, r]));
    expect(byId["data-source-failures"]).toMatchObject({ likelihood: 4, impact: 4, score: 16, level: "critical", owner: "mike", consequence: "Pipeline failures, delayed reporting, data quality issues." });
    expect(byId["tool-dependencies"]).toMatchObject({ score: 6, level: "medium", pipelines: ["aggregate_growth", "daily_growth"] });
    expect(byId["team-availability"]).toMatchObject({ score: 9, level: "high", lastReviewed: "2026-11-02" });
  });
});

describe("review staleness", () => {
  it("flags a risk whose last review is older than the interval (default 90 days, or the workspace's)", () => {
    expect(DEFAULT_RISK_THRESHOLDS.reviewIntervalDays).toBe(90);
    expect(riskThresholds({ review_interval: "12w", silo_share: "50%" })).toEqual({ reviewIntervalDays: 84, siloShare: 0.5, runbookMaxAgeDays: 31 });
    // Reviewed 2026-10-15: due 2027-01-13, overdue from Jan 14 local midnight.
    const late = riskEntries(ws.risks, 90, at("2027-01-14T00:00"), ws.timezone);
    const early = riskEntries(ws.risks, 90, at("2027-01-13T23:59"), ws.timezone);
    expect(late.find((r) => r.id === "regulatory-compliance")).toMatchObject({ reviewDue: "2027-01-13", reviewOverdue: true });
    expect(early.find((r) => r.id === "regulatory-compliance")!.reviewOverdue).toBe(false);
    expect(ids(late.filter((r) => r.reviewOverdue))).toEqual(["regulatory-compliance", "business-logic-errors", "tool-dependencies"]);
    expect(ids(riskEntries(ws.risks, 30, at("2027-01-14T00:00"), ws.timezone).filter((r) => !r.reviewOverdue))).toEqual([]);
  });

  it("turns overdue at the local midnight after the due date, across a DST change", () => {
    // Reviewed Jan 7, 60 days: due Sun Mar 8 2026, the spring-forward day in New York (23 hours long).
    expect(reviewState("2026-01-07", 60, Date.parse("2026-03-09T03:59:59Z"), "America/New_York")).toEqual({ reviewDue: "2026-03-08", reviewOverdue: false });
    // Mar 9 00:00 EDT is 04:00 UTC, not 05:00 as it would be in EST.
    expect(reviewState("2026-01-07", 60, Date.parse("2026-03-09T04:00:00Z"), "America/New_York").reviewOverdue).toBe(true);
  });
});

describe("filters and sorting", () => {
  it("filters by category, pipeline, owner and heat-map cell, all at once", () => {
    expect(ids(filterRisks(entries, { category: "business" }))).toEqual(["sla-violations", "regulatory-compliance", "business-logic-errors"]);
    expect(ids(filterRisks(entries, { pipeline: "daily_growth", owner: "mike" }))).toEqual(["data-source-failures", "tool-dependencies"]);
    expect(ids(filterRisks(entries, { cell: { likelihood: 3, impact: 5 } }))).toEqual(["infrastructure-failures", "data-quality-issues"]);
    expect(filterRisks(entries, { category: "operational", owner: "sarah" })).toEqual([]);
  });

  it("sorts by score, likelihood or impact worst first and by last review oldest first; either way on request", () => {
    expect(ids(sortRisks(entries, "score")).slice(0, 3)).toEqual(["data-source-failures", "infrastructure-failures", "data-quality-issues"]);
    expect(sortRisks(entries, "score").at(-1)!.id).toBe("tool-dependencies");
    expect(ids(sortRisks(entries, "likelihood")).slice(0, 2)).toEqual(["data-source-failures", "infrastructure-failures"]);
    expect(ids(sortRisks(entries, "impact")).slice(0, 5)).toEqual(["infrastructure-failures", "data-quality-issues", "regulatory-compliance", "business-logic-errors", "data-source-failures"]);
    // Oldest review first; equal dates by score.
    expect(ids(sortRisks(entries, "lastReviewed")).slice(0, 3)).toEqual(["regulatory-compliance", "business-logic-errors", "tool-dependencies"]);
    expect(ids(sortRisks(entries, "lastReviewed", "desc")).at(-1)).toBe("tool-dependencies");
    expect(ids(sortRisks(entries, "score", "asc"))[0]).toBe("tool-dependencies");
  });
});

describe("the heat map", () => {
  it("has 25 cells, likelihood 5 on top, impact 1 on the left, each listing its risks", () => {
    const cells = heatMap(entries);
    expect(cells).toHaveLength(25);
    expect(cells[0]).toMatchObject({ likelihood: 5, impact: 1, score: 5, level: "medium", riskIds: [] });
    expect(cells[24]).toMatchObject({ likelihood: 1, impact: 5, score: 5 });
    expect(cells.find((c) => c.likelihood === 4 && c.impact === 4)).toMatchObject({ score: 16, level: "critical", riskIds: ["data-source-failures"] });
    expect(cells.find((c) => c.likelihood === 3 && c.impact === 4)!.riskIds).toEqual(["sla-violations", "knowledge-silos"]);
    expect(cells.flatMap((c) => c.riskIds).sort()).toEqual(ids(entries).sort());
  });
});
