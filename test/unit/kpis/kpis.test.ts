import { describe, expect, it } from "vitest";
import { computeKpis } from "../../../shared/domain/kpis/kpis";
import type { KpiTargets } from "../../../shared/domain/workspace-schema";
import type { PipelineRun } from "../../../shared/domain/runs";
import { localDays } from "../../../shared/domain/kpis/local-days";
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
  zone: "UTC",
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

  it("freshness: median and p95 of delivery − availability over the intervals delivered in the window", () => {
    // six: 28 deliveries Mar 3 00:30 … Mar 9 18:30: 26 took 30 min, Mar 5 06:00 took 90, Mar 7 12:00 took 100.
    // Median of 28 = mean of the 14th and 15th (both 30). p95: rank 27 × 0.95 = 25.65 → 30 + 0.65 × (90 − 30) = 69 min.
    expect(r.pipelines.six!.freshness).toMatchObject({ value: 30 * M, count: 28, met: true });
    expect(r.pipelines.six!.freshnessP95).toMatchObject({ value: 69 * M, count: 28, met: false });
    // daily: 7 deliveries of 45 min.
    expect(r.pipelines.daily!.freshness).toMatchObject({ value: 45 * M, count: 7, met: true });
    expect(r.pipelines.daily!.freshnessP95.value).toBe(45 * M);
    // Overall pools 35: 26 × 30, 7 × 45, 90, 100. Median rank 17 → 30; p95 rank 32.3 → 45 + 0.3 × (90 − 45) = 58.5 min.
    expect(r.overall.freshness.value).toBe(30 * M);
    expect(r.overall.freshnessP95.value).toBe(58.5 * M);
    expect(r.overall.freshnessP95.met).toBe(true);
  });

  it("keeps the age of the newest data apart, with no target: now − availability of the newest delivered interval, overall the oldest", () => {
    expect(r.dataAge.pipelines).toEqual({ six: 6 * H, daily: 18 * H });
    expect(r.dataAge.overall).toBe(18 * H);
  });

  it("MTTA: mean of 10 and 30 minutes; the February alert is outside the window", () => {
    expect(r.pipelines.six!.mtta.value).toBe(20 * M);
    expect(r.pipelines.six!.mtta.met).toBe(false); // > 15m
    expect(r.pipelines.daily!.mtta.value).toBeNull();
    expect(r.overall.mtta.value).toBe(20 * M);
  });

  it("states the window and the targets, and that the runs cover all of it", () => {
    expect([r.days, r.from, r.to]).toEqual([7, "2026-03-03T00:00:00.000Z", "2026-03-10T00:00:00.000Z"]);
    expect(r.coverage.overall).toEqual({ from: r.from, to: r.to, complete: true });
    expect(r.coverage.pipelines.six).toEqual({ from: r.from, to: r.to, complete: true });
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

describe("the window's edges", () => {
  it("counts an event at exactly now (it has happened) and one at exactly the window's start, in the days they fall on", () => {
    const acks = [
      { pipelineId: "daily", openedAt: iso(NOW.getTime()), acknowledgedAt: iso(NOW.getTime() + 4 * M) },
      { pipelineId: "daily", openedAt: iso(at(3, 0)), acknowledgedAt: iso(at(3, 0, 6)) },
      { pipelineId: "daily", openedAt: iso(at(3, 0) - 1), acknowledgedAt: iso(at(3, 0, 8)) }, // a millisecond too early
    ];
    const r = computeKpis({ ...input, acknowledgements: acks }, 7);
    expect(r.pipelines.daily!.mtta).toMatchObject({ value: 5 * M, count: 2 });
    expect(r.pipelines.daily!.mtta.daily.map((d) => d.value)).toEqual([6 * M, null, null, null, null, null, 4 * M]);
  });
});

describe("the daily series", () => {
  const r = computeKpis(input, 7);
  const days = (k: keyof typeof r.overall, id = "six") => r.pipelines[id]![k].daily.map((d) => d.value);

  it("has one value per local day, oldest first, by hand", () => {
    expect(r.pipelines.six!.slaCompliance.daily.map((d) => d.date)).toEqual(["2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09"]);
    // Mar 5 07:00 and Mar 7 13:00 were missed: 3 of that day's 4 deadlines.
    expect(days("slaCompliance")).toEqual([1, 1, 0.75, 1, 0.75, 1, 1]);
    expect(days("uptime")).toEqual([1, 1, 1 - 30 / 1440, 1, 1 - 80 / 1440, 1, 1]);
    // Mar 5: 30, 30, 90, 30 minutes → median 30, p95 rank 2.85 → 30 + 0.85 × 60 = 81.
    expect(days("freshness")[2]).toBe(30 * M);
    expect(days("freshnessP95")[2]).toBe(81 * M);
    expect(days("mtta")).toEqual([null, null, 10 * M, null, 30 * M, null, null]);
    expect(days("mttr")).toEqual([null, null, 30 * M, null, 80 * M, null, null]);
  });

  it("follows the workspace's local days: a DST day is 23 hours, and the days partition the window", () => {
    const ny = computeKpis({ ...input, zone: "America/New_York" }, 7);
    const dates = ny.overall.slaCompliance.daily.map((d) => d.date);
    // Mar 3 00:00 UTC is Mar 2 19:00 EST; Mar 10 00:00 UTC is Mar 9 20:00 EDT.
    expect(dates).toEqual(["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09"]);
    const ranges = localDays(at(3, 0), at(10, 0), "America/New_York");
    expect(ranges.map((d) => (d.toMs - d.fromMs) / H)).toEqual([5, 24, 24, 24, 24, 24, 23, 20]);
    expect(ranges[0]!.fromMs).toBe(at(3, 0));
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.fromMs).toBe(ranges[i - 1]!.toMs);
  });
});

describe("a reading that covers less than the window", () => {
  // The source stopped at a page cap: six's runs are known from Mar 6 00:00 only.
  const r = computeKpis({ ...input, coverage: new Map([["six", { from: "2026-03-06T00:00:00Z", complete: false, note: "stopped at the page cap" }]]) }, 7);

  it("counts six's run figures from its first deadline whose interval the reading holds, and says so", () => {
    // Deadlines from Mar 6 01:00: 4 days × 4 = 16, of which Mar 7 13:00 was missed.
    expect(r.pipelines.six!.slaCompliance).toMatchObject({ value: 15 / 16, count: 16 });
    expect(r.pipelines.six!.uptime.value).toBeCloseTo(1 - 80 / (4 * 1440 - 60), 12);
    expect(r.coverage.pipelines.six).toEqual({ from: "2026-03-06T01:00:00.000Z", to: r.to, complete: false, note: "stopped at the page cap" });
    expect(r.coverage.pipelines.daily!.complete).toBe(true);
    expect(r.coverage.overall).toMatchObject({ from: "2026-03-06T01:00:00.000Z", complete: false, note: expect.stringContaining("six from 2026-03-06T01:00:00.000Z: stopped at the page cap") });
    // Before the covered range there is nothing to say about six.
    expect(r.pipelines.six!.slaCompliance.daily.map((d) => d.value)).toEqual([null, null, null, 1, 0.75, 1, 1]);
  });

  it("a complete reading that starts inside the window counts from its start, and one that starts before it covers it all", () => {
    const late = computeKpis({ ...input, coverage: new Map([["six", { from: "2026-03-06T00:00:00Z", complete: true }]]) }, 7);
    // Deadlines from Mar 6 00:00: Mar 6 01:00 onwards, the same 16.
    expect(late.pipelines.six!.slaCompliance).toMatchObject({ value: 15 / 16, count: 16 });
    expect(late.coverage.pipelines.six).toEqual({ from: "2026-03-06T00:00:00.000Z", to: late.to, complete: false, note: "the source's runs reach back only to 2026-03-06T00:00:00Z" });
    const whole = computeKpis({ ...input, coverage: new Map([["six", { from: "2026-02-01T00:00:00Z", complete: false, note: "page cap" }]]) }, 7);
    expect(whole.coverage.pipelines.six).toEqual({ from: whole.from, to: whole.to, complete: true });
    expect(whole.pipelines.six!.slaCompliance.count).toBe(28);
  });

  it("leaves the other pipelines and the alert figures whole", () => {
    expect(r.pipelines.daily!.slaCompliance).toMatchObject({ value: 1, count: 7 });
    expect(r.overall.slaCompliance.count).toBe(16 + 7);
    expect(r.pipelines.six!.mtta.value).toBe(20 * M);
  });
});

describe("completeness and accuracy", () => {
  it("are never a number where no source reports them", () => {
    const r = computeKpis(input, 7);
    expect(r.overall.completeness).toMatchObject({ value: null, met: null, unmeasured: "not measured by any source" });
    expect(r.pipelines.six!.accuracy).toMatchObject({ value: null, met: null, unmeasured: "not measured by its source (src)" });
    expect(r.overall.accuracy.daily.every((d) => d.value === null)).toBe(true);
  });

  it("average what the source reports per delivered run, against the targets", () => {
    // daily's source reports completeness on every run (99.9% except 96% on Mar 9) and accuracy on none.
    const reported = dailyRuns.map((run, i) => ({ ...run, completeness: i === 8 ? 0.96 : 0.999 }));
    const r = computeKpis({ ...input, runs: new Map([["six", sixRuns()], ["daily", reported]]) }, 7);
    // Mar 3 … Mar 9: six runs of 0.999 and one of 0.96 → 99.34%, under 99.5%.
    expect(r.pipelines.daily!.completeness.value).toBeCloseTo((6 * 0.999 + 0.96) / 7, 12);
    expect(r.pipelines.daily!.completeness).toMatchObject({ count: 7, met: false });
    expect(r.pipelines.daily!.completeness.unmeasured).toBeUndefined();
    expect(r.pipelines.daily!.completeness.daily.map((d) => d.value)).toEqual([0.999, 0.999, 0.999, 0.999, 0.999, 0.999, 0.96]);
    expect(r.overall.completeness.value).toBeCloseTo((6 * 0.999 + 0.96) / 7, 12);
    expect(r.pipelines.six!.completeness.unmeasured).toBe("not measured by its source (src)");
    expect(r.overall.accuracy.unmeasured).toBe("not measured by any source");
  });
});

describe("resolution and response from incidents", () => {
  it("says there were no incidents when none are given", () => {
    const r = computeKpis(input, 7);
    expect(r.overall.resolution).toMatchObject({ value: null, met: null, count: 0, unmeasured: "no incidents in the window" });
  });

  it("averages start → resolved over incidents started in the window; their acknowledgements join MTTA once", () => {
    const incidents = [
      // Raised from the Mar 7 alert: its acknowledgement is the alert's and is not counted twice.
      { pipelineId: "six", startedAt: iso(at(7, 12, 20)), acknowledgedAt: iso(at(7, 12, 50)), resolvedAt: iso(at(7, 14, 20)) },
      { pipelineId: "daily", startedAt: iso(at(8, 6)), acknowledgedAt: iso(at(8, 6, 5)), resolvedAt: iso(at(8, 12)) },
      { pipelineId: "six", startedAt: iso(at(9, 10)), resolvedAt: null },
      { pipelineId: "daily", startedAt: "2026-02-01T00:00:00Z", resolvedAt: "2026-02-01T01:00:00Z" }, // before the window
    ];
    const r = computeKpis({ ...input, incidents }, 7);
    expect(r.pipelines.six!.resolution).toMatchObject({ value: 2 * H, count: 1, met: true });
    expect(r.pipelines.daily!.resolution).toMatchObject({ value: 6 * H, count: 1, met: false });
    expect(r.overall.resolution).toMatchObject({ value: 4 * H, count: 2, met: true });
    // Alerts: 10 and 30 minutes; the daily incident: 5 minutes.
    expect(r.overall.mtta).toMatchObject({ value: 15 * M, count: 3 });
    expect(r.pipelines.daily!.mtta.value).toBe(5 * M);
    expect(r.pipelines.daily!.resolution.daily.map((d) => d.value)).toEqual([null, null, null, null, null, 6 * H, null]);
  });

  it("measures an incident's response from when its problem was detected, and not again when an alert already counted it", () => {
    const incidents = [
      // Detected by the Mar 5 alert (opened 07:00, acknowledged 07:10 by the alert book): the same response, counted once.
      { pipelineId: "six", detectedAt: iso(at(5, 7)), startedAt: iso(at(5, 7, 5)), acknowledgedAt: iso(at(5, 7, 5)), resolvedAt: iso(at(5, 8)) },
      // Seen by a person before any alert: 12 minutes from detection to acknowledgement.
      { pipelineId: "daily", detectedAt: iso(at(6, 9)), startedAt: iso(at(6, 9, 2)), acknowledgedAt: iso(at(6, 9, 12)), resolvedAt: null },
      // No response to measure.
      { pipelineId: "daily", startedAt: iso(at(8, 1)), acknowledgedAt: null, resolvedAt: iso(at(8, 2)) },
    ];
    const r = computeKpis({ ...input, incidents }, 7);
    expect(r.pipelines.six!.mtta).toMatchObject({ value: 20 * M, count: 2 });
    expect(r.pipelines.daily!.mtta).toMatchObject({ value: 12 * M, count: 1 });
    expect(r.pipelines.daily!.resolution).toMatchObject({ value: H, count: 1 });
  });

  it("says when the window's incidents are not resolved yet", () => {
    const r = computeKpis({ ...input, incidents: [{ pipelineId: "six", startedAt: iso(at(9, 10)), resolvedAt: null }] }, 7);
    expect(r.pipelines.six!.resolution).toMatchObject({ value: null, unmeasured: "no incident of the window is resolved yet" });
    expect(r.pipelines.daily!.resolution.unmeasured).toBe("no incidents in the window");
  });
});
