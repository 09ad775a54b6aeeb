import { describe, expect, it } from "vitest";
import { runCli } from "../../../main/cli";
import { createDemoSource } from "../../../main/services/sources/demo-source";
import { loadWorkspace } from "../../../main/services/workspace/load-workspace";
import { Cron } from "croner";
import type { PipelineRun } from "../../../shared/domain/runs";
import { capturedIo } from "../../fakes/captured-io";

const AT = "2026-11-25T14:00:00Z";
const DAY_MS = 86_400_000;

/**
 * The README's definitions, computed without the KPI code: of the intervals whose deadline (tick +
 * SLA) fell in the window, the share with a success that ended by it; and now minus the newest
 * interval delivered (the age of the newest data). The workspace's SLAs are whole hours.
 */
function slaAndFreshness(schedule: string, sla: string, runs: readonly PipelineRun[], nowMs: number, days: number) {
  const slaMs = Number(/^(\d+)h$/.exec(sla)![1]) * 3_600_000;
  const cron = new Cron(schedule, { timezone: "UTC", paused: true });
  let due = 0;
  let met = 0;
  for (let tick = cron.nextRun(new Date(nowMs - days * DAY_MS - slaMs)); tick && tick.getTime() + slaMs <= nowMs; tick = cron.nextRun(tick)) {
    due++;
    const ontime = runs.some((r) => r.state === "success" && Date.parse(r.intervalEnd) === tick!.getTime() && Date.parse(r.end ?? r.intervalEnd) <= tick!.getTime() + slaMs);
    if (ontime) met++;
  }
  const delivered = runs.filter((r) => r.state === "success" && Date.parse(r.end ?? r.intervalEnd) <= nowMs).map((r) => Date.parse(r.intervalEnd));
  return { compliance: met / due, freshnessLagMs: delivered.length ? nowMs - Math.max(...delivered) : null };
}

describe("oncall-desk kpis", () => {
  it("--json gives the KPIs of the demo source's runs at that instant, as the definitions say", async () => {
    const io = capturedIo();
    expect(await runCli(["kpis", "--at", AT, "--json"], io)).toBe(0);
    const out = JSON.parse(io.stdout());
    expect(out.windows.map((w: { days: number }) => w.days)).toEqual([7, 30]);

    const loaded = await loadWorkspace();
    if (!loaded.ok) throw new Error("embedded workspace invalid");
    const ws = loaded.workspace;
    const now = new Date(AT);
    const readings = await createDemoSource({ id: "demo" }).read(ws.pipelines, { now, signal: new AbortController().signal });
    const runs = new Map<string, readonly PipelineRun[]>(readings.flatMap((r) => (r.ok ? [[r.pipelineId, r.runs] as const] : [])));
    // SLA compliance and the age of the newest data worked out from the runs directly, with croner for the ticks.
    for (const [index, days] of [[0, 7], [1, 30]] as const) {
      const window = out.windows[index];
      for (const p of ws.pipelines) {
        const byHand = slaAndFreshness(p.schedule, p.sla, runs.get(p.id) ?? [], now.getTime(), days);
        expect(window.pipelines[p.id].slaCompliance.value, `${p.id}, ${days} days`).toBeCloseTo(byHand.compliance, 12);
        expect(window.dataAge.pipelines[p.id], p.id).toBe(byHand.freshnessLagMs);
      }
      // --at keeps alerts in memory and none are acknowledged yet, so MTTA has nothing to measure.
      expect(window.overall.mtta).toMatchObject({ value: null, unit: "ms", target: 15 * 60_000, met: null, count: 0 });
    }
    expect(Object.keys(out.windows[0].pipelines).sort()).toEqual(ws.pipelines.map((p) => p.id).sort());
    expect(out.windows[0].overall.slaCompliance.target).toBe(0.95);
    // The trend: one value per local day of the window (Nov 18 09:00 EST to Nov 25 09:00 EST touches 8 days).
    expect(out.windows[0].overall.freshness.daily.map((d: { date: string }) => d.date)).toEqual(["2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25"]);
    expect(out.windows[0].overall.completeness).toMatchObject({ value: null, unmeasured: "not measured by any source" });
    expect(out.windows[0].dataAge.overall).toBeGreaterThan(0);
  });

  it("prints a table per window with the targets, labelled demo", async () => {
    const io = capturedIo();
    expect(await runCli(["kpis", "--at", AT, "--days", "7"], io)).toBe(0);
    const lines = io.stdout().trim().split("\n");
    expect(lines[0]).toMatch(/^KPIs, last 7 days .* demo data is simulated$/);
    // Title, header, nine KPIs, the age of the newest data, then why three KPIs have no value.
    expect(lines).toHaveLength(2 + 9 + 1 + 3);
    expect(lines[1]).toMatch(/^KPI\s+target\s+overall\s+Unit-level Profit\s+.*trend \(daily\)$/);
    expect(lines[2]).toMatch(/^SLA compliance\s+≥ 95%\s+\d+(\.\d+)?% [✓✗]\s+/);
    expect(lines[5]).toMatch(/^freshness \(median\)\s+≤ 1h\s+/);
    expect(lines[11]).toMatch(/^age of newest data\s+\(no target\)/);
    expect(lines.slice(12)).toEqual(["  resolution: no incidents in the window", "  completeness: not measured by any source", "  accuracy: not measured by any source"]);
  });

  it("rejects a window the sources cannot cover", async () => {
    const io = capturedIo();
    expect(await runCli(["kpis", "--days", "90"], io)).toBe(2);
    expect(io.stderr()).toMatch(/--days must be a whole number of days from 1 to 30/);
  });
});
