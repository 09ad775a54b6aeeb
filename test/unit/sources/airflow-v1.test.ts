import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PipelineReading } from "../../../shared/domain/runs";
import type { Pipeline, SourceConfig } from "../../../shared/domain/workspace-schema";
import { createSource } from "../../../main/services/sources/create-source";
import { startFakeAirflowV1, v1Run, type FakeAirflowV1 } from "../../fakes/fake-airflow-v1";
import { makePipeline } from "../../fakes/make-pipeline";
import { NOW, errorOf, faultCases } from "./fault-cases";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const env = { AIRFLOW_PASSWORD: "s3cret" };

let fake: FakeAirflowV1;
let clamped: FakeAirflowV1;

beforeAll(async () => {
  fake = await startFakeAirflowV1({ credentials: { username: "oncall", password: "s3cret" } });
  clamped = await startFakeAirflowV1({ maxPageLimit: 30 });
  // Daily at 06:00 for 40 days: today's interval (ending 06-03 06:00) is running, the one before failed.
  const daily = [];
  for (let d = 0; d < 40; d += 1) {
    const end = new Date(Date.parse("2024-06-03T06:00:00Z") - d * DAY);
    const start = new Date(end.getTime() - DAY);
    const ran = new Date(end.getTime() + 5 * 60_000);
    if (d === 0) daily.push(v1Run("aggregate_profit", start, end, "running", ran, null));
    else if (d === 1) daily.push(v1Run("aggregate_profit", start, end, "failed", ran, new Date(ran.getTime() + 20 * 60_000)));
    else daily.push(v1Run("aggregate_profit", start, end, "success", ran, new Date(ran.getTime() + HOUR)));
  }
  fake.dags.set("aggregate_profit", daily);
  // Hourly for 35 days: 840 runs, of which the last 31 days (744) are in the window.
  const hourly = [];
  for (let h = 0; h < 35 * 24; h += 1) {
    const end = new Date(Date.parse("2024-06-03T12:00:00Z") - h * HOUR);
    hourly.push(v1Run("clickstream", new Date(end.getTime() - HOUR), end, "success", end, new Date(end.getTime() + 600_000)));
  }
  fake.dags.set("clickstream", hourly);
  fake.dags.set("brand_new", []);
  clamped.dags.set("clickstream", hourly);
});

afterAll(async () => {
  await Promise.all([fake.close(), clamped.close()]);
});

function config(overrides: Partial<Extract<SourceConfig, { kind: "airflow" }>> = {}): SourceConfig {
  return { id: "prod", kind: "airflow", api: "v1", url: fake.url, auth: { kind: "basic", username: "oncall", password_env: "AIRFLOW_PASSWORD" }, ...overrides };
}

async function read(pipelines: Pipeline[], cfg: SourceConfig = config(), secrets: Record<string, string> = env): Promise<PipelineReading[]> {
  return createSource(cfg, { env: secrets }).read(pipelines, { now: NOW, signal: new AbortController().signal });
}

const aggregate = makePipeline("aggregate_profit", { id: "prod", dag_id: "aggregate_profit" });
const runRequests = (server: FakeAirflowV1, from: number) => server.requests.slice(from).filter((r) => r.path.endsWith("/dagRuns"));

describe("airflow v1 source", () => {
  it("normalises a planted history: states, data_interval_end as intervalEnd, 31-day window, newest first", async () => {
    const [reading] = await read([aggregate]);
    if (!reading?.ok) throw new Error(JSON.stringify(reading));
    expect(reading.fetchedAt).toBe(NOW.toISOString());
    // execution_date (interval start) >= 2024-05-03T12:00 keeps starts 05-04 06:00 … 06-02 06:00: 30 of the 40.
    expect(reading.runs).toHaveLength(30);
    expect(reading.runs[0]).toEqual({
      pipelineId: "aggregate_profit",
      runId: "scheduled__2024-06-02T06:00:00+00:00",
      state: "running",
      intervalEnd: "2024-06-03T06:00:00.000Z",
      start: "2024-06-03T06:05:00.000Z",
      end: null,
      runType: "scheduled",
    });
    expect(reading.runs[1]).toMatchObject({ state: "failed", intervalEnd: "2024-06-02T06:00:00.000Z", end: "2024-06-02T06:25:00.000Z" });
    expect(reading.coverage).toEqual({ from: "2024-05-03T12:00:00.000Z", complete: true });
    expect(reading.definition).toEqual({ name: "DAG aggregate_profit", system: "Airflow", paused: false, schedule: "0 6 * * *", scheduleText: 'Cron "0 6 * * *"' });
    expect(reading.unattributed).toBeUndefined();
    expect(reading.runs.slice(2).every((r) => r.state === "success")).toBe(true);
    expect(reading.runs.at(-1)?.intervalEnd).toBe("2024-05-05T06:00:00.000Z");
  });

  it("asks with basic auth, order_by=-execution_date, limit=100 and execution_date_gte = now - 31 days", async () => {
    const before = fake.requests.length;
    await read([aggregate]);
    const [dag, request] = fake.requests.slice(before);
    expect(dag?.path).toBe("/api/v1/dags/aggregate_profit");
    expect(request?.headers.authorization).toBe(`Basic ${Buffer.from("oncall:s3cret").toString("base64")}`);
    expect(request?.query.get("order_by")).toBe("-execution_date");
    expect(request?.query.get("limit")).toBe("100");
    expect(request?.query.get("execution_date_gte")).toBe("2024-05-03T12:00:00.000Z");
  });

  it("pages through more than 100 runs, strictly newest first with no duplicates", async () => {
    const before = fake.requests.length;
    const [reading] = await read([makePipeline("clicks", { id: "prod", dag_id: "clickstream" }, "0 * * * *")]);
    if (!reading?.ok) throw new Error(JSON.stringify(reading));
    expect(reading.runs).toHaveLength(744); // interval starts 2024-05-03T12:00 … 2024-06-03T11:00, hourly
    expect(new Set(reading.runs.map((r) => r.runId)).size).toBe(744);
    const ends = reading.runs.map((r) => Date.parse(r.intervalEnd));
    expect(ends.every((t, i) => i === 0 || t < ends[i - 1]!)).toBe(true);
    expect(runRequests(fake, before).map((r) => r.query.get("offset"))).toEqual(["0", "100", "200", "300", "400", "500", "600", "700"]);
  });

  it("reads everything when the server clamps limit below 100 (offset follows what came back)", async () => {
    const [reading] = await read([makePipeline("clicks", { id: "c", dag_id: "clickstream" }, "0 * * * *")], { id: "c", kind: "airflow", api: "v1", url: clamped.url });
    expect(reading?.ok && reading.runs.length).toBe(744);
    expect(runRequests(clamped, 0).map((r) => r.query.get("offset")).slice(0, 3)).toEqual(["0", "30", "60"]);
  });

  it("reports an unknown DAG (200 with no runs) as a configuration problem, not as 'no runs yet'", async () => {
    const [reading] = await read([makePipeline("ghost", { id: "prod", dag_id: "ghost_dag" })]);
    expect(errorOf(reading!)).toEqual({ sourceId: "prod", kind: "config", status: 404, message: "DAG ghost_dag not found on source prod" });
  });

  it("reports a known DAG without runs as an empty history", async () => {
    const [reading] = await read([makePipeline("new", { id: "prod", dag_id: "brand_new" })]);
    expect(reading).toMatchObject({ pipelineId: "new", ok: true, runs: [], fetchedAt: NOW.toISOString(), coverage: { complete: true } });
  });

  it("keeps pipelines apart: one misconfigured pipeline does not fail the others", async () => {
    const readings = await read([makePipeline("no_dag", { id: "prod" }), aggregate]);
    expect(errorOf(readings[0]!)).toMatchObject({ kind: "config", message: "pipeline no_dag has no source.dag_id for airflow source prod" });
    expect(readings[1]?.ok).toBe(true);
  });

  it("reports bad credentials as an auth error in plain words", async () => {
    const [reading] = await read([aggregate], config(), { AIRFLOW_PASSWORD: "wrong" });
    expect(errorOf(reading!)).toEqual({ sourceId: "prod", kind: "auth", status: 401, message: "authentication failed for source prod (HTTP 401: Unauthorized)" });
  });

  it("reports a missing secret variable as a configuration error naming it", async () => {
    const [reading] = await read([aggregate], config(), {});
    expect(errorOf(reading!)).toEqual({ sourceId: "prod", kind: "config", message: "source prod: environment variable AIRFLOW_PASSWORD is not set" });
  });

  describe("faults", () => {
    faultCases({
      sourceId: "prod",
      server: () => fake,
      serverErrorReason: "Internal Server Error: scheduler exploded",
      read: async (options = {}) => (await read([aggregate], config({ url: options.url ?? fake.url, timeout: options.timeout })))[0]!,
    });
  });
});
