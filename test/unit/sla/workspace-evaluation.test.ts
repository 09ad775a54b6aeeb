/** Workspace-wide evaluation: the default poll of a source the workspace does not list, and the earliest change whatever the order. */
import { describe, expect, it } from "vitest";
import { evaluatePipelines, nextDeadline } from "../../../shared/domain/sla/evaluate-workspace";
import type { PipelineStatus } from "../../../shared/domain/sla/types";
import { ok, pipeline, run } from "./fixtures";

describe("evaluatePipelines", () => {
  // Daily at 06:00 UTC, delivered; its source "orphan" is not among the workspace's sources, so it is polled every 60s (the default).
  const p = pipeline("agg", "0 6 * * *", "2h", "orphan");
  const delivered = [run("agg", "2026-03-10T06:00:00Z", "success", "2026-03-10T06:05:00Z", "2026-03-10T06:25:00Z")];
  const stateWhenReadAt = (fetchedAt: string) =>
    evaluatePipelines({ pipelines: [p], sources: [{ id: "src", kind: "demo", poll: "1h" }], readings: new Map([["agg", ok("agg", delivered, fetchedAt)]]) }, new Date("2026-03-10T09:00:00Z"))[0]!.state;

  it("trusts data from a source it does not list for two default polls (120s), not more", () => {
    expect(stateWhenReadAt("2026-03-10T08:58:01Z")).toBe("healthy");
    expect(stateWhenReadAt("2026-03-10T08:58:00Z")).toBe("unknown");
  });
});

describe("nextDeadline", () => {
  const status = (pipelineId: string, changesAt: string | null): PipelineStatus => ({
    pipelineId,
    state: "healthy",
    reason: "",
    deadline: null,
    lastRun: null,
    verified: true,
    newestSuccess: null,
    warnings: [],
    conditions: [],
    changesAt,
  });

  it("is the earliest change, wherever it is listed", () => {
    const statuses = [status("a", "2026-03-10T09:00:00.000Z"), status("b", null), status("c", "2026-03-10T07:00:00.000Z"), status("d", "2026-03-10T08:00:00.000Z")];
    expect(nextDeadline(statuses)?.toISOString()).toBe("2026-03-10T07:00:00.000Z");
  });
});
