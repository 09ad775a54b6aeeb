/** The one-line reasons of each state, word for word: what the on-call engineer reads first. */
import { Cron } from "croner";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { evaluatePipeline } from "../../../shared/domain/sla/evaluate-pipeline";
import type { PipelineRun, RunType } from "../../../shared/domain/runs";
import { dailySuccesses, ok, pipeline, run } from "./fixtures";

// Daily at 06:00 UTC, SLA 2h: deadline 08:00 UTC. Ten earlier days of 20 minutes each: typical 20m.
const p = pipeline("agg", "0 6 * * *", "2h");
const T = (hhmm: string, day = "2026-03-10") => `${day}T${hhmm}:00Z`;
const TICK = T("06:00");
const history = dailySuccesses("agg", 6, "2026-03-10", 10, 20);
const typed = (r: PipelineRun, runType: RunType): PipelineRun => ({ ...r, runType });
const evalAt = (hhmm: string, extra: PipelineRun[] = [], staleAfterMs = 120_000) =>
  evaluatePipeline(p, ok("agg", [...history, ...extra], T(hhmm)), { now: new Date(T(hhmm)), staleAfterMs });

describe("unknown", () => {
  it("without a reading: names the source", () => {
    expect(evaluatePipeline(p, undefined, { now: new Date(T("09:00")), staleAfterMs: 120_000 }).reason).toBe("no reading from source src yet");
  });

  it("with stale data: its age and when it was read", () => {
    const s = evaluatePipeline(p, ok("agg", history, T("08:58")), { now: new Date(T("09:00")), staleAfterMs: 120_000 });
    expect(s.reason).toBe("data from source src is 2m old (read at 08:58 UTC); it cannot be trusted");
  });

  it("with a schedule croner rejects: the schedule and croner's own message", () => {
    let message = "";
    try {
      new Cron("not a cron", { paused: true });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toBe("");
    const s = evaluatePipeline(pipeline("bad", "not a cron", "1h"), ok("bad", [], T("09:00")), { now: new Date(T("09:00")), staleAfterMs: 120_000 });
    expect(s.reason).toBe(`schedule "not a cron" cannot be read: ${message}`);
  });
});

describe("healthy", () => {
  it("before the at-risk threshold: waiting for the run, with its deadline", () => {
    const s = evalAt("06:10");
    expect(s.state).toBe("healthy");
    expect(s.reason).toBe("waiting for the 06:00 UTC run (deadline 08:00 UTC)");
  });

  it("a schedule that never ticks (Feb 30): nothing due, no next data, no deadline", () => {
    const s = evaluatePipeline(pipeline("feb30", "0 0 30 2 *", "1h"), ok("feb30", [], T("09:00")), { now: new Date(T("09:00")), staleAfterMs: 120_000 });
    expect(s.state).toBe("healthy");
    expect(s.reason).toBe("no interval due yet; next data never (schedule has no future tick)");
    expect(s.deadline).toBeNull();
  });

  it("a delivered interval whose run has no end: delivered, without an instant", () => {
    const s = evalAt("09:00", [run("agg", TICK, "success", T("06:05"), null, "s1")]);
    expect(s.reason).toBe("06:00 UTC interval delivered; next data Mar 11 06:00 UTC");
  });
});

describe("running", () => {
  it("a scheduled run: since when", () => {
    const s = evalAt("06:30", [typed(run("agg", TICK, "running", T("06:05"), null, "s1"), "scheduled")]);
    expect(s.reason).toBe("06:00 UTC interval running since 06:05 UTC; deadline 08:00 UTC");
  });

  it("a backfill of the current interval: named as backfilling it, with how long it runs", () => {
    const s = evalAt("06:30", [typed(run("agg", TICK, "running", T("06:05"), null, "bf1"), "backfill")]);
    expect(s.state).toBe("running");
    expect(s.reason).toBe("backfill run bf1, backfilling the 06:00 UTC interval, running 25m; deadline 08:00 UTC");
  });

  it("a first manual attempt: 'for' the interval, not a retry", () => {
    const s = evalAt("06:30", [typed(run("agg", TICK, "running", T("06:05"), null, "m1"), "manual")]);
    expect(s.reason).toBe("manual run m1, for the 06:00 UTC interval, running 25m; deadline 08:00 UTC");
  });

  it("across the DST night, in the workspace's zone (New York springs forward at 07:00 UTC on Mar 8 2026)", () => {
    // Typical 60m here, so that at 07:30 UTC a run started 06:05 is neither projected late nor stuck.
    const runs = [...dailySuccesses("agg", 6, "2026-03-08", 10, 60), typed(run("agg", T("06:00", "2026-03-08"), "running", T("06:05", "2026-03-08"), null, "s1"), "scheduled")];
    const now = T("07:30", "2026-03-08");
    const s = evaluatePipeline(p, ok("agg", runs, now), { now: new Date(now), staleAfterMs: 120_000, zone: "America/New_York" });
    const ny = (iso: string) => DateTime.fromISO(iso, { zone: "America/New_York" }).setLocale("en-US").toFormat("HH:mm ZZZZ");
    expect([ny(T("06:00", "2026-03-08")), ny(T("08:00", "2026-03-08"))]).toEqual(["01:00 EST", "04:00 EDT"]);
    expect(s.reason).toBe(`${ny(T("06:00", "2026-03-08"))} interval running since ${ny(T("06:05", "2026-03-08"))}; deadline ${ny(T("08:00", "2026-03-08"))}`);
  });
});

describe("at risk and failed", () => {
  it("a queued run with a start time has still not started", () => {
    const s = evalAt("06:20", [run("agg", TICK, "queued", T("06:05"), null, "q1")]);
    expect(s.state).toBe("at-risk");
    expect(s.reason).toBe("06:00 UTC interval not started 20m after its data became available; deadline 08:00 UTC");
  });

  it("a failure with no end instant: failed, without 'at'", () => {
    const s = evalAt("06:40", [typed(run("agg", TICK, "failed", T("06:05"), null, "s1"), "scheduled")]);
    expect(s.state).toBe("failed");
    expect(s.reason).toBe("run s1 (06:00 UTC interval) failed; no later attempt of it is running or succeeded");
  });
});

describe("late: what the latest attempt of the missed interval is doing", () => {
  const lateReason = (hhmm: string, extra: PipelineRun[]) => evalAt(hhmm, extra).conditions.find((c) => c.kind === "late")?.reason;

  it("failed: when it ended", () => {
    expect(lateReason("08:30", [typed(run("agg", TICK, "failed", T("06:05"), T("06:30"), "s1"), "scheduled")])).toBe(
      "06:00 UTC interval missed its 08:00 UTC deadline by 30m; run s1 failed at 06:30 UTC",
    );
  });

  it("queued: its state", () => {
    expect(lateReason("08:10", [typed(run("agg", TICK, "queued", null, null, "q1"), "scheduled")])).toBe("06:00 UTC interval missed its 08:00 UTC deadline by 10m; run q1 queued");
  });

  it("the first attempt still running while a later one failed is not a retry", () => {
    // In flight beats failed, so the 06:05 run decides; the manual attempt started after it.
    const first = typed(run("agg", TICK, "running", T("06:05"), null, "s1"), "scheduled");
    const later = typed(run("agg", TICK, "failed", T("06:40"), T("06:50"), "m1"), "manual");
    expect(lateReason("08:10", [first, later])).toBe("06:00 UTC interval missed its 08:00 UTC deadline by 10m; run s1 running since 06:05 UTC");
  });
});
