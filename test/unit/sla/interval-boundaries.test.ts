/** Instants exactly on a boundary: a success ending at its deadline, a run starting at the instant the history is read. */
import { describe, expect, it } from "vitest";
import { evaluateIntervals } from "../../../shared/domain/sla/intervals";
import { pipelineHistory } from "../../../shared/domain/sla/pipeline-history";
import { pipeline, run } from "./fixtures";

// Daily at 06:00 UTC, SLA 2h: the Mar 10 interval's deadline is 08:00 UTC.
const daily = pipeline("daily", "0 6 * * *", "2h");
const TICK = "2026-03-10T06:00:00Z";
const window = { fromMs: Date.parse("2026-03-10T00:00:00Z"), toMs: Date.parse("2026-03-10T12:00:00Z"), nowMs: Date.parse("2026-03-10T12:00:00Z") };

describe("interval outcome at the deadline", () => {
  it("a success ending exactly at the deadline met it; a second later it did not", () => {
    const outcome = (end: string) => evaluateIntervals(daily, [run("daily", TICK, "success", "2026-03-10T06:05:00Z", end)], window).map((i) => i.outcome);
    expect(outcome("2026-03-10T08:00:00Z")).toEqual(["met"]);
    expect(outcome("2026-03-10T08:00:01Z")).toEqual(["met-late"]);
  });
});

describe("recent runs at the instant of reading", () => {
  it("a run starting exactly now is listed; one starting a millisecond later is not", () => {
    const now = new Date("2026-03-10T09:00:00.000Z");
    const runs = [run("daily", TICK, "running", "2026-03-10T09:00:00.000Z", null, "now"), run("daily", TICK, "queued", "2026-03-10T09:00:00.001Z", null, "later")];
    expect(pipelineHistory(daily, runs, now, 1).runs.map((r) => r.runId)).toEqual(["now"]);
  });
});
