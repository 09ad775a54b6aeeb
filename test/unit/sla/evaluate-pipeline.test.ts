import { describe, expect, it } from "vitest";
import { evaluatePipeline, AT_RISK_AFTER_MS } from "../../../shared/domain/sla/evaluate-pipeline";
import { evaluatePipelines, nextDeadline } from "../../../shared/domain/sla/evaluate-workspace";
import type { PipelineReading } from "../../../shared/domain/runs";
import { dailySuccesses, ok, pipeline, run } from "./fixtures";

// A daily pipeline: data available at 06:00 UTC, SLA 2h, so the deadline is 08:00 UTC.
const p = pipeline("agg", "0 6 * * *", "2h");
const DAY = "2026-03-10";
const T = (hhmm: string, day = DAY) => `${day}T${hhmm}:00+00:00`;
const TICK = T("06:00");
const DEADLINE = new Date(Date.UTC(2026, 2, 10, 8, 0)).toISOString();
// Ten earlier days that each took 40 minutes: the typical duration is 40m.
const history = dailySuccesses("agg", 6, DAY, 10, 40);
const opts = (hhmm: string) => ({ now: new Date(T(hhmm)), staleAfterMs: 120_000 });
const evalAt = (hhmm: string, extra = [] as ReturnType<typeof run>[]) => evaluatePipeline(p, ok("agg", [...history, ...extra], T(hhmm)), opts(hhmm));

describe("pipeline state from planted histories", () => {
  it("is healthy when today's interval succeeded, with tomorrow's deadline", () => {
    const s = evalAt("09:00", [run("agg", TICK, "success", T("06:05"), T("06:50"))]);
    expect(s.state).toBe("healthy");
    expect(s.deadline).toBe(new Date(Date.UTC(2026, 2, 11, 8)).toISOString());
    expect(s.reason).toContain("06:00 UTC interval delivered at 06:50 UTC");
    expect(s.conditions).toEqual([]);
    expect(s.verified).toBe(true);
  });

  it("is healthy (pending) before the at-risk threshold, and will change at 06:15", () => {
    const s = evalAt("06:14");
    expect(s.state).toBe("healthy");
    expect(s.deadline).toBe(DEADLINE);
    expect(s.changesAt).toBe(new Date(Date.parse(TICK) + AT_RISK_AFTER_MS).toISOString());
  });

  it("is running when the run is on track", () => {
    const s = evalAt("06:30", [run("agg", TICK, "running", T("06:05"), null)]);
    expect(s.state).toBe("running");
    expect(s.deadline).toBe(DEADLINE);
    expect(s.lastRun?.state).toBe("running");
    // Data goes stale first (06:32); with fresh data forever, the next change is the run turning
    // stuck: just past twice its typical 40m after 06:05, still before the 08:00 deadline.
    expect(s.changesAt).toBe("2026-03-10T06:32:00.000Z");
    const fresh = evaluatePipeline(p, ok("agg", [...history, run("agg", TICK, "running", T("06:05"), null)], T("06:30")), { now: new Date(T("06:30")), staleAfterMs: 86_400_000 });
    expect(fresh.changesAt).toBe("2026-03-10T07:25:00.001Z");
  });

  it("is at risk when not started 15 minutes after availability", () => {
    const s = evalAt("06:15");
    expect(s.state).toBe("at-risk");
    expect(s.reason).toContain("not started 15m after");
    expect(s.deadline).toBe(DEADLINE);
    expect(s.conditions).toEqual([{ kind: "at-risk", intervalEnd: new Date(TICK).toISOString(), reason: s.reason }]);
  });

  it("is at risk when a queued run has not started 15 minutes after availability", () => {
    expect(evalAt("06:20", [run("agg", TICK, "queued", null, null)]).state).toBe("at-risk");
  });

  it("is at risk when running and the typical duration ends after the deadline", () => {
    // Started 07:30; typical 40m → ends ~08:10, after 08:00.
    const s = evalAt("07:35", [run("agg", TICK, "running", T("07:30"), null)]);
    expect(s.state).toBe("at-risk");
    expect(s.reason).toContain("typically takes 40m");
    expect(s.reason).toContain("~08:10 UTC");
  });

  it("takes the median of the last 10 successes only", () => {
    // 10 recent successes of 40m plus 5 older ones of 5h: the old ones are not in the sample.
    const older = dailySuccesses("agg", 6, "2026-02-28", 5, 300);
    const s = evaluatePipeline(p, ok("agg", [...history, ...older, run("agg", TICK, "running", T("07:00"), null)], T("07:05")), opts("07:05"));
    expect(s.state).toBe("running"); // 07:00 + 40m = 07:40 < 08:00
  });

  it("is late at the deadline itself when nothing succeeded", () => {
    expect(evalAt("07:59").state).toBe("at-risk");
    const s = evalAt("08:00", [run("agg", TICK, "running", T("06:05"), null)]);
    expect(s.state).toBe("late");
    expect(s.deadline).toBe(DEADLINE);
    expect(s.reason).toContain("missed its 08:00 UTC deadline");
    expect(s.reason).toContain("running since 06:05 UTC");
    expect(s.conditions.map((c) => c.kind)).toEqual(["late"]);
  });

  it("is no longer late once a later interval succeeded", () => {
    // Yesterday's interval was missed, today's delivered: fresh data, healthy.
    const runs = history.filter((r) => !r.intervalEnd.startsWith("2026-03-09"));
    const s = evaluatePipeline(p, ok("agg", [...runs, run("agg", TICK, "success", T("06:05"), T("06:45"))], T("09:00")), opts("09:00"));
    expect(s.state).toBe("healthy");
  });

  it("is failed when the latest run failed and nothing succeeded since, before the deadline", () => {
    const s = evalAt("06:40", [run("agg", TICK, "failed", T("06:05"), T("06:30"))]);
    expect(s.state).toBe("failed");
    expect(s.reason).toContain("failed at 06:30 UTC");
    expect(s.deadline).toBe(DEADLINE);
    expect(s.conditions.map((c) => c.kind)).toEqual(["failed"]);
  });

  it("stays failed (not late) past the deadline, and raises both conditions", () => {
    const s = evalAt("08:30", [run("agg", TICK, "failed", T("06:05"), T("06:30"))]);
    expect(s.state).toBe("failed");
    expect(s.conditions.map((c) => c.kind).sort()).toEqual(["failed", "late"]);
  });

  it("is running again when a retry follows the failure", () => {
    const s = evalAt("06:50", [run("agg", TICK, "failed", T("06:05"), T("06:30"), "a1"), run("agg", TICK, "running", T("06:40"), null, "a2")]);
    expect(s.state).toBe("running");
  });

  it("recovers once a retry succeeded", () => {
    const s = evalAt("07:30", [run("agg", TICK, "failed", T("06:05"), T("06:30"), "a1"), run("agg", TICK, "success", T("06:40"), T("07:20"), "a2")]);
    expect(s.state).toBe("healthy");
  });
});

describe("never healthy when unverified", () => {
  const good = [...history, run("agg", TICK, "success", T("06:05"), T("06:50"))];
  it("is unknown without a reading", () => {
    const s = evaluatePipeline(p, undefined, opts("09:00"));
    expect(s.state).toBe("unknown");
    expect(s.verified).toBe(false);
  });

  it("is unknown when the source cannot be read, showing the last good run", () => {
    const failedReading: PipelineReading = { pipelineId: "agg", ok: false, error: { sourceId: "src", kind: "auth", message: "authentication failed for source src" }, fetchedAt: T("09:00") };
    const s = evaluatePipeline(p, failedReading, { ...opts("09:00"), lastGood: ok("agg", good, T("08:50")) });
    expect(s.state).toBe("unknown");
    expect(s.reason).toContain("authentication failed for source src");
    expect(s.reason).toContain("last good data 10m old");
    expect(s.lastRun?.state).toBe("success");
    expect(s.conditions).toEqual([{ kind: "unknown", intervalEnd: null, reason: s.reason }]);
  });

  it("is unknown when the data is older than two poll intervals, however good it looks", () => {
    // Poll 60s → unverified once 120s old: read at 08:58:00 is exactly that at 09:00.
    const s = evaluatePipeline(p, ok("agg", good, "2026-03-10T08:58:00Z"), opts("09:00"));
    expect(s.state).toBe("unknown");
    expect(s.changesAt).toBeNull();
    expect(evaluatePipeline(p, ok("agg", good, "2026-03-10T08:58:01Z"), opts("09:00")).state).toBe("healthy");
  });

  it("turns unknown by time alone: changesAt includes the staleness instant", () => {
    const s = evaluatePipeline(p, ok("agg", good, T("09:00")), opts("09:00"));
    expect(s.changesAt).toBe("2026-03-10T09:02:00.000Z");
  });

  it("is unknown for a schedule croner rejects", () => {
    expect(evaluatePipeline(pipeline("bad", "not a cron", "1h"), ok("bad", [], T("09:00")), opts("09:00")).state).toBe("unknown");
  });
});

describe("evaluatePipelines and nextDeadline", () => {
  it("uses each source's poll interval and returns the earliest change", () => {
    const hourly = pipeline("hourly", "30 * * * *", "20m", "slow");
    const readings = new Map([
      ["agg", ok("agg", [...history, run("agg", TICK, "running", T("06:05"), null)], T("06:20"))],
      ["hourly", ok("hourly", [run("hourly", T("06:30"), "running", T("06:31"), null)], T("06:20"))],
    ]);
    const statuses = evaluatePipelines({ pipelines: [p, hourly], sources: [{ id: "src", kind: "demo" }, { id: "slow", kind: "demo", poll: "10m" }], readings }, new Date(T("06:20")));
    // hourly: newest 06:30 tick is still ahead; 05:30 interval missed its 05:50 deadline (no runs at all).
    expect(statuses.map((s) => s.state)).toEqual(["running", "late"]);
    // agg: stale at 06:22 (2 × 60s); hourly: stale at 06:40, next tick 06:30 + 15m: the earliest is 06:22.
    expect(nextDeadline(statuses)?.toISOString()).toBe("2026-03-10T06:22:00.000Z");
  });

  it("is null with nothing ahead", () => {
    expect(nextDeadline([])).toBeNull();
  });
});
