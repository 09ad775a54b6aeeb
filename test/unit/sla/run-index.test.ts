import { describe, expect, it } from "vitest";
import { createRunIndex } from "../../../shared/domain/sla/run-index";
import { historyOf, runHistory, timeRun, type RunHistory, type TimedRun } from "../../../shared/domain/sla/run-history";
import { evaluatePipelines } from "../../../shared/domain/sla/evaluate-workspace";
import type { PipelineRun, RunState } from "../../../shared/domain/runs";
import { instantMs } from "../../../shared/domain/sla/instant";
import { pick, seededRandom } from "../../fakes/seeded-random";
import { countingParse, fresh, ok, pipeline, run } from "./fixtures";

const HOUR = 3_600_000;
const BASE = Date.UTC(2026, 2, 1);
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

/** Hourly runs of `agg` for ticks first..last (hours after BASE), each a 20-minute success unless told otherwise. */
function hourly(first: number, last: number, state: (hour: number) => RunState = () => "success"): PipelineRun[] {
  return Array.from({ length: last - first + 1 }, (_, k) => {
    const tick = BASE + (first + k) * HOUR;
    const s = state(first + k);
    return run("agg", iso(tick), s, iso(tick + 60_000), s === "running" ? null : iso(tick + 21 * 60_000), `scheduled__${iso(tick)}`);
  });
}

const at = (hour: number) => BASE + hour * HOUR;
const decider = (h: RunHistory, hour: number): TimedRun | undefined => h.byIntervalEnd.get(at(hour));

describe("run index", () => {
  it("reads each instant once: a fresh copy of the same runs is not re-read and keeps its timed records", () => {
    const { read, parse } = countingParse();
    const index = createRunIndex(parse);
    const first = index.historyOf("agg", hourly(0, 23));
    expect(read).toHaveLength(24 * 3);
    const second = index.historyOf("agg", fresh(hourly(0, 23)));
    expect(read).toHaveLength(24 * 3);
    for (let hour = 0; hour < 24; hour++) expect(decider(second, hour)).toBe(decider(first, hour));
  });

  it("the same array again is the same history", () => {
    const { read, parse } = countingParse();
    const index = createRunIndex(parse);
    const runs = hourly(0, 9);
    const history = index.historyOf("agg", runs);
    expect(index.historyOf("agg", runs)).toBe(history);
    expect(read).toHaveLength(30);
  });

  it("a poll with one new run and one finished run reads those two only", () => {
    const { read, parse } = countingParse();
    const index = createRunIndex(parse);
    const before = index.historyOf("agg", hourly(0, 23, (h) => (h === 23 ? "running" : "success")));
    read.length = 0;
    const after = index.historyOf("agg", fresh(hourly(0, 24, (h) => (h === 24 ? "running" : "success"))));
    // Hour 23 finished (intervalEnd, start, end read again), hour 24 is new (intervalEnd and start; no end yet).
    expect(read).toEqual([iso(at(23)), iso(at(23) + 60_000), iso(at(23) + 21 * 60_000), iso(at(24)), iso(at(24) + 60_000)]);
    expect(decider(after, 23)).not.toBe(decider(before, 23));
    expect(decider(after, 23)!.run.state).toBe("success");
    expect(decider(after, 22)).toBe(decider(before, 22));
    expect(after.latest!.run.runId).toBe(`scheduled__${iso(at(24))}`);
  });

  it("a run the source no longer reports is gone at once, whatever its age, and is read anew if it comes back", () => {
    const { read, parse } = countingParse();
    const index = createRunIndex(parse);
    const failed = (h: number): RunState => (h === 5 ? "failed" : "success");
    expect(index.historyOf("agg", hourly(0, 9, failed)).failures).toHaveLength(1);
    // The failed run was cleared upstream, and the window slid: hour 0 aged out.
    const without = [...hourly(1, 4), ...hourly(6, 10)];
    const history = index.historyOf("agg", fresh(without));
    expect(history.failures).toEqual([]);
    expect(decider(history, 5)).toBeUndefined();
    expect(decider(history, 0)).toBeUndefined();
    expect(history.successes.map((s) => s.intervalEndMs)).toEqual(without.map((r) => instantMs(r.intervalEnd)));
    read.length = 0;
    index.historyOf("agg", fresh(hourly(0, 10, failed)));
    expect(read).toEqual([iso(at(0)), iso(at(0) + 60_000), iso(at(0) + 21 * 60_000), iso(at(5)), iso(at(5) + 60_000), iso(at(5) + 21 * 60_000)]);
  });

  it("finds unchanged runs in any order: newest first, or shuffled", () => {
    const { read, parse } = countingParse();
    const index = createRunIndex(parse);
    index.historyOf("agg", hourly(0, 29));
    read.length = 0;
    const newestFirst = index.historyOf("agg", fresh(hourly(0, 29)).reverse());
    const random = seededRandom(5);
    const shuffled = fresh(hourly(0, 29)).sort(() => random() - 0.5);
    const shuffledHistory = index.historyOf("agg", shuffled);
    expect(read).toEqual([]);
    expect(shuffledHistory.successes).toEqual(newestFirst.successes);
  });

  it("keeps pipelines apart", () => {
    const index = createRunIndex();
    index.historyOf("a", hourly(0, 3));
    expect(index.historyOf("b", hourly(0, 1)).successes).toHaveLength(2);
    expect(index.historyOf("a", fresh(hourly(0, 3))).successes).toHaveLength(4);
  });

  it("over 300 random polls, every history equals indexing that reading from scratch", () => {
    const random = seededRandom(42);
    const index = createRunIndex();
    const states: RunState[] = ["queued", "running", "success", "success", "failed"];
    let runs: PipelineRun[] = [];
    for (let poll = 0; poll < 300; poll++) {
      // Add a few runs (some retries of an existing interval), drop some, change some, reorder now and then.
      const next = runs.filter(() => random() > 0.05).map((r) => (random() < 0.1 ? { ...r, state: pick(random, states), end: random() < 0.5 ? null : iso(BASE + poll * HOUR) } : { ...r }));
      for (let k = Math.floor(random() * 3); k > 0; k--) {
        const hour = Math.floor(random() * (poll + 5));
        const start = random() < 0.2 ? null : iso(at(hour) + Math.floor(random() * 4) * 600_000);
        next.push(run("agg", random() < 0.03 ? "not an instant" : iso(at(hour)), pick(random, states), start, start && random() < 0.7 ? iso(at(hour) + 3_000_000) : null, `r${poll}-${k}`));
      }
      if (random() < 0.2) next.reverse();
      runs = fresh(next);
      expect(view(index.historyOf("agg", runs), poll + 5), `poll ${poll}`).toEqual(view(runHistory(fresh(runs)), poll + 5));
    }
  });
});

/** A history as plain data: which run decides each hour, the aggregates, all by run id. */
function view(h: RunHistory, hours: number) {
  const id = (t: TimedRun | null | undefined) => t?.run.runId ?? null;
  return {
    deciders: Array.from({ length: hours }, (_, hour) => id(decider(h, hour))),
    latest: id(h.latest),
    successes: h.successes.map(id),
    failures: h.failures.map(id).sort(),
    lastSuccessEndMs: h.lastSuccessEndMs,
    typicalDurationMs: h.typicalDurationMs,
  };
}

describe("historyOf", () => {
  it("decides each interval by its earliest-ending success, else its latest attempt, whatever the order of the runs", () => {
    const tick = iso(at(6));
    const runs = [
      run("agg", tick, "failed", iso(at(6) + 60_000), iso(at(6) + 600_000), "try1"),
      run("agg", tick, "success", iso(at(6) + 700_000), iso(at(6) + 1_800_000), "try2"),
      run("agg", tick, "success", iso(at(6) + 800_000), iso(at(6) + 1_500_000), "try3"),
      run("agg", iso(at(7)), "failed", iso(at(7) + 60_000), iso(at(7) + 600_000), "b1"),
      run("agg", iso(at(7)), "running", iso(at(7) + 700_000), null, "b2"),
    ];
    for (const order of [runs, [...runs].reverse(), [runs[2]!, runs[4]!, runs[0]!, runs[3]!, runs[1]!]]) {
      const h = historyOf(order.map((r) => timeRun(r)));
      expect(id(decider(h, 6))).toBe("try3");
      expect(id(decider(h, 7))).toBe("b2");
      expect(h.latest!.run.runId).toBe("b2");
      expect(h.successes.map(id).sort()).toEqual(["try2", "try3"]);
    }
  });

  it("takes the median duration of the ten latest-ending successes", () => {
    // Hours 0..14 take 1..15 minutes; the ten that ended last are hours 5..14 (6..15 minutes): median 10.5 minutes.
    const runs = Array.from({ length: 15 }, (_, h) => run("agg", iso(at(h)), "success", iso(at(h)), iso(at(h) + (h + 1) * 60_000), `h${h}`));
    expect(historyOf(runs.map((r) => timeRun(r))).typicalDurationMs).toBe(10.5 * 60_000);
    expect(historyOf(runs.reverse().map((r) => timeRun(r))).typicalDurationMs).toBe(10.5 * 60_000);
  });
});

const id = (t: TimedRun | undefined) => t?.run.runId;

describe("evaluatePipelines with a run index", () => {
  it("an evaluation after a poll reads only the run the poll added", () => {
    const { read, parse } = countingParse();
    const runIndex = createRunIndex(parse);
    const p = pipeline("agg", "0 * * * *", "45m");
    const input = (runs: PipelineRun[]) => ({ pipelines: [p], sources: [{ id: "src", kind: "demo" as const }], readings: new Map([["agg", ok("agg", runs, iso(at(24) + 5 * 60_000))]]), runIndex });
    const now = new Date(at(24) + 5 * 60_000);
    const [first] = evaluatePipelines(input(hourly(0, 23)), now);
    read.length = 0;
    const [second] = evaluatePipelines(input(fresh(hourly(0, 24, (h) => (h === 24 ? "running" : "success")))), now);
    expect(read).toEqual([iso(at(24)), iso(at(24) + 60_000)]);
    expect(first!.state).toBe("healthy");
    expect(second).toMatchObject({ state: "running", lastRun: { runId: `scheduled__${iso(at(24))}` } });
  });
});
