import { describe, expect, it } from "vitest";
import { pipelineHistory, RECENT_RUNS } from "../../../shared/domain/sla/pipeline-history";
import type { PipelineRun } from "../../../shared/domain/runs";
import { pipeline, run } from "./fixtures";

const iso = (ms: number) => new Date(ms).toISOString();
const at = (d: number, h: number, mi = 0) => Date.UTC(2026, 2, d, h, mi);

// Daily at 06:00 UTC, SLA 2h: the deadline is 08:00.
const daily = pipeline("daily", "0 6 * * *", "2h");

describe("pipelineHistory", () => {
  // Mar 3: on time; Mar 4: delivered 09:00 (late); Mar 5: failed; Mar 6: nothing; Mar 7..9: on time; Mar 10: running at 07:00.
  const runs: PipelineRun[] = [
    run("daily", iso(at(3, 6)), "success", iso(at(3, 6, 5)), iso(at(3, 6, 40))),
    run("daily", iso(at(4, 6)), "success", iso(at(4, 6, 5)), iso(at(4, 9))),
    run("daily", iso(at(5, 6)), "failed", iso(at(5, 6, 5)), iso(at(5, 6, 20))),
    run("daily", iso(at(7, 6)), "success", iso(at(7, 6, 5)), iso(at(7, 6, 40))),
    run("daily", iso(at(8, 6)), "success", iso(at(8, 6, 5)), iso(at(8, 6, 40))),
    run("daily", iso(at(9, 6)), "success", iso(at(9, 6, 5)), iso(at(9, 6, 40))),
    { ...run("daily", iso(at(10, 6)), "running", iso(at(10, 6, 5)), null), runType: "manual" },
  ];
  const now = new Date(at(10, 7));

  it("judges every interval of the window against its deadline, oldest first", () => {
    const history = pipelineHistory(daily, runs, now, 7);
    expect(history).toMatchObject({ pipelineId: "daily", days: 7, from: iso(at(3, 7)), to: iso(at(10, 7)) });
    // Mar 3 06:00 is before the window's start (Mar 3 07:00), so the first interval is Mar 4.
    expect(history.intervals.map((i) => [i.intervalEnd.slice(5, 10), i.outcome])).toEqual([
      ["03-04", "met-late"],
      ["03-05", "failed"],
      ["03-06", "missed"],
      ["03-07", "met"],
      ["03-08", "met"],
      ["03-09", "met"],
      ["03-10", "running"],
    ]);
    expect(history.intervals.at(-1)!.deadline).toBe(iso(at(10, 8)));
  });

  it("lists the newest attempts first, run types kept", () => {
    const history = pipelineHistory(daily, runs, now, 7);
    expect(history.runs.map((r) => r.intervalEnd.slice(5, 10))).toEqual(["03-10", "03-09", "03-08", "03-07", "03-05", "03-04", "03-03"]);
    expect(history.runs[0]!.runType).toBe("manual");
  });

  it("keeps at most RECENT_RUNS runs, and none that start after now", () => {
    const many = Array.from({ length: 40 }, (_, i) => run("daily", iso(at(1, 0) - i * 86_400_000), "success", iso(at(1, 0) - i * 86_400_000 + 60_000), iso(at(1, 1) - i * 86_400_000)));
    const future = run("daily", iso(at(11, 6)), "queued", iso(at(11, 6, 1)), null);
    const history = pipelineHistory(daily, [...many, future], now, 30);
    expect(history.runs).toHaveLength(RECENT_RUNS);
    expect(history.runs[0]!.intervalEnd).toBe(iso(at(1, 0)));
  });

  it("has the window's intervals as missed or pending when nothing was read", () => {
    const history = pipelineHistory(daily, [], now, 2);
    expect(history.intervals.map((i) => i.outcome)).toEqual(["missed", "pending"]);
    expect(history.runs).toEqual([]);
  });
});
