import { describe, expect, it } from "vitest";
import type { PipelineRun } from "../../../shared/domain/runs";
import { newestFirst } from "../../../main/services/sources/read-each";

const run = (runId: string, intervalEnd: string, start: string | null): PipelineRun => ({ pipelineId: "p", runId, state: "running", intervalEnd, start, end: null });

describe("newestFirst", () => {
  it("orders by interval end, then by start, with a run not yet started after those that started", () => {
    const queued = run("queued", "2024-06-03T11:00:00.000Z", null);
    const early = run("early", "2024-06-03T11:00:00.000Z", "2024-06-03T11:05:00.000Z");
    const late = run("late", "2024-06-03T11:00:00.000Z", "2024-06-03T11:30:00.000Z");
    const newer = run("newer", "2024-06-03T12:00:00.000Z", null);
    const expected = ["newer", "late", "early", "queued"];
    expect(newestFirst([queued, early, late, newer]).map((r) => r.runId)).toEqual(expected);
    expect(newestFirst([early, newer, late, queued]).map((r) => r.runId)).toEqual(expected);
  });
});
