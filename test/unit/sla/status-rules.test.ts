/** The rules of issue 8 on hand-built histories: run types, retries, stuck runs, pause, drift, incomplete reads, unattributed runs. */
import { describe, expect, it } from "vitest";
import { evaluatePipeline } from "../../../shared/domain/sla/evaluate-pipeline";
import { evaluateIntervals } from "../../../shared/domain/sla/intervals";
import type { PipelineReading, PipelineRun, RunType, SourceDefinition } from "../../../shared/domain/runs";
import { dailySuccesses, pipeline, run } from "./fixtures";

// Daily at 06:00 UTC, SLA 2h: deadline 08:00 UTC. Workspace zone New York (EDT after Mar 8).
const p = pipeline("agg", "0 6 * * *", "2h");
const T = (hhmm: string, day = "2026-03-10") => `${day}T${hhmm}:00Z`;
const TICK = T("06:00");
const typed = (r: PipelineRun, runType: RunType): PipelineRun => ({ ...r, runType });
const history = dailySuccesses("agg", 6, "2026-03-10", 10, 20).map((r) => typed(r, "scheduled"));
const dag = (over: Partial<SourceDefinition> = {}): SourceDefinition => ({ name: "DAG agg", system: "Airflow", paused: false, schedule: "0 6 * * *", ...over });

function reading(extra: PipelineRun[], hhmm: string, more: Partial<Extract<PipelineReading, { ok: true }>> = {}): PipelineReading {
  return { pipelineId: "agg", ok: true, runs: [...history, ...extra], fetchedAt: T(hhmm), ...more };
}
const evalAt = (hhmm: string, extra: PipelineRun[] = [], more: Partial<Extract<PipelineReading, { ok: true }>> = {}, zone = "UTC") =>
  evaluatePipeline(p, reading(extra, hhmm, more), { now: new Date(T(hhmm)), staleAfterMs: 120_000, zone });

describe("run types", () => {
  it("a backfill failing on an old interval while the latest interval is delivered: healthy, the failure shown on that interval only", () => {
    const today = typed(run("agg", TICK, "success", T("06:05"), T("06:25"), "scheduled__today"), "scheduled");
    const backfill = typed(run("agg", "2026-02-20T06:00:00Z", "failed", T("09:00"), T("09:10"), "backfill__2026-02-19"), "backfill");
    const s = evalAt("09:30", [today, backfill]);
    expect(s.state).toBe("healthy");
    expect(s.conditions).toEqual([]);
    expect(s.lastRun?.runId).toBe("backfill__2026-02-19"); // the latest attempt is still shown as the last run
    const old = evaluateIntervals(p, [...history, today, backfill], { fromMs: Date.parse("2026-02-20T00:00:00Z"), toMs: Date.parse("2026-02-21T00:00:00Z"), nowMs: Date.parse(T("09:30")) });
    expect(old.map((i) => [i.intervalEnd, i.outcome])).toEqual([["2026-02-20T06:00:00.000Z", "failed"]]);
  });

  it("a backfill that succeeds delivers the old interval it redoes", () => {
    const runs = [typed(run("agg", "2026-02-20T06:00:00Z", "success", T("09:00"), T("09:10"), "backfill__x"), "backfill")];
    const [interval] = evaluateIntervals(p, runs, { fromMs: Date.parse("2026-02-20T00:00:00Z"), toMs: Date.parse("2026-02-20T12:00:00Z"), nowMs: Date.parse(T("09:30")) });
    expect(interval?.outcome).toBe("met-late");
  });

  it("a failed manual test run of a delivered interval does not make the pipeline failed", () => {
    const today = typed(run("agg", TICK, "success", T("06:05"), T("06:25"), "scheduled__today"), "scheduled");
    const test = typed(run("agg", TICK, "failed", T("09:00"), T("09:02"), "manual__2026-03-10T09:00:00+00:00"), "manual");
    expect(evalAt("09:30", [today, test]).state).toBe("healthy");
  });

  it("failed: the current interval's latest attempt failed; the reason names the run, its type and the interval in the workspace's zone", () => {
    const failed = typed(run("agg", TICK, "failed", T("06:05"), T("06:20"), "scheduled__2026-03-09T06:00:00+00:00"), "scheduled");
    const retry = typed(run("agg", TICK, "failed", T("06:40"), T("06:45"), "manual__2026-03-10T06:40:00+00:00"), "manual");
    const s = evalAt("06:50", [failed, retry], {}, "America/New_York");
    expect(s.state).toBe("failed");
    expect(s.reason).toBe("manual run manual__2026-03-10T06:40:00+00:00, retrying the 02:00 EDT interval, failed at 02:45 EDT; no later attempt of it is running or succeeded");
  });

  it("a manual retry in progress after a failure is running, then at risk or late by the deadline rules; its success recovers", () => {
    const failed = typed(run("agg", TICK, "failed", T("06:05"), T("06:20"), "scheduled__x"), "scheduled");
    const retry = (state: PipelineRun["state"], end: string | null) => typed(run("agg", TICK, state, T("06:38"), end, "manual__2026-03-10T06:38:00+00:00"), "manual");
    const running = evalAt("06:50", [failed, retry("running", null)]);
    expect(running.state).toBe("running");
    expect(running.reason).toBe("manual run manual__2026-03-10T06:38:00+00:00, retrying the 06:00 UTC interval, running 12m; deadline 08:00 UTC");
    expect(running.conditions).toEqual([]);
    // Still going at 07:30 (52m, usual 20m): stuck.
    expect(evalAt("07:30", [failed, retry("running", null)]).state).toBe("at-risk");
    const late = evalAt("08:10", [failed, retry("running", null)]);
    expect(late.state).toBe("late");
    expect(late.reason).toBe("06:00 UTC interval missed its 08:00 UTC deadline by 10m; manual run manual__2026-03-10T06:38:00+00:00 (a retry) running since 06:38 UTC");
    const done = evalAt("07:10", [failed, retry("success", T("07:00"))]);
    expect(done.state).toBe("healthy");
    expect(done.reason).toContain("06:00 UTC interval delivered by manual run manual__2026-03-10T06:38:00+00:00 at 07:00 UTC");
  });

  it("a retry running while the newer interval has not started keeps the older failure out of 'failed'", () => {
    // Hourly: the 05:00 run failed, a manual retry of it runs; the 06:00 interval has no run yet.
    const hourly = pipeline("h", "0 * * * *", "2h");
    const runs = [
      typed(run("h", T("04:00"), "success", T("04:02"), T("04:20"), "scheduled__4"), "scheduled"),
      typed(run("h", T("05:00"), "failed", T("05:02"), T("05:20"), "scheduled__5"), "scheduled"),
      typed(run("h", T("05:00"), "running", T("05:40"), null, "manual__5"), "manual"),
    ];
    const s = evaluatePipeline(hourly, { pipelineId: "h", ok: true, runs, fetchedAt: T("06:05") }, { now: new Date(T("06:05")), staleAfterMs: 120_000 });
    expect(s.state).toBe("running");
  });

  it("an older interval's unretried failure while a newer interval runs is at risk, not hidden", () => {
    const hourly = pipeline("h", "0 * * * *", "2h");
    const runs = [
      typed(run("h", T("04:00"), "success", T("04:02"), T("04:20"), "scheduled__4"), "scheduled"),
      typed(run("h", T("05:00"), "failed", T("05:02"), T("05:20"), "scheduled__5"), "scheduled"),
      typed(run("h", T("06:00"), "running", T("06:02"), null, "scheduled__6"), "scheduled"),
    ];
    const s = evaluatePipeline(hourly, { pipelineId: "h", ok: true, runs, fetchedAt: T("06:05") }, { now: new Date(T("06:05")), staleAfterMs: 120_000 });
    expect(s.state).toBe("at-risk");
    expect(s.reason).toBe("run scheduled__5 (05:00 UTC interval) failed at 05:20 UTC and has not been retried; deadline 07:00 UTC");
  });
});

describe("stuck runs", () => {
  it("a run at 3x its median with the deadline ahead is at risk: 'running 1h 1m, usually 20m'", () => {
    const s = evalAt("07:06", [typed(run("agg", TICK, "running", T("06:05"), null, "scheduled__x"), "scheduled")]);
    expect(s.state).toBe("at-risk");
    expect(s.reason).toBe("06:00 UTC interval running 1h 1m, usually 20m: its end cannot be predicted; deadline 08:00 UTC");
    expect(s.conditions.map((c) => c.kind)).toEqual(["at-risk"]);
  });

  it("exactly twice the median is still running; the evaluation says when that changes", () => {
    const s = evalAt("06:45", [typed(run("agg", TICK, "running", T("06:05"), null, "scheduled__x"), "scheduled")]);
    expect(s.state).toBe("running");
    expect(s.changesAt).toBe("2026-03-10T06:45:00.001Z");
  });
});

describe("pause and drift", () => {
  it("a paused DAG says so in the reason and as a warning", () => {
    const s = evaluatePipeline(p, reading([], "12:00", { definition: dag({ paused: true }) }), { now: new Date(T("12:00")), staleAfterMs: 120_000 });
    expect(s.state).toBe("late");
    expect(s.reason).toBe("DAG agg is paused in Airflow; 06:00 UTC interval missed its 08:00 UTC deadline by 4h; no run yet");
    expect(s.warnings).toEqual([{ kind: "paused", text: "DAG agg is paused in Airflow: the scheduler starts no new runs" }]);
  });

  it("a schedule at the source different from the workspace's is a warning, whatever the state", () => {
    const today = typed(run("agg", TICK, "success", T("06:05"), T("06:25")), "scheduled");
    const s = evalAt("09:00", [today], { definition: dag({ schedule: "0 7 * * *", scheduleText: "At 07:00" }) });
    expect(s.state).toBe("healthy");
    expect(s.warnings).toEqual([{ kind: "schedule-drift", text: 'Airflow runs DAG agg on "0 7 * * *" (At 07:00), but the workspace expects "0 6 * * *"' }]);
    expect(evalAt("09:00", [today], { definition: dag({ schedule: "0 6 * * 0-6" }) }).warnings).toEqual([]);
    expect(evalAt("09:00", [today], { definition: dag({ schedule: null }) }).warnings[0]?.text).toBe('Airflow runs DAG agg on no schedule, but the workspace expects "0 6 * * *"');
  });
});

describe("completeness and unattributed runs", () => {
  const today = typed(run("agg", TICK, "success", T("06:05"), T("06:25")), "scheduled");

  it("an incomplete read that still covers the interval that matters: the verdict stands, with a warning", () => {
    const s = evalAt("09:00", [today], { coverage: { from: "2026-03-01T00:00:00Z", complete: false, note: "stopped after 50 pages" } });
    expect(s.state).toBe("healthy");
    expect(s.warnings).toEqual([{ kind: "incomplete-read", text: "history read completely only back to Mar 1 00:00 UTC: stopped after 50 pages" }]);
  });

  it("an incomplete read that does not reach the interval that matters is unknown, never late from missing data", () => {
    const s = evalAt("12:00", [], { coverage: { from: "2026-03-10T11:00:00Z", complete: false, note: "the History Server lists more than 1000 applications in one second" } });
    expect(s.state).toBe("unknown");
    expect(s.verified).toBe(false);
    expect(s.reason).toBe(
      "source src could not be read completely (the History Server lists more than 1000 applications in one second): runs before 11:00 UTC may be missing, so the 06:00 UTC interval cannot be judged",
    );
    expect(s.conditions.map((c) => c.kind)).toEqual(["unknown"]);
  });

  it("a run without an interval is kept as a warning and never discards the others", () => {
    const s = evalAt("09:00", [today], {
      unattributed: [{ runId: "manual__odd", runType: "manual", state: "failed", start: T("08:00"), end: T("08:01"), note: "a manual run with no data interval and no run_after" }],
    });
    expect(s.state).toBe("healthy");
    expect(s.warnings).toEqual([{ kind: "unattributed-run", text: "run manual__odd has no interval: a manual run with no data interval and no run_after" }]);
  });
});
