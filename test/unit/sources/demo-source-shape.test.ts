/**
 * The demo source's documented shape, on hand-built pipelines at fixed instants: run ids, starts after
 * the interval, typical durations, failures retried by hand 10 minutes later, a few slow runs, and who
 * plays at risk / late / backfilling by the rules in plan(). Expectations are worked out by hand below.
 */
import { describe, expect, it } from "vitest";
import { createDemoSource } from "../../../main/services/sources/demo-source";
import type { PipelineReading, PipelineRun } from "../../../shared/domain/runs";
import type { Pipeline } from "../../../shared/domain/workspace-schema";
import { pipeline } from "../sla/fixtures";

const MIN = 60_000;
const HOUR = 60 * MIN;
const demo = createDemoSource({ id: "demo" });
type Ok = Extract<PipelineReading, { ok: true }>;
async function read(pipelines: Pipeline[], now: string): Promise<Map<string, Ok>> {
  const readings = await demo.read(pipelines, { now: new Date(now), signal: new AbortController().signal });
  return new Map(readings.map((r) => [r.pipelineId, r as Ok]));
}
const ms = (iso: string | null) => Date.parse(iso!);
const iso = (t: number) => new Date(t).toISOString();
const runOf = (r: Ok, intervalEnd: number, type = "scheduled") => r.runs.filter((x) => x.intervalEnd === iso(intervalEnd) && x.runType === type);

// 2026-03-11 is a Wednesday; 30 days back is Monday 2026-02-09 12:00, so the window (Feb 9 12:00, Mar 11 12:00]
// holds 4 whole weeks plus Tue 10 and Wed 11 Feb 00:00: Mondays → 4 ticks, Mon+Thu → 8, Mon+Thu+Fri → 12.
const NOW = "2026-03-11T12:00:00.000Z";
const D = pipeline("d", "0 0 * * *", "1h"); // 30 ticks, newest (today 00:00) past its deadline: first to be late
const A = pipeline("a", "0 0 * * 1", "3d"); // 4 ticks, in flight: too few intervals to be at risk, too few to backfill
const B = pipeline("b", "0 0 * * 1,4", "3d"); // exactly 8 ticks (SLOW_STREAK + 2), newest Mon 9 Mar in flight: at risk
const E = pipeline("e", "0 0 * * 1,4,5", "1h"); // exactly 12 ticks: not more than BACKFILL_INTERVALS_BACK, so no backfill
const C = pipeline("c", "0 * * * *", "2h"); // hourly, 720 ticks: the first of the rest with more than 12 → backfills
const X = pipeline("x", "0 6 * * *", "1h"); // no role: routine only
const ALL = [D, A, B, E, C, X];

describe("demo source: the shape of its runs", () => {
  it("reports runs oldest first, never starting before their interval ends or after now, with Airflow-style run ids", async () => {
    const readings = await read(ALL, NOW);
    for (const r of readings.values()) {
      expect(r.coverage).toEqual({ from: "2026-02-09T12:00:00.000Z", complete: true });
      const starts = r.runs.map((x) => ms(x.start));
      expect(starts, r.pipelineId).toEqual([...starts].sort((a, b) => a - b));
      for (const run of r.runs) {
        expect(ms(run.start), `${run.runId} starts after its interval`).toBeGreaterThanOrEqual(ms(run.intervalEnd));
        expect(ms(run.start), `${run.runId} starts by now`).toBeLessThanOrEqual(ms(NOW));
        const stamp = run.runType === "manual" ? run.start : run.intervalEnd;
        expect(run.runId).toBe(`${run.runType}__${stamp}`);
      }
    }
    // The hourly pipeline's 12:00 interval ends exactly now: its run cannot have started yet.
    expect(runOf(readings.get("c")!, ms(NOW))).toEqual([]);
  });

  it("gives the at-risk, late and backfilling roles by the rules, in list order", async () => {
    const r = await read(ALL, NOW);
    // At risk: b, the first with >= 8 intervals whose newest is in flight (Mon 9 Mar + 3d > now); d is not in flight, a has 4.
    const [current] = runOf(r.get("b")!, Date.parse("2026-03-09T00:00:00Z"));
    expect(current).toMatchObject({ state: "running", end: null });
    // Late: d, the first other one with a deadline passed; its newest due interval (today 00:00, due 01:00) hangs.
    const dRuns = r.get("d")!.runs;
    expect(dRuns.at(-1)).toMatchObject({ intervalEnd: "2026-03-11T00:00:00.000Z", state: "running", end: null });
    // Backfilling: c only (a has 4 intervals, e exactly 12); it redoes the interval 12 back (01:00 today) since 10:30.
    const backfills = [...r.values()].flatMap((x) => x.runs.filter((run) => run.runType === "backfill"));
    expect(backfills.map((x) => [x.pipelineId, x.intervalEnd, x.start])).toEqual([["c", "2026-03-11T01:00:00.000Z", "2026-03-11T10:30:00.000Z"]]);
    expect(backfills[0]!.state).toBe("success"); // typical run of a 2h SLA is at most 42 min: done by 11:12
    // Nobody else hangs: a, e, x and c only report runs that ended or the in-flight interval's own run.
    for (const id of ["a", "e", "x", "c"]) expect(r.get(id)!.runs.filter((x) => x.state === "running").length, id).toBeLessThanOrEqual(1);
  });

  it("at an exact deadline, the pipeline is late rather than at risk", async () => {
    // now = Mar 11 12:00. m: monthly, its only tick Mar 1 00:00 is due 10d12h later = now. f: daily 00:00 with 12h SLA,
    // due today at now too (so not in flight). h: hourly, in flight → at risk. m is late, f (30 ticks) backfills.
    const m = pipeline("m", "0 0 1 * *", "10d12h");
    const f = pipeline("f", "0 0 * * *", "12h");
    const h = pipeline("h", "0 * * * *", "2h");
    const r = await read([m, f, h], NOW);
    expect(r.get("m")!.runs).toMatchObject([{ intervalEnd: "2026-03-01T00:00:00.000Z", state: "running", end: null }]);
    expect(r.get("f")!.runs.filter((x) => x.runType === "backfill")).toHaveLength(1);
    expect(runOf(r.get("h")!, ms(NOW))).toMatchObject([{ state: "running", start: NOW }]);
  });

  it("a pipeline with no deadline passed yet is not the late one", async () => {
    // n: monthly, its only tick in the window (Mar 1 00:00) is due Mar 21, so nothing of n is overdue; h is at risk,
    // so the late one is f (daily 00:00, 12h SLA: today's interval is due exactly now) and its newest interval hangs.
    const n = pipeline("n", "0 0 1 * *", "20d");
    const h = pipeline("h", "0 * * * *", "2h");
    const f = pipeline("f", "0 0 * * *", "12h");
    const r = await read([n, h, f], NOW);
    expect(r.get("f")!.runs.at(-1)).toMatchObject({ intervalEnd: "2026-03-11T00:00:00.000Z", state: "running", end: null });
    expect(r.get("n")!.runs.every((x) => x.intervalEnd === "2026-03-01T00:00:00.000Z" && x.runType !== "backfill")).toBe(true);
  });

  it("runs take 80–120% of a typical time fixed per pipeline (15–35% of the SLA), or are slow and miss the SLA", async () => {
    const c = (await read(ALL, NOW)).get("c")!;
    const backfill = c.runs.find((x) => x.runType === "backfill")!;
    const typical = ms(backfill.end) - ms(backfill.start); // a backfill takes the typical time
    expect(typical).toBeGreaterThanOrEqual(0.15 * 2 * HOUR);
    expect(typical).toBeLessThanOrEqual(0.35 * 2 * HOUR);
    let late = 0;
    let failed = 0;
    const scheduled = c.runs.filter((x) => x.runType === "scheduled" && x.state !== "running");
    for (const run of scheduled) {
      const took = ms(run.end) - ms(run.start);
      if (run.state === "failed") {
        failed++;
        continue;
      }
      if (ms(run.end) > ms(run.intervalEnd) + 2 * HOUR) late++;
      else expect([took >= 0.8 * typical - 1, took <= 1.2 * typical + 1], run.runId).toEqual([true, true]);
    }
    // "A few" failures and slow runs: some, but well under 10% of about 720 intervals.
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(72);
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(72);
  });

  it("retries each failure by hand 10 minutes after it failed; the failure stopped partway", async () => {
    const runs = [...(await read(ALL, NOW)).values()].flatMap((r) => r.runs);
    const failures = runs.filter((x) => x.state === "failed");
    expect(failures.length).toBeGreaterThan(0);
    for (const f of failures) {
      const retry = runs.find((x) => x.runType === "manual" && x.pipelineId === f.pipelineId && x.intervalEnd === f.intervalEnd)!;
      expect(ms(retry.start)).toBe(ms(f.end) + 10 * MIN);
      if (retry.end !== null) expect(ms(f.end) - ms(f.start)).toBeLessThan(ms(retry.end) - ms(retry.start));
    }
  });

  it("at risk: the current interval runs, the one before ran on time in the typical time, the 6 before that were slow", async () => {
    // Alone first in the list, the hourly c is at risk (its 12:00 interval is in flight); elsewhere it backfills, which
    // shows its typical run time (the same pipeline id and SLA give the same typical time).
    const backfill = (await read(ALL, NOW)).get("c")!.runs.find((x) => x.runType === "backfill")!;
    const typical = ms(backfill.end) - ms(backfill.start);
    const c = (await read([C, D], NOW)).get("c")!;
    const now = ms(NOW);
    expect(runOf(c, now)).toMatchObject([{ state: "running", start: NOW, end: null }]); // started at min(tick + 2m, now)
    const [previous] = runOf(c, now - HOUR);
    expect(previous).toMatchObject({ state: "success", start: iso(now - HOUR + 3 * MIN), end: iso(now - HOUR + 3 * MIN + typical) });
    // Of the last 10 intervals before the current one, 6 (2..7 hours back) did not finish by their 2h deadline
    // (the newest of them, due exactly now, is still running).
    const lastTen = Array.from({ length: 10 }, (_, i) => now - (i + 1) * HOUR);
    const missed = (x: PipelineRun, t: number) => x.state === "running" || (x.state === "success" && ms(x.end) > t + 2 * HOUR);
    const slow = lastTen.filter((t) => c.runs.some((x) => x.intervalEnd === iso(t) && x.runType === "scheduled" && missed(x, t)));
    expect(slow).toEqual([2, 3, 4, 5, 6, 7].map((k) => now - k * HOUR));
  });

  it("a run that ends exactly at now has ended", async () => {
    // History is seeded per pipeline and interval, so x's newest finished run is the same when read at its own end.
    const x = (await read(ALL, NOW)).get("x")!;
    const done = x.runs.filter((r) => r.end !== null).at(-1)!;
    const atEnd = (await read(ALL, done.end!)).get("x")!;
    expect(atEnd.runs.find((r) => r.runId === done.runId)).toEqual<PipelineRun>(done);
  });

  it("names the pipeline in a config error", async () => {
    const [reading] = await demo.read([pipeline("bad", "every tuesday", "1h", "demo")], { now: new Date(NOW), signal: new AbortController().signal });
    expect(reading?.ok === false && reading.error.message).toMatch(/^pipeline bad: /);
  });
});
