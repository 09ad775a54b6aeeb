import { describe, expect, it } from "vitest";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import { risksView } from "../../../shared/domain/risks/risks-view";
import { at, defaultWorkspace } from "../rotation/fixtures";

describe("the risks view", () => {
  it("holds the register with each risk's signals, every signal, the heat map and the runbooks with their change dates", async () => {
    const ws = await defaultWorkspace();
    const changed = { at: "2026-10-01T12:00:00-04:00", from: "git" } as const;
    const view = risksView({ workspace: ws, schedule: compileSchedule(ws), nowMs: at("2026-12-25T12:00"), runbookChanges: { daily_growth: changed } });
    expect(view).toMatchObject({ at: "2026-12-25T12:00:00-05:00", zone: "America/New_York", withStatus: false, thresholds: { reviewIntervalDays: 90, siloShare: 0.4, runbookMaxAgeDays: 31 } });
    // Alex alone over Christmas (and New Year ahead), and Daily Growth's runbook untouched since October.
    expect(view.signals.map((s) => s.kind)).toEqual(["single-senior-holiday", "single-senior-holiday", "runbook-stale"]);
    const byId = Object.fromEntries(view.risks.map((r) => [r.id, r]));
    expect(byId["tool-dependencies"]!.signals.map((s) => s.kind)).toEqual(["single-senior-holiday", "single-senior-holiday", "runbook-stale"]);
    expect(byId["data-source-failures"]!.signals).toEqual([]);
    expect(byId["data-source-failures"]).toMatchObject({ score: 16, level: "critical", reviewDue: "2027-01-31", reviewOverdue: false });
    expect(view.heatMap).toHaveLength(25);
    expect(view.runbooks.daily_growth).toEqual({ file: "runbooks/daily_growth.md", title: expect.any(String), changed });
    expect(view.runbooks.unit_profit!.changed).toBeNull();
  });
});
