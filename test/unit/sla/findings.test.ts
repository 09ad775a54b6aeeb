/** How several intervals in flight combine: later successes cover earlier ticks, the most urgent of the worst wins, and when the verdict next changes. */
import { describe, expect, it } from "vitest";
import { evaluatePipeline } from "../../../shared/domain/sla/evaluate-pipeline";
import type { PipelineRun } from "../../../shared/domain/runs";
import { dailySuccesses, ok, pipeline, run } from "./fixtures";

// Hourly on the hour, SLA 3h: at 06:20 the 04:00, 05:00 and 06:00 intervals are in flight (deadlines 07:00, 08:00, 09:00).
const hourly = pipeline("h", "0 * * * *", "3h");
const T = (hhmm: string, day = "2026-03-10") => `${day}T${hhmm}:00Z`;
const evalHourly = (runs: PipelineRun[], hhmm: string) => evaluatePipeline(hourly, ok("h", runs, T(hhmm)), { now: new Date(T(hhmm)), staleAfterMs: 120_000 });
// Successes of 01:00..03:00 that each took two hours: typical 2h.
const earlier = ["01", "02", "03"].map((h) => run("h", T(`${h}:00`), "success", T(`${h}:02`), T(`${String(Number(h) + 2).padStart(2, "0")}:02`)));

describe("several intervals in flight", () => {
  it("a later interval delivered covers the earlier ones without runs", () => {
    const s = evalHourly([...earlier, run("h", T("06:00"), "success", T("06:02"), T("06:15"))], "06:20");
    expect(s.state).toBe("healthy");
    expect(s.conditions).toEqual([]);
    expect(s.reason).toBe("06:00 UTC interval delivered at 06:15 UTC; next data 07:00 UTC");
  });

  it("the worst state wins over an earlier running interval, and among equals the earliest deadline", () => {
    // 04:00 runs since 04:05 (ends ~06:05, before 07:00; stuck only after 08:05): running.
    // 05:00 and 06:00 have no run 15 minutes after their ticks: both at risk; 05:00's deadline (08:00) comes first.
    const s = evalHourly([...earlier, run("h", T("04:00"), "running", T("04:05"), null)], "06:20");
    expect(s.state).toBe("at-risk");
    expect(s.reason).toBe("05:00 UTC interval not started 1h 20m after its data became available; deadline 08:00 UTC");
    expect(s.deadline).toBe("2026-03-10T08:00:00.000Z");
    expect(s.conditions.map((c) => c.intervalEnd)).toEqual(["2026-03-10T05:00:00.000Z", "2026-03-10T06:00:00.000Z"]);
  });
});

describe("when a delivered pipeline next changes", () => {
  it("15 minutes after the next tick, when its run can first be late to start (with data fresh for a day)", () => {
    const daily = pipeline("agg", "0 6 * * *", "2h");
    const runs = [...dailySuccesses("agg", 6, "2026-03-10", 3, 20), run("agg", T("06:00"), "success", T("06:05"), T("06:25"))];
    const s = evaluatePipeline(daily, ok("agg", runs, T("09:00")), { now: new Date(T("09:00")), staleAfterMs: 86_400_000 });
    expect(s.state).toBe("healthy");
    expect(s.changesAt).toBe("2026-03-11T06:15:00.000Z");
  });
});
