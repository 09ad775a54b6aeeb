// The rules of a run history, one at a time, with expectations worked out by hand from the runs
// (instants via Date.parse, never via the module under test).
import { describe, expect, it } from "vitest";
import { historyOf, runHistory, timeRun, type RunHistory, type TimedRun } from "../../../shared/domain/sla/run-history";
import type { PipelineRun, RunState, RunType } from "../../../shared/domain/runs";
import { run } from "./fixtures";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const BASE = Date.UTC(2026, 2, 1);
const at = (hour: number, minute = 0) => BASE + hour * HOUR + minute * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

/** A run of the hourly `agg` for the tick at `hour`, starting and ending that many minutes after it (null: not yet). */
function attempt(runId: string, hour: number, state: RunState, startMin: number | null, endMin: number | null, runType?: RunType): PipelineRun {
  const r = run("agg", iso(at(hour)), state, startMin === null ? null : iso(at(hour, startMin)), endMin === null ? null : iso(at(hour, endMin)), runId);
  return runType ? { ...r, runType } : r;
}

const indexed = (runs: readonly PipelineRun[]): RunHistory => historyOf(runs.map((r) => timeRun(r)));
const id = (t: TimedRun | null | undefined) => t?.run.runId ?? null;
const deciderId = (h: RunHistory, hour: number) => id(h.byIntervalEnd.get(at(hour)));

describe("runHistory", () => {
  it("indexes an array once: the same array again is the same history", () => {
    const runs = [attempt("a", 1, "success", 1, 20)];
    expect(runHistory(runs)).toBe(runHistory(runs));
  });
});

describe("the deciding run of an interval", () => {
  // Hour 6 has two successes: "first" started first and ended first (06:30), "slow" started later and ended later (06:40).
  const first = attempt("first", 6, "success", 1, 30);
  const slow = attempt("slow", 6, "success", 5, 40);

  it("is the success that ended first, not the one that started last, in either order", () => {
    expect(deciderId(indexed([first, slow]), 6)).toBe("first");
    expect(deciderId(indexed([slow, first]), 6)).toBe("first");
  });

  it("is a success even when a failed attempt started after it", () => {
    const done = attempt("done", 6, "success", 1, 10);
    const testRun = attempt("test", 6, "failed", 30, 35, "manual");
    expect(deciderId(indexed([done, testRun]), 6)).toBe("done");
    expect(deciderId(indexed([testRun, done]), 6)).toBe("done");
  });

  it("is the attempt that started last when none succeeded, in either order", () => {
    const first = attempt("first", 6, "failed", 1, 5);
    const retry = attempt("retry", 6, "failed", 20, 25);
    expect(deciderId(indexed([retry, first]), 6)).toBe("retry");
    expect(deciderId(indexed([first, retry]), 6)).toBe("retry");
  });

  it("is the first listed of attempts that tie", () => {
    const a = attempt("a", 6, "success", 1, 30);
    const b = attempt("b", 6, "success", 2, 30);
    expect(deciderId(indexed([a, b]), 6)).toBe("a");
    expect(deciderId(indexed([b, a]), 6)).toBe("b");
    const c = attempt("c", 7, "failed", 3, 9);
    const d = attempt("d", 7, "failed", 3, 12);
    expect(deciderId(indexed([c, d]), 7)).toBe("c");
    expect(deciderId(indexed([d, c]), 7)).toBe("d");
  });
});

describe("latest and current", () => {
  it("latest is the attempt that started last; the first listed of those that started together", () => {
    const a = attempt("a", 5, "success", 65, 80);
    const b = attempt("b", 6, "running", 5, null);
    const c = attempt("c", 4, "failed", 10, 15);
    expect(id(indexed([c, a, b]).latest)).toBe("a");
    expect(id(indexed([c, b, a]).latest)).toBe("b");
  });

  it("current is the newest interval's deciding run, backfills of newer intervals aside", () => {
    const runs = [attempt("h3", 3, "success", 1, 20), attempt("h4", 4, "failed", 1, 20), attempt("bf5", 5, "success", 30, 40, "backfill")];
    expect(id(indexed(runs).current)).toBe("h4");
  });
});

describe("runs whose interval end cannot be read", () => {
  const lost = (runId: string, state: RunState, startMs: number) => ({ ...run("agg", "not an instant", state, iso(startMs), iso(startMs + 5 * MINUTE), runId) });
  // Placed runs listed oldest first and newest first, with unplaced runs (started after all the others) among them.
  const placed = [attempt("h1", 1, "success", 1, 20), attempt("h2", 2, "success", 1, 20), attempt("h3", 3, "failed", 1, 20)];
  const strays = [lost("lost-ok", "success", at(9)), lost("lost-failed", "failed", at(10))];

  for (const [order, runs] of [
    ["oldest first", [placed[0]!, ...strays, placed[1]!, placed[2]!]],
    ["newest first", [placed[2]!, ...strays, placed[1]!, placed[0]!]],
  ] as const) {
    it(`are left out of every aggregate (${order})`, () => {
      const h = indexed(runs);
      expect(h.successes.map(id)).toEqual(["h1", "h2"]);
      expect(h.failures.map(id)).toEqual(["h3"]);
      expect(id(h.latest)).toBe("h3");
      expect(h.lastSuccessEndMs).toBe(Date.parse(iso(at(2, 20))));
    });
  }
});

describe("lastSuccessEndMs", () => {
  it("is the latest end of any success, whichever interval it belongs to", () => {
    // Hour 2's success ended last (05:00), after hour 3's (03:20) and hour 1's (01:20).
    const runs = [attempt("h1", 1, "success", 1, 20), attempt("h2", 2, "success", 1, 180), attempt("h3", 3, "success", 1, 20)];
    expect(indexed(runs).lastSuccessEndMs).toBe(Date.parse("2026-03-01T05:00:00Z"));
  });

  it("is null without successes, and an unended success does not hide an ended one (even before 1970)", () => {
    expect(indexed([attempt("f", 1, "failed", 1, 5)]).lastSuccessEndMs).toBeNull();
    const old = run("agg", "1969-07-20T20:00:00+00:00", "success", "1969-07-20T20:05:00+00:00", "1969-07-20T20:17:00+00:00", "eagle");
    const unended = run("agg", "1969-07-20T21:00:00+00:00", "success", "1969-07-20T21:05:00+00:00", null, "unended");
    expect(indexed([old, unended]).lastSuccessEndMs).toBe(Date.UTC(1969, 6, 20, 20, 17));
  });
});

describe("attemptsOf", () => {
  it("lists every attempt of an interval in the reading's order, the newest interval included", () => {
    const runs = [attempt("b", 7, "running", 20, null), attempt("x", 6, "success", 1, 20), attempt("a", 7, "failed", 1, 5)];
    const h = indexed(runs);
    expect(h.attemptsOf(at(7)).map(id)).toEqual(["b", "a"]);
    expect(h.attemptsOf(at(8))).toEqual([]);
  });
});

describe("typicalDurationMs", () => {
  it("is the one success's duration when there is one", () => {
    expect(indexed([attempt("only", 1, "success", 1, 21)]).typicalDurationMs).toBe(20 * MINUTE);
  });

  it("is null when no success has both a start and an end", () => {
    expect(indexed([attempt("f", 1, "failed", 1, 5), attempt("s", 2, "success", null, 30)]).typicalDurationMs).toBeNull();
  });

  it("leaves out successes without a start", () => {
    const runs = [attempt("a", 1, "success", 0, 10), attempt("nostart", 2, "success", null, 30), attempt("b", 3, "success", 0, 20)];
    expect(indexed(runs).typicalDurationMs).toBe(15 * MINUTE);
  });

  it("is the middle duration of an odd sample, whatever the order they ended in", () => {
    // By end, newest first: 30, 10 and 20 minutes; the median is 20.
    const runs = [attempt("a", 1, "success", 0, 20), attempt("b", 2, "success", 0, 10), attempt("c", 3, "success", 0, 30)];
    expect(indexed(runs).typicalDurationMs).toBe(20 * MINUTE);
  });

  it("takes an old interval's success that ended last into the ten, dropping the earliest end", () => {
    // Hours 1..10 take 1..10 minutes; hour 0 ran until 11:00 (660 minutes). The ten latest ends are
    // hour 0 and hours 2..10: durations 2..10 and 660, median (6 + 7) / 2.
    const runs = [attempt("h0", 0, "success", 0, 660), ...Array.from({ length: 10 }, (_, k) => attempt(`h${k + 1}`, k + 1, "success", 0, k + 1))];
    expect(indexed(runs).typicalDurationMs).toBe(6.5 * MINUTE);
  });

  it("keeps the earlier listed of successes that ended together", () => {
    // Eleven successes of hours 0..10 all ended at 12:00; hour k took k + 1 minutes. The first ten
    // listed (hours 0..9, 1..10 minutes) are kept: median 5.5 minutes.
    const end = at(12);
    const runs = Array.from({ length: 11 }, (_, k) => run("agg", iso(at(k)), "success", iso(end - (k + 1) * MINUTE), iso(end), `h${k}`));
    expect(indexed(runs).typicalDurationMs).toBe(5.5 * MINUTE);
  });
});
