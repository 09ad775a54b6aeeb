import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PipelineReading } from "../../../shared/domain/runs";
import type { Pipeline, SourceConfig } from "../../../shared/domain/workspace-schema";
import { createSource } from "../../../main/services/sources/create-source";
import type { PipelineSource } from "../../../main/services/sources/pipeline-source";
import { startFakeAirflowV2, v2Run, type FakeAirflowV2 } from "../../fakes/fake-airflow-v2";
import { makePipeline } from "../../fakes/make-pipeline";
import { NOW, errorOf, faultCases } from "./fault-cases";

const HOUR = 3_600_000;
const env = { AIRFLOW3_PASSWORD: "pw3" };
let fake: FakeAirflowV2;

beforeAll(async () => {
  fake = await startFakeAirflowV2({ username: "oncall", password: "pw3" });
  // Every 4 hours for 35 days; the newest (due 12:00) is queued, the one due 08:00 running.
  const runs = [];
  for (let i = 0; i < 35 * 6; i += 1) {
    const due = new Date(Date.parse("2024-06-03T12:00:00Z") - i * 4 * HOUR);
    if (i === 0) runs.push(v2Run("unit_profit", due, "queued", null, null));
    else if (i === 1) runs.push(v2Run("unit_profit", due, "running", new Date(due.getTime() + 120_000), null));
    else if (i === 5) runs.push(v2Run("unit_profit", due, "failed", new Date(due.getTime() + 60_000), new Date(due.getTime() + 900_000)));
    else runs.push(v2Run("unit_profit", due, "success", new Date(due.getTime() + 60_000), new Date(due.getTime() + 1_800_000)));
  }
  fake.dags.set("unit_profit", runs);
  fake.dags.set("daily_growth", [v2Run("daily_growth", new Date("2024-06-03T06:00:00Z"), "success", new Date("2024-06-03T06:01:00Z"), new Date("2024-06-03T06:30:00Z"))]);
});

afterAll(async () => {
  await fake.close();
});

function config(overrides: Partial<Extract<SourceConfig, { kind: "airflow" }>> = {}): SourceConfig {
  return { id: "af3", kind: "airflow", api: "v2", url: fake.url, auth: { kind: "basic", username: "oncall", password_env: "AIRFLOW3_PASSWORD" }, ...overrides };
}

const unitProfit = makePipeline("unit_profit", { id: "af3", dag_id: "unit_profit" }, "0 */4 * * *");
const growth = makePipeline("growth", { id: "af3", dag_id: "daily_growth" });
const ctx = () => ({ now: NOW, signal: new AbortController().signal });

async function readWith(source: PipelineSource, pipelines: Pipeline[]): Promise<PipelineReading[]> {
  return source.read(pipelines, ctx());
}

describe("airflow v2 source", () => {
  it("keys intervals on run_after and pages past 100 runs, newest first", async () => {
    const [reading] = await readWith(createSource(config(), { env }), [unitProfit]);
    if (!reading?.ok) throw new Error(JSON.stringify(reading));
    // run_after >= 2024-05-03T12:00: 31 days × 6 runs + the one exactly at the cutoff.
    expect(reading.runs).toHaveLength(187);
    expect(reading.runs.slice(0, 2)).toEqual([
      { pipelineId: "unit_profit", runId: "scheduled__2024-06-03T12:00:00.000Z", state: "queued", intervalEnd: "2024-06-03T12:00:00.000Z", start: null, end: null, runType: "scheduled" },
      { pipelineId: "unit_profit", runId: "scheduled__2024-06-03T08:00:00.000Z", state: "running", intervalEnd: "2024-06-03T08:00:00.000Z", start: "2024-06-03T08:02:00.000Z", end: null, runType: "scheduled" },
    ]);
    expect(reading.runs[5]).toMatchObject({ state: "failed", intervalEnd: "2024-06-02T16:00:00.000Z", end: "2024-06-02T16:15:00.000Z" });
    expect(reading.runs.at(-1)?.intervalEnd).toBe("2024-05-03T12:00:00.000Z");
    expect(reading.coverage).toEqual({ from: "2024-05-03T12:00:00.000Z", complete: true });
    // The DAG is read first: pause and timetable. The fake's DAG runs daily at 06:00, the pipeline every 4 hours.
    expect(reading.definition).toMatchObject({ paused: false, schedule: "0 6 * * *" });
    expect(fake.requests.find((r) => r.path.startsWith("/api/v2/"))?.path).toBe("/api/v2/dags/unit_profit");
    const runRequests = fake.requests.filter((r) => r.path.endsWith("/dagRuns"));
    expect(runRequests.map((r) => r.query.get("offset"))).toEqual(["0", "100"]);
    expect(runRequests[0]?.query.get("order_by")).toBe("-run_after");
    expect(runRequests[0]?.query.get("run_after_gte")).toBe("2024-05-03T12:00:00.000Z");
  });

  it("logs in once (201 + Bearer) and reuses the token across pipelines and reads", async () => {
    const before = fake.tokensIssued();
    const source = createSource(config(), { env });
    await readWith(source, [unitProfit, growth]);
    const [, second] = await readWith(source, [unitProfit, growth]);
    expect(second?.ok).toBe(true);
    expect(fake.tokensIssued() - before).toBe(1);
    const login = fake.requests.filter((r) => r.path === "/auth/token").at(-1);
    expect(login?.body).toEqual({ username: "oncall", password: "pw3" });
  });

  it("gets a new token once when the server says Token Expired, and the read succeeds", async () => {
    const source = createSource(config(), { env });
    await readWith(source, [growth]);
    const before = fake.tokensIssued();
    fake.expireTokens();
    const [reading] = await readWith(source, [growth]);
    expect(reading?.ok && reading.runs.map((r) => r.intervalEnd)).toEqual(["2024-06-03T06:00:00.000Z"]);
    expect(fake.tokensIssued() - before).toBe(1);
  });

  it("retries only once: a second Token Expired is reported as an auth error", async () => {
    const source = createSource(config(), { env });
    await readWith(source, [growth]);
    const before = fake.tokensIssued();
    fake.fault({ kind: "error", status: 401, title: "Token Expired" }, { times: 2, path: "/dagRuns" });
    const [reading] = await readWith(source, [growth]);
    expect(errorOf(reading!)).toEqual({ sourceId: "af3", kind: "auth", status: 401, message: "authentication failed for source af3 (HTTP 401: Token Expired)" });
    expect(fake.tokensIssued() - before).toBe(1);
  });

  it("reports a token the server no longer accepts (403 Invalid JWT) and logs in afresh on the next read", async () => {
    const source = createSource(config(), { env });
    await readWith(source, [growth]);
    fake.rotateKey();
    const [failed] = await readWith(source, [growth]);
    expect(errorOf(failed!)).toMatchObject({ kind: "auth", status: 403, message: "authentication failed for source af3 (HTTP 403: Invalid JWT token)" });
    const [next] = await readWith(source, [growth]);
    expect(next?.ok).toBe(true);
  });

  it("reports bad credentials at login as an auth error", async () => {
    const [reading] = await readWith(createSource(config(), { env: { AIRFLOW3_PASSWORD: "nope" } }), [growth]);
    expect(errorOf(reading!)).toEqual({ sourceId: "af3", kind: "auth", status: 401, message: "authentication failed for source af3 (HTTP 401: Invalid credentials)" });
  });

  it("reports an unknown DAG (404) as a configuration problem", async () => {
    const [reading] = await readWith(createSource(config(), { env }), [makePipeline("ghost", { id: "af3", dag_id: "ghost" })]);
    expect(errorOf(reading!)).toEqual({ sourceId: "af3", kind: "config", status: 404, message: "DAG ghost not found on source af3" });
  });

  it("keeps a 404 that does not name the DAG (wrong base URL) an HTTP error", async () => {
    const [reading] = await readWith(createSource(config({ url: `${fake.url}/wrong-prefix` }), { env }), [growth]);
    expect(errorOf(reading!)).toMatchObject({ kind: "http", status: 404, message: "source af3 returned HTTP 404: Not Found" });
  });

  describe("faults", () => {
    faultCases({
      sourceId: "af3",
      server: () => fake,
      serverErrorReason: "scheduler exploded",
      read: async (options = {}) => (await readWith(createSource(config({ url: options.url ?? fake.url, timeout: options.timeout }), { env }), [growth]))[0]!,
    });
  });
});
