import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HttpJsonMapping, SourceConfig } from "../../../shared/domain/workspace-schema";
import { systemClock, type Clock } from "../../../main/services/clock";
import { readSourcesOnce } from "../../../main/services/sources/read-sources-once";
import { startFakeHttpJson, type FakeHttpJson } from "../../fakes/fake-http-json";
import { makePipeline } from "../../fakes/make-pipeline";

const mapping: HttpJsonMapping = {
  runs: "runs",
  pipeline: "job",
  state: "state",
  interval_end: "end",
  states: { success: ["OK"], failed: [], running: [], queued: [] },
};

let fake: FakeHttpJson;
beforeAll(async () => {
  fake = await startFakeHttpJson();
  fake.document = { runs: [{ job: "churn", state: "OK", end: "2024-06-03T11:00:00Z" }] };
});
afterAll(async () => {
  await fake.close();
});

/** The real clock, counting the read deadlines armed on it (one per source actually read). */
function countingClock(): Clock & { timers: number } {
  const real = systemClock();
  const clock = {
    timers: 0,
    now: real.now,
    setTimer(fn: () => void, ms: number) {
      clock.timers += 1;
      return real.setTimer(fn, ms);
    },
  };
  return clock;
}

describe("readSourcesOnce", () => {
  it("reads each non-demo source for its own pipelines only, and leaves sources without pipelines alone", async () => {
    const sources: SourceConfig[] = [
      { id: "demo", kind: "demo" },
      { id: "home", kind: "http-json", url: `${fake.url}/home`, mapping },
      { id: "idle", kind: "http-json", url: `${fake.url}/idle`, mapping },
    ];
    const pipelines = [
      makePipeline("churn_model", { id: "home", key: "churn" }, "0 * * * *"),
      makePipeline("demo_model", { id: "demo", dag_id: "demo_dag" }),
    ];
    const clock = countingClock();
    const before = fake.requests.length;
    const readings = await readSourcesOnce({ sources, pipelines }, { env: {}, clock });
    expect([...readings.keys()]).toEqual(["churn_model"]);
    expect(readings.get("churn_model")).toMatchObject({
      ok: true,
      runs: [{ pipelineId: "churn_model", runId: "churn_model@2024-06-03T11:00:00.000Z", state: "success", intervalEnd: "2024-06-03T11:00:00.000Z" }],
    });
    expect(fake.requests.slice(before).map((r) => r.path)).toEqual(["/home"]);
    expect(clock.timers).toBe(1);
  });
});
