// Which records a run index keeps from one reading to the next: a run re-read exactly when one of
// the fields its record is made of changed, and a run the source stopped listing gone. Expected
// instants come from Date.parse; what was re-read comes from a counting parser.
import { describe, expect, it } from "vitest";
import { createRunIndex } from "../../../shared/domain/sla/run-index";
import type { PipelineRun, RunState } from "../../../shared/domain/runs";
import { countingParse, fresh, run } from "./fixtures";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const BASE = Date.UTC(2026, 2, 1);
const at = (hour: number) => BASE + hour * HOUR;
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

/** The run `runId` for the tick at `hour`: started a minute after it, ended 21 minutes after it. */
const tick = (runId: string, hour: number, state: RunState = "success"): PipelineRun => run("agg", iso(at(hour)), state, iso(at(hour) + MINUTE), iso(at(hour) + 21 * MINUTE), runId);
/** The instants a run's record is read from, in the order a record reads them. */
const instantsOf = (r: PipelineRun) => [r.intervalEnd, r.start, r.end];
/** Ticks r<first>..r<last>. */
const ticks = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, k) => tick(`r${first + k}`, first + k));

describe("run index records", () => {
  it("a run whose interval end alone changed is placed on its new interval", () => {
    const index = createRunIndex();
    index.historyOf("agg", ticks(0, 5));
    const moved = fresh(ticks(0, 5));
    moved[3] = { ...moved[3]!, intervalEnd: iso(at(8)) };
    const history = index.historyOf("agg", moved);
    expect(history.byIntervalEnd.get(at(3))).toBeUndefined();
    expect(history.byIntervalEnd.get(at(8))).toMatchObject({ run: { runId: "r3" }, intervalEndMs: Date.parse("2026-03-01T08:00:00Z") });
  });

  it("a run whose start alone changed has the new start", () => {
    const index = createRunIndex();
    index.historyOf("agg", ticks(0, 5));
    const restarted = fresh(ticks(0, 5));
    restarted[3] = { ...restarted[3]!, start: "2026-03-01T03:02:00+00:00" };
    expect(index.historyOf("agg", restarted).byIntervalEnd.get(at(3))!.startMs).toBe(Date.parse("2026-03-01T03:02:00Z"));
  });

  it("a run whose type alone changed has the new type: a newest run now a backfill no longer stands for the current state", () => {
    const index = createRunIndex();
    expect(index.historyOf("agg", ticks(0, 5)).current!.run.runId).toBe("r5");
    const retyped = fresh(ticks(0, 5));
    retyped[5] = { ...retyped[5]!, runType: "backfill" };
    const history = index.historyOf("agg", retyped);
    expect(history.byIntervalEnd.get(at(5))!.run.runType).toBe("backfill");
    expect(history.current!.run.runId).toBe("r4");
  });

  it("a reading that is the last one minus its last run drops that run", () => {
    const index = createRunIndex();
    index.historyOf("agg", ticks(0, 9));
    const history = index.historyOf("agg", fresh(ticks(0, 8)));
    expect(history.byIntervalEnd.get(at(9))).toBeUndefined();
    expect(history.successes.map((s) => s.run.runId)).toEqual(["r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8"]);
  });

  it("a fresh copy of the same reading gives the same history", () => {
    const index = createRunIndex();
    const first = index.historyOf("agg", ticks(0, 5));
    expect(index.historyOf("agg", fresh(ticks(0, 5)))).toBe(first);
  });
});

// A source can list one run id twice (a page boundary moving while it is read, the run in another
// state on each page). Each copy is its own record, matched by where it is listed.
describe("a run id listed twice", () => {
  it("an unchanged reading is not read again", () => {
    const { read, parse } = countingParse();
    const index = createRunIndex(parse);
    const runs = [...ticks(0, 5), tick("x", 6, "success"), tick("x", 7, "failed")];
    index.historyOf("agg", runs);
    read.length = 0;
    index.historyOf("agg", fresh(runs));
    expect(read).toEqual([]);
  });

  it("the copy still listed when the other is gone keeps its record", () => {
    const { read, parse } = countingParse();
    const index = createRunIndex(parse);
    index.historyOf("agg", [tick("x", 0), ...ticks(1, 5), tick("x", 7, "failed")]);
    read.length = 0;
    const history = index.historyOf("agg", fresh([tick("x", 0), ...ticks(1, 5)]));
    expect(read).toEqual([]);
    expect(history.failures).toEqual([]);
  });

  it("a copy listed far from where it was keeps its record: only new runs are read", () => {
    const { read, parse } = countingParse();
    const index = createRunIndex(parse);
    // Before: x@0 first, x@5 last. Now x@5 comes right after r1..r4, three new runs follow, and x@0 is listed last.
    index.historyOf("agg", [tick("x", 0), ...ticks(1, 4), tick("x", 5, "failed")]);
    read.length = 0;
    const added = ticks(6, 8);
    index.historyOf("agg", fresh([...ticks(1, 4), tick("x", 5, "failed"), ...added, tick("x", 0)]));
    expect(read).toEqual(added.flatMap(instantsOf));
  });
});
