import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAppServices } from "../../../main/app/app-services";
import { createHandlers, forwardEvents, type HandlerServices } from "../../../main/app/handlers";
import { guardedCall } from "../../../main/app/ipc-guard";
import { EMBEDDED_WORKSPACE_DIR } from "../../../main/services/workspace/load-workspace";
import type { StatusSnapshot } from "../../../shared/domain/status";
import type { InvokeChannel, InvokeMap } from "../../../shared/ipc/contract";
import { createFakeClock, type FakeClock } from "../../fakes/fake-clock";

const AT = new Date("2026-03-10T15:00:00Z"); // 11:00 in New York, two days after the DST change
const running: HandlerServices[] = [];

function desk(clock: FakeClock = createFakeClock(AT), stateDir?: string) {
  const services = createAppServices({
    name: "oncall-desk",
    version: "0.0.0-test",
    workspaceOverride: EMBEDDED_WORKSPACE_DIR,
    embeddedWorkspaceDir: EMBEDDED_WORKSPACE_DIR,
    clock,
    stateDirFor: stateDir === undefined ? undefined : () => stateDir,
  });
  running.push(services);
  const handlers = createHandlers(services);
  const call = <K extends InvokeChannel>(channel: K, payload: InvokeMap[K]["request"] | unknown) =>
    guardedCall(handlers, channel, payload, { ownWindow: true, frameUrl: "app://oncall-desk/index.html" }, () => true) as Promise<InvokeMap[K]["response"]>;
  /** The snapshot once the first poll of the demo source has been evaluated. */
  const firstSnapshot = async (): Promise<StatusSnapshot> => {
    await services.desk.current();
    await clock.flush();
    const snapshot = await call("status:get", {});
    if (!snapshot?.pipelines.length) throw new Error("no pipelines after the first poll");
    return snapshot;
  };
  return { services, clock, call, firstSnapshot };
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.desk.stop()));
});

describe("status, KPI, on-call, escalation, alert and schedule channels on the demo workspace", () => {
  it("status:get: five demo pipelines, at least one late and one at risk, with their alerts", async () => {
    const snapshot = await desk().firstSnapshot();
    expect(snapshot.at).toBe(AT.toISOString());
    expect(snapshot.pipelines).toHaveLength(5);
    expect(snapshot.pipelines.every((p) => p.demo && p.source === "demo")).toBe(true);
    const states = snapshot.pipelines.map((p) => p.state);
    expect(states).toContain("late");
    expect(states).toContain("at-risk");
    expect(snapshot.alerts.map((a) => a.kind)).toEqual(expect.arrayContaining(["late", "at-risk"]));
  });

  it("kpis:get takes the resolution time from the incidents of the state folder: 40 minutes from start to resolved", async () => {
    const clock = createFakeClock(AT);
    const { call, firstSnapshot } = desk(clock, mkdtempSync(path.join(tmpdir(), "ocd-kpi-incidents-")));
    const snapshot = await firstSnapshot();
    const before = await call("kpis:get", { days: 7 });
    expect(before!.overall.resolution).toMatchObject({ value: null, count: 0 });
    const late = snapshot.alerts.find((a) => a.kind === "late")!;
    const incident = await call("incidents:start", { alertId: late.id, as: "alex" });
    await clock.advance(40 * 60_000);
    await call("incidents:resolve", { incidentId: incident.id, summary: "re-ran the load", cause: "infrastructure", risks: [], followUps: [], as: "alex" });
    const after = await call("kpis:get", { days: 7 });
    expect(after!.overall.resolution).toMatchObject({ value: 40 * 60_000, count: 1 });
    expect(after!.pipelines[late.pipelineId]!.resolution).toMatchObject({ value: 40 * 60_000, count: 1 });
  });

  it("kpis:get gives the monitor's KPIs over 7 or 30 days at the clock's now, acknowledgements included", async () => {
    const { call, services, firstSnapshot } = desk();
    const snapshot = await firstSnapshot();
    // An acknowledged alert gives MTTA something to measure, so the book's side is checked too.
    const alert = snapshot.alerts[0]!;
    await call("alerts:acknowledge", { alertId: alert.id });
    const monitor = (await services.desk.current())!.monitor;
    for (const days of [7, 30] as const) {
      const report = await call("kpis:get", { days });
      expect(report).toEqual(monitor.kpis(days));
      expect(report).toMatchObject({ days, to: AT.toISOString(), from: new Date(AT.getTime() - days * 86_400_000).toISOString() });
      expect(Object.keys(report!.pipelines).sort()).toEqual(snapshot.pipelines.map((p) => p.id).sort());
      expect(report!.pipelines[alert.pipelineId]!.mtta.value).not.toBeNull();
    }
  });

  it("oncall:now names the engineer of the rotation at the clock's now, or at `at`", async () => {
    const { call } = desk();
    // By hand from the seed: 11:00 New York on 2026-03-10 is shift day 64 after the rotation start
    // (2026-01-05), so 2-week block 4; the day slot goes to order[(4 + 0) mod 4] = alex, until 17:00.
    const view = await call("oncall:now", {});
    expect(view?.shift).toMatchObject({ engineer: "alex", slot: "day", name: "Alex Chen", end: "2026-03-10T17:00:00-04:00" });
    expect(view?.zone).toBe("America/New_York");
    expect(view?.next).toHaveLength(3);
    const later = await call("oncall:now", { at: "2026-12-25T10:00:00-05:00" });
    expect(later).toMatchObject({ holiday: "Christmas", shift: { engineer: "alex" } });
  });

  it("escalation:get gives the pipeline's chain; an unknown pipeline is an error", async () => {
    const { call } = desk();
    const chain = await call("escalation:get", { pipelineId: "aggregate_profit" });
    expect(chain?.pipeline).toBe("aggregate_profit");
    expect(chain?.contacts[0]).toMatchObject({ step: "primary", id: "alex", page: 1 });
    expect(chain?.contacts.at(-1)?.step).toBe("manager");
    await expect(call("escalation:get", { pipelineId: "nope" })).rejects.toThrow(/unknown pipeline "nope"/);
  });

  it("alerts:acknowledge and alerts:snooze change the alert and emit status:changed", async () => {
    const { call, services, firstSnapshot } = desk();
    const snapshot = await firstSnapshot();
    const emit = vi.fn();
    const stop = forwardEvents(services, emit);
    expect(emit).toHaveBeenCalledWith("status:changed", { at: AT.toISOString() });
    emit.mockClear();
    const [first, second] = snapshot.alerts;
    await expect(call("alerts:acknowledge", { alertId: first!.id })).resolves.toMatchObject({ id: first!.id, state: "acknowledged" });
    expect(emit).toHaveBeenCalledWith("status:changed", expect.anything());
    const until = new Date(AT.getTime() + 3_600_000).toISOString();
    await expect(call("alerts:snooze", { alertId: second!.id, until })).resolves.toMatchObject({ state: "snoozed", snoozedUntil: until });
    const after = await call("status:get", {});
    expect(after?.alerts.find((a) => a.id === first!.id)?.state).toBe("acknowledged");
    expect(after?.alerts.find((a) => a.id === second!.id)?.state).toBe("snoozed");
    // An acknowledged alert cannot be snoozed, an unknown one cannot be acknowledged.
    await expect(call("alerts:snooze", { alertId: first!.id, until })).resolves.toBeNull();
    await expect(call("alerts:acknowledge", { alertId: "nope" })).resolves.toBeNull();
    stop();
  });

  it("pipeline:history judges the pipeline's intervals as the KPIs do, from the runs last read; an unknown pipeline is an error", async () => {
    const { call, services, firstSnapshot } = desk();
    await firstSnapshot();
    const history = await call("pipeline:history", { pipelineId: "aggregate_profit", days: 7 });
    const monitor = (await services.desk.current())!.monitor;
    expect(history).toEqual(monitor.history("aggregate_profit", 7));
    expect(history).toMatchObject({ pipelineId: "aggregate_profit", days: 7, to: AT.toISOString() });
    // Daily at 06:00 UTC: seven intervals in the week up to Mar 10 15:00 UTC.
    expect(history!.intervals).toHaveLength(7);
    // The KPIs count the same outcomes: compliance is the share of intervals met by their deadline.
    const kpi = monitor.kpis(7).pipelines.aggregate_profit!.slaCompliance.value!;
    const due = history!.intervals.filter((i) => Date.parse(i.deadline) <= AT.getTime());
    expect(due.filter((i) => i.outcome === "met").length / due.length).toBeCloseTo(kpi, 10);
    expect(history!.runs.length).toBeGreaterThan(0);
    await expect(call("pipeline:history", { pipelineId: "nope", days: 7 })).rejects.toThrow(/unknown pipeline "nope"/);
  });

  it("schedule:get lists the shifts of a range, of one engineer when asked", async () => {
    const { call } = desk();
    const all = await call("schedule:get", { from: "2026-03-09T00:00:00-04:00", to: "2026-03-10T00:00:00-04:00" });
    // Every shift overlapping the local day, whole: the evening from the day before runs past midnight.
    expect(all?.map((s) => [s.slot, s.start])).toEqual([
      ["evening", "2026-03-08T17:00:00-04:00"],
      ["night", "2026-03-09T01:00:00-04:00"],
      ["day", "2026-03-09T09:00:00-04:00"],
      ["evening", "2026-03-09T17:00:00-04:00"],
    ]);
    const engineer = all![1]!.engineer;
    const mine = await call("schedule:get", { from: "2026-03-09T00:00:00-04:00", to: "2026-03-16T00:00:00-04:00", engineer });
    expect(mine!.length).toBeGreaterThan(0);
    expect(mine!.every((s) => s.engineer === engineer)).toBe(true);
  });

  it.each([
    ["oncall:now", { at: "yesterday" }],
    ["oncall:now", { at: "2026-03-10T10:00:00" }],
    ["escalation:get", {}],
    ["alerts:acknowledge", { alertId: "" }],
    ["alerts:snooze", { alertId: "x" }],
    ["alerts:snooze", { alertId: "x", until: "2026-03-10T10:00:00Z", extra: 1 }],
    ["schedule:get", { from: "2026-03-10T00:00:00Z", to: "2026-03-09T00:00:00Z" }],
    ["schedule:get", { from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z" }],
    ["status:get", { all: true }],
    ["kpis:get", {}],
    ["kpis:get", { days: 90 }],
    ["kpis:get", { days: "7" }],
    ["kpis:get", { days: 7, extra: 1 }],
    ["pipeline:history", { pipelineId: "aggregate_profit" }],
    ["pipeline:history", { pipelineId: "aggregate_profit", days: 31 }],
    ["pipeline:history", { pipelineId: "aggregate_profit", days: 1.5 }],
  ] as const)("%s rejects %j before any handler runs", async (channel, payload) => {
    const { call } = desk();
    await expect(call(channel, payload)).rejects.toThrow(`${channel}: invalid request`);
  });
});
