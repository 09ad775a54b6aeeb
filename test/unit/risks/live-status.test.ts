import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryStore } from "../../../main/services/alerts/key-value-store";
import { liveStatus, sourceOutages } from "../../../main/services/risks/live-status";
import { createStatusMonitor } from "../../../main/services/status/monitor";
import type { Pipeline, SourceConfig } from "../../../shared/domain/workspace-schema";
import { createFakeClock } from "../../fakes/fake-clock";
import { startFakeHttpJson, type FakeHttpJson } from "../../fakes/fake-http-json";
import { makePipeline } from "../../fakes/make-pipeline";

const T0 = new Date("2026-03-08T06:50:00Z"); // 01:50 EST, the night the clocks spring forward
const MIN = 60_000;

let fake: FakeHttpJson;
beforeAll(async () => {
  fake = await startFakeHttpJson();
});
afterAll(async () => {
  await fake.close();
});

function setup() {
  const sources: SourceConfig[] = [
    {
      id: "home",
      kind: "http-json",
      url: fake.url,
      poll: "1m",
      mapping: { runs: "runs", pipeline: "job", state: "state", interval_end: "at", end: "end", states: { success: ["ok"], failed: ["error"], running: [], queued: [] } },
    },
    { id: "demo", kind: "demo" },
  ];
  const pipelines: Pipeline[] = [makePipeline("a", { id: "home", key: "a" }, "0 * * * *"), makePipeline("b", { id: "home", key: "b" }, "0 * * * *"), makePipeline("c", { id: "demo", dag_id: "unit_profit" })];
  const workspace = { sources, pipelines, timezone: "America/New_York", kpis: { uptime: "99.9%", sla_compliance: "95%", mttr: "2h", completeness: "99.5%", accuracy: "99.9%", freshness: "1h", response: "15m", resolution: "4h" } };
  const clock = createFakeClock(T0);
  const monitor = createStatusMonitor({ workspace, store: memoryStore(), clock, env: {}, onProblem: () => undefined });
  return { workspace, clock, monitor };
}

describe("the live status of the risk signals", () => {
  it("dates a source's outage from when its pipelines became unreadable, through later failed polls", async () => {
    const { workspace, clock, monitor } = setup();
    fake.document = { runs: { not: "an array" } };
    await monitor.readOnce();
    expect(sourceOutages(monitor, workspace, clock.now())).toEqual([{ sourceId: "home", since: T0.toISOString(), reason: 'source home: mapping.runs "runs" is not an array of runs' }]);
    await clock.advance(11 * MIN);
    await monitor.pollNow();
    const live = liveStatus(monitor, workspace, clock.now());
    expect(live.outages).toEqual([{ sourceId: "home", since: T0.toISOString(), reason: expect.stringContaining("not an array") }]);
    // The 7-day KPIs come along for sla-below-target.
    expect(live.kpis.days).toBe(7);
    expect(Object.keys(live.kpis.pipelines)).toEqual(["a", "b", "c"]);
    await monitor.stop();
  });

  it("has no outage once the source reads again, nor for a source that reads fine", async () => {
    const { workspace, clock, monitor } = setup();
    fake.document = { runs: "broken" };
    await monitor.readOnce();
    await clock.advance(20 * MIN);
    fake.document = { runs: [{ job: "a", state: "ok", at: "2026-03-08T06:00:00Z", end: "2026-03-08T06:10:00Z" }] };
    await monitor.pollNow();
    expect(sourceOutages(monitor, workspace, clock.now())).toEqual([]);
    await monitor.stop();
  });
});
