/**
 * The poller over real HTTP (the fake servers, the real sources and status service): sources with
 * several pipelines where some fail, and answers whose body stalls after the headers.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { memoryStore } from "../../../main/services/alerts/key-value-store";
import { createPoller, type Poller } from "../../../main/services/poller/poller";
import { createSource } from "../../../main/services/sources/create-source";
import { createStatusMonitor, type StatusMonitor } from "../../../main/services/status/monitor";
import type { KpiTargets, Pipeline, SourceConfig } from "../../../shared/domain/workspace-schema";
import { startFakeAirflowV2, v2Run, type FakeAirflowV2 } from "../../fakes/fake-airflow-v2";
import { createFakeClock } from "../../fakes/fake-clock";
import { startFakeHttpJson, type FakeHttpJson } from "../../fakes/fake-http-json";
import { makePipeline } from "../../fakes/make-pipeline";

const NOW = new Date("2024-06-03T12:00:00Z");
const KPIS: KpiTargets = { uptime: "99.9%", sla_compliance: "95%", mttr: "2h", completeness: "99.5%", accuracy: "99.9%", freshness: "1h", response: "15m", resolution: "4h" };

let airflow: FakeAirflowV2;
let home: FakeHttpJson;
beforeAll(async () => {
  airflow = await startFakeAirflowV2({ username: "oncall", password: "pw" });
  for (const dag of ["orders", "refunds", "ledger"]) {
    airflow.dags.set(dag, [v2Run(dag, new Date("2024-06-03T06:00:00Z"), "success", new Date("2024-06-03T06:01:00Z"), new Date("2024-06-03T06:30:00Z"))]);
  }
  home = await startFakeHttpJson();
  home.document = { runs: [{ job: "churn", status: "OK", partition_end: "2024-06-03T06:00:00Z" }, { job: "ltv", status: "OK", partition_end: "2024-06-03T06:00:00Z" }] };
});
afterAll(async () => {
  await Promise.all([airflow.close(), home.close()]);
});

let poller: Poller | undefined;
let monitor: StatusMonitor | undefined;
afterEach(async () => {
  airflow.clearFaults();
  home.clearFaults();
  await poller?.stop();
  await monitor?.stop();
  poller = monitor = undefined;
});

describe("polling real HTTP sources", () => {
  it("one DAG rate limited among three: the others are read, the poll is no failure, and Retry-After is obeyed", async () => {
    const config: SourceConfig = { id: "af", kind: "airflow", api: "v2", url: airflow.url, auth: { kind: "basic", username: "oncall", password_env: "AF_PW" } };
    const pipelines = ["orders", "refunds", "ledger"].map((dag) => makePipeline(dag, { id: "af", dag_id: dag }));
    airflow.fault({ kind: "retry-after", status: 429, retryAfter: "300" }, { path: "/dags/refunds/", times: Infinity });
    const clock = createFakeClock(NOW);
    poller = createPoller({ sources: [{ source: createSource(config, { env: { AF_PW: "pw" } }), config }], pipelines, clock, random: () => 0 });
    poller.start();
    await vi.waitFor(() => expect(poller!.sourceStatus("af")?.nextPollAt).toBeDefined(), { timeout: 15_000, interval: 20 });
    expect(["orders", "refunds", "ledger"].map((id) => poller!.latest(id)?.ok)).toEqual([true, false, true]);
    expect(poller.sourceStatus("af")).toMatchObject({ failures: 0, nextPollAt: new Date(NOW.getTime() + 300_000), lastError: { kind: "rate-limit", status: 429, retryAfterMs: 300_000 } });
    // Asked to wait: not even "poll now" sends a request before then.
    const sent = airflow.requests.length;
    await poller.pollNow("af");
    expect(airflow.requests.length).toBe(sent);
  });

  it("a body that stalls after the headers turns every pipeline of the source unknown with the reason, by the request timeout", async () => {
    const config: SourceConfig = {
      id: "home",
      kind: "http-json",
      url: `${home.url}/runs.json`,
      timeout: "300ms",
      mapping: { runs: "runs", pipeline: "job", state: "status", interval_end: "partition_end", states: { success: ["OK"], failed: ["ERROR"], running: [], queued: [] } },
    };
    const pipelines: Pipeline[] = [makePipeline("churn", { id: "home", key: "churn" }), makePipeline("ltv", { id: "home", key: "ltv" })];
    home.fault({ kind: "stall-after-headers" }, { times: Infinity });
    // The fake clock never moves: the poller's own read deadline (6 × 300 ms) cannot end the read, only the request timeout can.
    monitor = createStatusMonitor({ workspace: { pipelines, sources: [config], timezone: "UTC", kpis: KPIS }, store: memoryStore(), clock: createFakeClock(NOW), env: {}, onProblem: () => undefined });
    const snapshot = await monitor.readOnce();
    expect(snapshot.pipelines.map((p) => [p.id, p.state, p.reason])).toEqual([
      ["churn", "unknown", "source home cannot be read: source home did not answer within 300 ms"],
      ["ltv", "unknown", "source home cannot be read: source home did not answer within 300 ms"],
    ]);
  });
});
