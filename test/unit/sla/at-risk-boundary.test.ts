/** The at-risk boundary of a running interval: a projected end exactly at the deadline is still on track. */
import { describe, expect, it } from "vitest";
import { evaluatePipeline } from "../../../shared/domain/sla/evaluate-pipeline";
import { dailySuccesses, ok, pipeline, run } from "./fixtures";

// Data at 06:00 UTC, SLA 2h: the deadline is 08:00 UTC. Ten earlier days of 40 minutes each: typical 40m.
const p = pipeline("agg", "0 6 * * *", "2h");
const history = dailySuccesses("agg", 6, "2026-03-10", 10, 40);
const T = (hhmm: string) => `2026-03-10T${hhmm}Z`;

function stateWhenStartedAt(start: string, now: string) {
  const runs = [...history, run("agg", T("06:00:00"), "running", T(start), null)];
  return evaluatePipeline(p, ok("agg", runs, T(now)), { now: new Date(T(now)), staleAfterMs: 3_600_000 }).state;
}

describe("at risk while running", () => {
  it("is running when the typical end falls exactly on the deadline (07:20 + 40m = 08:00)", () => {
    expect(stateWhenStartedAt("07:20:00", "07:25:00")).toBe("running");
  });

  it("is at risk one second past it (07:20:01 + 40m = 08:00:01)", () => {
    expect(stateWhenStartedAt("07:20:01", "07:25:00")).toBe("at-risk");
  });

  it("projects from now once the run is past its typical duration: on track until the deadline itself", () => {
    // Started 07:00, typically done by 07:40; at 07:59:59 (not yet twice its usual 40m) it can still end before 08:00.
    expect(stateWhenStartedAt("07:00:00", "07:59:59")).toBe("running");
  });

  it("is stuck, so at risk, one second past twice its typical duration (06:05 + 80m = 07:25)", () => {
    expect(stateWhenStartedAt("06:05:00", "07:25:00")).toBe("running");
    expect(stateWhenStartedAt("06:05:00", "07:25:01")).toBe("at-risk");
  });
});
