/**
 * An incomplete read leaves the verdict unknown exactly when the oldest interval it needs (the newest
 * past its deadline, else the oldest in flight) may have runs dated before the read's complete start:
 * runs are dated at the source from the tick before that interval (Airflow 2 dates a run by its start).
 */
import { describe, expect, it } from "vitest";
import { evaluatePipeline } from "../../../shared/domain/sla/evaluate-pipeline";
import type { ReadingCoverage } from "../../../shared/domain/runs";
import type { Pipeline } from "../../../shared/domain/workspace-schema";
import { pipeline } from "./fixtures";

// Daily at 06:00 UTC, SLA 2h: deadline 08:00 UTC. No runs at all: only coverage decides unknown vs late.
const daily = pipeline("agg", "0 6 * * *", "2h");
// The same, but croner's year field makes Mar 10 2026 its first tick: nothing before it to need.
const fromMar10 = pipeline("agg", "0 0 6 10-20 3 * 2026", "2h");

function evalAt(p: Pipeline, now: string, coverage: ReadingCoverage) {
  return evaluatePipeline(p, { pipelineId: "agg", ok: true, runs: [], fetchedAt: now, coverage }, { now: new Date(now), staleAfterMs: 120_000 });
}
const incomplete = (from: string, note?: string): ReadingCoverage => ({ from, complete: false, ...(note ? { note } : {}) });

describe("which interval an incomplete read must reach", () => {
  it("before today's tick, the interval that matters is yesterday's (past its deadline), not today's", () => {
    // 05:00: the newest interval past its deadline is Mar 9 06:00; its runs may be dated from Mar 8 06:00.
    const s = evalAt(daily, "2026-03-10T05:00:00Z", incomplete("2026-03-09T00:00:00Z", "page cap"));
    expect(s.state).toBe("unknown");
    expect(s.reason).toBe("source src could not be read completely (page cap): runs before Mar 9 00:00 UTC may be missing, so the Mar 9 06:00 UTC interval cannot be judged");
  });

  it("a read complete from exactly the tick before the interval is enough: the verdict stands", () => {
    // 12:00: today's 06:00 interval missed 08:00; its runs may be dated from Mar 9 06:00, and the read has them.
    const s = evalAt(daily, "2026-03-10T12:00:00Z", incomplete("2026-03-09T06:00:00Z"));
    expect(s.state).toBe("late");
    expect(s.verified).toBe(true);
  });

  it("a read complete only from the interval's own tick is not, and the reason has no empty note", () => {
    const s = evalAt(daily, "2026-03-10T12:00:00Z", incomplete("2026-03-10T06:00:00Z"));
    expect(s.state).toBe("unknown");
    expect(s.reason).toBe("source src could not be read completely: runs before 06:00 UTC may be missing, so the 06:00 UTC interval cannot be judged");
  });
});

describe("a schedule's first interval", () => {
  it("with no earlier tick, the first interval in flight is the one that matters", () => {
    const s = evalAt(fromMar10, "2026-03-10T07:00:00Z", incomplete("2026-03-10T06:30:00Z"));
    expect(s.state).toBe("unknown");
    expect(s.reason).toBe("source src could not be read completely: runs before 06:30 UTC may be missing, so the 06:00 UTC interval cannot be judged");
  });

  it("at its tick exactly, that interval is already needed (an unreadable start counts as complete from now only)", () => {
    const s = evalAt(fromMar10, "2026-03-10T06:00:00Z", incomplete("not a date"));
    expect(s.state).toBe("unknown");
    expect(s.reason).toBe("source src could not be read completely: runs before 06:00 UTC may be missing, so the 06:00 UTC interval cannot be judged");
  });

  it("before its first tick nothing is needed, whatever the read", () => {
    const s = evalAt(fromMar10, "2026-03-10T05:59:59Z", incomplete("not a date"));
    expect(s.state).toBe("healthy");
    expect(s.reason).toBe("no interval due yet; next data 06:00 UTC");
    expect(s.deadline).toBe("2026-03-10T08:00:00.000Z");
  });
});
