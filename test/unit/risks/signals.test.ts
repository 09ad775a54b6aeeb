/**
 * Each live signal on and off at the right instants, in New York around the 2026 DST changes
 * (Mar 8 02:00 EST → 03:00 EDT; Nov 1 02:00 EDT → 01:00 EST). Expected instants come from luxon
 * wall-clock times (fixtures.at), never from the code under test.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { computeKpis } from "../../../shared/domain/kpis/kpis";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import type { PipelineRun } from "../../../shared/domain/runs";
import type { LiveStatus, RiskSignal, RunbookChange } from "../../../shared/domain/risks/signals/risk-signal";
import { riskSignals, type SignalWorkspace } from "../../../shared/domain/risks/signals/risk-signals";
import type { Workspace } from "../../../shared/domain/workspace";
import { at, defaultWorkspace } from "../rotation/fixtures";
import { run } from "../sla/fixtures";

let base: Workspace;
beforeAll(async () => {
  base = await defaultWorkspace();
});

/** The signals of `ws` at a New York wall-clock time (or an instant in ms). */
function signalsAt(ws: SignalWorkspace, when: string | number, options: { changes?: Record<string, RunbookChange>; live?: (nowMs: number) => LiveStatus } = {}): RiskSignal[] {
  const nowMs = typeof when === "number" ? when : at(when);
  return riskSignals({ workspace: ws, schedule: compileSchedule(ws), nowMs, runbookChanges: options.changes ?? {}, live: options.live?.(nowMs) });
}
const ofKind = (signals: RiskSignal[], kind: RiskSignal["kind"]) => signals.filter((s) => s.kind === kind);

describe("owners-away", () => {
  // Sarah (P1) and Mike (P2) of Unit-level Profit are both away Fri Mar 13 and Sat Mar 14, after the spring-forward.
  const away = (ws: Workspace): Workspace => ({
    ...ws,
    time_off: [
      { engineer: "sarah", from: "2026-03-12", to: "2026-03-14" },
      { engineer: "mike", from: "2026-03-13", to: "2026-03-16" },
    ],
  });

  it("turns on 7 local days before both are away — Mar 6 00:00 EST, not 168 hours before — with the dates", () => {
    expect(ofKind(signalsAt(away(base), "2026-03-05T23:59"), "owners-away")).toEqual([]);
    const [signal, ...others] = ofKind(signalsAt(away(base), "2026-03-06T00:00"), "owners-away");
    expect(others).toEqual([]);
    expect(signal).toEqual({
      kind: "owners-away",
      text: "Both owners of Unit-level Profit are away from Fri Mar 13 through Sat Mar 14 (P1 Sarah Johnson, P2 Mike Rodriguez): its alerts go to the on-call engineer and the escalation chain.",
      pipelines: ["unit_profit"],
      engineers: ["sarah", "mike"],
      source: null,
      from: "2026-03-13T00:00:00-04:00",
      until: "2026-03-15T00:00:00-04:00",
      riskIds: ["team-availability", "knowledge-silos"],
    });
  });

  it("holds while they are away and turns off at the local midnight it ends", () => {
    expect(ofKind(signalsAt(away(base), "2026-03-14T23:59"), "owners-away")[0]!.text).toMatch(/are away now, through Sat Mar 14/);
    expect(ofKind(signalsAt(away(base), "2026-03-15T00:00"), "owners-away")).toEqual([]);
  });

  it("is off when only one owner is away", () => {
    expect(ofKind(signalsAt({ ...base, time_off: [{ engineer: "sarah", from: "2026-03-12", to: "2026-03-14" }] }, "2026-03-13T12:00"), "owners-away")).toEqual([]);
  });
});

describe("knowledge-silo", () => {
  it("is off for the seed (Alex owns 2 of 5 pipelines: 40% is not more than 40%), before and after the DST change", () => {
    for (const when of ["2026-03-07T12:00", "2026-03-09T12:00"]) expect(ofKind(signalsAt(base, when), "knowledge-silo")).toEqual([]);
  });

  it("is on when one engineer owns more than the share, and follows a workspace's own share", () => {
    const alexOwnsGrowth = { ...base, pipelines: base.pipelines.map((p) => (p.id === "aggregate_growth" ? { ...p, owners: { primary: "alex", secondary: "mike" } } : p)) };
    const [signal] = ofKind(signalsAt(alexOwnsGrowth, "2026-03-08T12:00"), "knowledge-silo");
    expect(signal).toMatchObject({
      engineers: ["alex"],
      pipelines: ["aggregate_profit", "aggregate_growth", "aggregate_engagement"],
      from: null,
      until: null,
      riskIds: ["team-availability", "knowledge-silos", "tool-dependencies"],
    });
    expect(signal!.text).toMatch(/^Alex Chen is the primary owner of 3 of 5 pipelines \(60%, more than 40%\): Aggregate Profit, Aggregate Growth, Aggregate Engagement\./);
    expect(ofKind(signalsAt({ ...alexOwnsGrowth, risk_settings: { silo_share: "60%" } }, "2026-03-08T12:00"), "knowledge-silo")).toEqual([]);
    expect(ofKind(signalsAt({ ...base, risk_settings: { silo_share: "30%" } }, "2026-03-08T12:00"), "knowledge-silo").map((s) => s.engineers)).toEqual([["alex"]]);
  });
});

describe("runbook-stale", () => {
  // Daily Growth's runbook was last committed Thu Feb 5 10:00 EST; 31 calendar days later is Sun Mar 8 10:00 EDT.
  const changes = { daily_growth: { at: "2026-02-05T10:00:00-05:00", from: "git" } as const };

  it("turns on once more than 31 local days have passed: after Mar 8 10:00 EDT, not 31 × 24 hours", () => {
    expect(ofKind(signalsAt(base, "2026-03-08T10:00", { changes }), "runbook-stale")).toEqual([]);
    const [signal] = ofKind(signalsAt(base, at("2026-03-08T10:00") + 1000, { changes }), "runbook-stale");
    expect(signal).toEqual({
      kind: "runbook-stale",
      text: "The runbook of Daily Growth (runbooks/daily_growth.md) last changed on 2026-02-05 (its last commit), 31 days ago: more than 31 days. Review it with the team.",
      pipelines: ["daily_growth"],
      engineers: [],
      source: null,
      from: "2026-03-08T10:00:00-04:00",
      until: null,
      riskIds: ["team-availability", "knowledge-silos", "tool-dependencies"],
    });
  });

  it("follows the workspace's runbook_max_age, says when the date is the file's own, and skips runbooks of unknown age", () => {
    expect(ofKind(signalsAt({ ...base, risk_settings: { runbook_max_age: "45d" } }, "2026-03-09T12:00", { changes }), "runbook-stale")).toEqual([]);
    const mtime = { unit_profit: { at: "2026-01-01T09:00:00-05:00", from: "mtime" } as const };
    const [signal, ...others] = ofKind(signalsAt(base, "2026-03-09T12:00", { changes: mtime }), "runbook-stale");
    expect(others).toEqual([]);
    expect(signal!.text).toMatch(/Unit-level Profit \(runbooks\/unit_profit\.md\) last changed on 2026-01-01 \(the file's modification time; it is not committed\), 67 days ago/);
  });
});

describe("single-senior-holiday", () => {
  // The seed's Christmas rule leaves Alex on call Dec 24 01:00 → Dec 27 01:00 EST (the rotation lint's finding).
  it("turns on 90 local days ahead of the stretch — across the November DST change — and names the rule", () => {
    expect(ofKind(signalsAt(base, "2026-09-25T01:00"), "single-senior-holiday")).toEqual([]);
    const [christmas, ...others] = ofKind(signalsAt(base, "2026-09-25T01:01"), "single-senior-holiday");
    expect(others).toEqual([]);
    expect(christmas).toMatchObject({
      engineers: ["alex"],
      pipelines: [],
      from: "2026-12-24T01:00:00-05:00",
      until: "2026-12-27T01:00:00-05:00",
      riskIds: ["team-availability", "knowledge-silos", "tool-dependencies"],
    });
    expect(christmas!.text).toMatch(/Alex Chen is on call 72h straight.*Christmas allows only senior/);
  });

  it("holds through the stretch and turns off when it ends; New Year's follows", () => {
    const during = ofKind(signalsAt(base, "2026-12-27T00:59"), "single-senior-holiday");
    expect(during.map((s) => s.from)).toEqual(["2026-12-24T01:00:00-05:00", expect.stringMatching(/^2026-12-31T/)]);
    const after = ofKind(signalsAt(base, "2026-12-27T01:00"), "single-senior-holiday");
    expect(after.map((s) => s.text)).toEqual([expect.stringMatching(/New Year/)]);
  });

  it("is off when the rule lets enough engineers rotate", () => {
    const widened = { ...base, holidays: base.holidays.map((h) => ({ ...h, eligible: ["senior", "mid"] })) };
    expect(ofKind(signalsAt(widened, "2026-12-25T12:00"), "single-senior-holiday")).toEqual([]);
  });
});

describe("source-down", () => {
  // The demo source has been unreadable since 01:55 EST on the night the clocks spring forward.
  const live = (outages: LiveStatus["outages"]) => (nowMs: number): LiveStatus => ({ outages, kpis: computeKpis({ pipelines: [], runs: new Map(), acknowledgements: [], targets: base.kpis, now: new Date(nowMs), zone: base.timezone }, 7) });
  const down = live([{ sourceId: "demo", since: "2026-03-08T01:55:00-05:00", reason: "HTTP 503 from the scheduler" }]);

  it("turns on when the source has been unreadable for more than 10 minutes: after 03:05 EDT", () => {
    expect(ofKind(signalsAt(base, "2026-03-08T03:05", { live: down }), "source-down")).toEqual([]);
    const [signal] = ofKind(signalsAt(base, at("2026-03-08T03:05") + 1000, { live: down }), "source-down");
    expect(signal).toEqual({
      kind: "source-down",
      text: "Source demo has been unreadable for 10m 1s, since 01:55 EST: HTTP 503 from the scheduler. Unit-level Profit, Aggregate Profit, Aggregate Growth, Daily Growth, Aggregate Engagement cannot be verified.",
      pipelines: ["unit_profit", "aggregate_profit", "aggregate_growth", "daily_growth", "aggregate_engagement"],
      engineers: [],
      source: "demo",
      from: "2026-03-08T01:55:00-05:00",
      until: null,
      riskIds: ["data-source-failures", "infrastructure-failures", "data-quality-issues"],
    });
  });

  it("is off when the source reads again, and without the live status", () => {
    expect(ofKind(signalsAt(base, "2026-03-08T04:00", { live: live([]) }), "source-down")).toEqual([]);
    expect(ofKind(signalsAt(base, "2026-03-08T04:00"), "source-down")).toEqual([]);
  });
});

describe("sla-below-target", () => {
  // Aggregate Profit (daily 06:00 UTC, SLA 2h) delivered at 07:00 every day, except Mar 2: 08:30, half an hour past its 08:00 deadline.
  const runs = (): PipelineRun[] => {
    const out: PipelineRun[] = [];
    for (let day = Date.UTC(2026, 1, 15, 6); day <= Date.UTC(2026, 2, 12, 6); day += 86_400_000) {
      const end = day === Date.UTC(2026, 2, 2, 6) ? day + 150 * 60_000 : day + 60 * 60_000;
      out.push(run("aggregate_profit", new Date(day).toISOString(), "success", new Date(day + 5 * 60_000).toISOString(), new Date(end).toISOString()));
    }
    return out;
  };
  const live = (nowMs: number): LiveStatus => {
    const pipelines = base.pipelines.filter((p) => p.id === "aggregate_profit");
    return { outages: [], kpis: computeKpis({ pipelines, runs: new Map([["aggregate_profit", runs()]]), acknowledgements: [], targets: base.kpis, now: new Date(nowMs), zone: base.timezone }, 7) };
  };
  const slaAt = (ms: number) => ofKind(signalsAt(base, ms, { live }), "sla-below-target");

  it("is on while the missed deadline and the late half hour are in the last 7 days, naming what is under target", () => {
    // 6 of 7 deadlines met = 85.71%; 30 of 10,080 minutes late = 99.70% up.
    const [both] = slaAt(Date.parse("2026-03-09T07:59:00Z"));
    expect(both).toEqual({
      kind: "sla-below-target",
      text: "Aggregate Profit, last 7 days: SLA compliance 85.71% (target ≥ 95%) and uptime 99.7% (target ≥ 99.9%).",
      pipelines: ["aggregate_profit"],
      engineers: [],
      source: null,
      from: null,
      until: null,
      riskIds: ["sla-violations", "regulatory-compliance", "business-logic-errors"],
    });
  });

  it("after the DST change, drops the missed deadline when it leaves the window (04:00 EDT) and turns off once less than 0.1% of the window is late", () => {
    expect(slaAt(at("2026-03-09T04:00") + 1)[0]!.text).toBe("Aggregate Profit, last 7 days: uptime 99.7% (target ≥ 99.9%).");
    // 0.1% of 10,080 minutes is 10m 4.8s: the late half hour (08:00–08:30 UTC) keeps more than that in the window until 08:19:55.2 UTC.
    expect(slaAt(at("2026-03-09T04:19:55"))).toHaveLength(1);
    expect(slaAt(at("2026-03-09T04:19:56"))).toEqual([]);
  });
});
