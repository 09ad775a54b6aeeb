import { describe, expect, it } from "vitest";
import { computeKpis } from "../../../shared/domain/kpis/kpis";
import type { KpiTargets } from "../../../shared/domain/workspace-schema";
import type { PipelineRun } from "../../../shared/domain/runs";
import { pipeline, run } from "../sla/fixtures";

const H = 3_600_000;
const M = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const at = (d: number, h: number, mi = 0) => Date.UTC(2026, 2, d, h, mi);
const targets: KpiTargets = { uptime: "99.9%", sla_compliance: "95%", mttr: "2h", completeness: "99.5%", accuracy: "99.9%", freshness: "1h", response: "15m", resolution: "4h" };

// "six": every 6 hours, SLA 1h. History from Mar 1 00:00 to Mar 9 18:00, each run 00:05 → 00:30 after its tick,
// except: Mar 5 06:00 ends 07:30 (30 min past its 07:00 deadline), and Mar 7 12:00 fails at 12:20, retried, succeeds 13:40.
const six = pipeline("six", "0 */6 * * *", "1h");
function sixRuns(): PipelineRun[] {
  const runs: PipelineRun[] = [];
  for (let t = at(1, 0); t <= at(9, 18); t += 6 * H) {
    if (t === at(5, 6)) runs.push(run("six", iso(t), "success", iso(t + 5 * M), iso(at(5, 7, 30))));
    else if (t === at(7, 12)) {
      runs.push(run("six", iso(t), "failed", iso(t + 5 * M), iso(at(7, 12, 20)), "try1"));
      runs.push(run("six", iso(t), "success", iso(at(7, 13)), iso(at(7, 13, 40)), "try2"));
    } else runs.push(run("six", iso(t), "success", iso(t + 5 * M), iso(t + 30 * M)));
  }
  return runs;
}
// "daily": 06:00, SLA 2h, every day Mar 1..9 delivered at 06:45.
const daily = pipeline("daily", "0 6 * * *", "2h");
const dailyRuns = Array.from({ length: 9 }, (_, i) => run("daily", iso(at(1 + i, 6)), "success", iso(at(1 + i, 6, 5)), iso(at(1 + i, 6, 45))));

const NOW = new Date(at(10, 0));
const input = {
  pipelines: [six, daily],
  runs: new Map([["six", sixRuns()], ["daily", dailyRuns]]),
  acknowledgements: [
    { pipelineId: "six", openedAt: iso(at(5, 7)), acknowledgedAt: iso(at(5, 7, 10)) },
    { pipelineId: "six", openedAt: iso(at(7, 12, 20)), acknowledgedAt: iso(at(7, 12, 50)) },
    { pipelineId: "daily", openedAt: "2026-02-20T08:00:00Z", acknowledgedAt: "2026-02-20T09:00:00Z" }, // before the window
  ],
  targets,
  now: NOW,
};

describe("KPIs over the last 7 days, by hand", () => {
  const r = computeKpis(input, 7);
  // Window: Mar 3 00:00 → Mar 10 00:00 = 10,080 minutes.
  const windowMin = 7 * 24 * 60;

  it("SLA compliance: intervals delivered by their deadline / intervals due", () => {
    // six: deadlines Mar 3 01:00 … Mar 9 19:00 → 7 days × 4 = 28 due; Mar 5 06:00 and Mar 7 12:00 were late → 26.
    expect(r.pipelines.six!.slaCompliance.value).toBeCloseTo(26 / 28, 12);
    expect(r.pipelines.six!.slaCompliance.met).toBe(false); // 92.9% < 95%
    // daily: deadlines Mar 3 08:00 … Mar 9 08:00 → 7 due, 7 met.
    expect(r.pipelines.daily!.slaCompliance.value).toBe(1);
    expect(r.overall.slaCompliance.value).toBeCloseTo(33 / 35, 12);
    expect(r.overall.slaCompliance.met).toBe(false); // 94.3% < 95%
  });

  it("uptime: late 07:00→07:30 on Mar 5; failed 12:20→13:40 on Mar 7 (late 13:00→13:40 inside it)", () => {
    const badMin = 30 + 80;
    expect(r.pipelines.six!.uptime.value).toBeCloseTo(1 - badMin / windowMin, 12);
    expect(r.pipelines.six!.uptime.met).toBe(false); // 98.9% < 99.9%
    expect(r.pipelines.daily!.uptime.value).toBe(1);
    expect(r.overall.uptime.value).toBeCloseTo((1 - badMin / windowMin + 1) / 2, 12);
  });

  it("MTTR: mean of 30 and 80 minutes", () => {
    expect(r.pipelines.six!.mttr.value).toBe(55 * M);
    expect(r.pipelines.six!.mttr.met).toBe(true); // ≤ 2h
    expect(r.pipelines.daily!.mttr.value).toBeNull();
    expect(r.pipelines.daily!.mttr.met).toBeNull();
    expect(r.overall.mttr.value).toBe(55 * M);
  });

  it("freshness lag: now − availability of the newest delivered interval; overall the worst", () => {
    expect(r.pipelines.six!.freshnessLag.value).toBe(6 * H); // Mar 9 18:00
    expect(r.pipelines.daily!.freshnessLag.value).toBe(18 * H); // Mar 9 06:00
    expect(r.overall.freshnessLag.value).toBe(18 * H);
    expect(r.overall.freshnessLag.met).toBe(false); // > 1h
  });

  it("MTTA: mean of 10 and 30 minutes; the February alert is outside the window", () => {
    expect(r.pipelines.six!.mtta.value).toBe(20 * M);
    expect(r.pipelines.six!.mtta.met).toBe(false); // > 15m
    expect(r.pipelines.daily!.mtta.value).toBeNull();
    expect(r.overall.mtta.value).toBe(20 * M);
  });

  it("states the window and the targets", () => {
    expect([r.days, r.from, r.to]).toEqual([7, "2026-03-03T00:00:00.000Z", "2026-03-10T00:00:00.000Z"]);
    expect(r.overall.uptime.target).toBeCloseTo(0.999, 12);
    expect(r.overall.mttr.target).toBe(2 * H);
  });
});

describe("KPIs over 30 days with 9 days of history", () => {
  const r = computeKpis(input, 30);
  it("counts intervals with no run as missed, and the time before the first run as late", () => {
    // six: deadlines Feb 8 01:00 … Mar 9 19:00 → 30 × 4 = 120 due; delivered by deadline: all runs but 2 → 36 − 2 = 34.
    expect(r.pipelines.six!.slaCompliance.value).toBeCloseTo(34 / 120, 12);
    // Late since the last deadline before the window (Feb 7 19:00) until the first success (Mar 1 00:30),
    // of which Feb 8 00:00 → Mar 1 00:30 lies in the window: 21 days + 30 min; then 30 + 80 minutes.
    const badMin = 21 * 24 * 60 + 30 + 30 + 80;
    expect(r.pipelines.six!.uptime.value).toBeCloseTo(1 - badMin / (30 * 24 * 60), 12);
    // The long outage began before the window: only the two repairs inside it count.
    expect(r.pipelines.six!.mttr.value).toBe(55 * M);
  });
});
