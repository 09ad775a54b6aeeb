import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PipelineReading } from "../../../shared/domain/runs";
import type { HttpJsonMapping, Pipeline, SourceConfig } from "../../../shared/domain/workspace-schema";
import { createSource } from "../../../main/services/sources/create-source";
import { startFakeHttpJson, type FakeHttpJson } from "../../fakes/fake-http-json";
import { makePipeline } from "../../fakes/make-pipeline";
import { NOW, errorOf, faultCases } from "./fault-cases";

const mapping: HttpJsonMapping = {
  runs: "data.runs",
  pipeline: "job",
  id: "run_id",
  state: "status.name",
  start: "started_at",
  end: "finished_at",
  interval_end: "partition_end",
  states: { success: ["OK"], failed: ["ERROR", "KILLED"], running: ["RUNNING"], queued: ["PENDING"] },
};

const DOCUMENT = {
  generated: "2024-06-03T11:59:00Z",
  data: {
    runs: [
      { run_id: 901, job: "churn", status: { name: "RUNNING" }, started_at: "2024-06-03T11:05:00Z", finished_at: null, partition_end: "2024-06-03T11:00:00Z", rows: 12 },
      { run_id: 900, job: "churn", status: { name: "OK" }, started_at: 1717408200, finished_at: 1717409100, partition_end: 1717405200 },
      { run_id: 899, job: "churn", status: { name: "KILLED" }, started_at: "2024-06-03T09:05:00Z", finished_at: "2024-06-03T09:20:00Z", partition_end: "2024-06-03T09:00:00Z" },
      { run_id: 77, job: "ltv", status: { name: "PENDING" }, partition_end: "2024-06-03T12:00:00Z" },
    ],
  },
};

let fake: FakeHttpJson;
beforeAll(async () => {
  fake = await startFakeHttpJson({ bearer: "tok-123" });
});
beforeEach(() => {
  fake.document = DOCUMENT;
});
afterAll(async () => {
  await fake.close();
});

const config = (overrides: Partial<Extract<SourceConfig, { kind: "http-json" }>> = {}): SourceConfig => ({
  id: "home",
  kind: "http-json",
  url: `${fake.url}/status/runs.json?team=data`,
  auth: { kind: "token", password_env: "STATUS_TOKEN" },
  mapping,
  ...overrides,
});
const churn = makePipeline("churn_model", { id: "home", key: "churn" }, "0 * * * *");
const ltv = makePipeline("ltv_model", { id: "home", key: "ltv" }, "0 * * * *");

async function read(pipelines: Pipeline[], cfg: SourceConfig = config()): Promise<PipelineReading[]> {
  return createSource(cfg, { env: { STATUS_TOKEN: "tok-123" } }).read(pipelines, { now: NOW, signal: new AbortController().signal });
}

describe("http-json source", () => {
  it("maps runs through dot paths, the state table and the pipeline key (ISO text or unix seconds)", async () => {
    const [churnReading, ltvReading] = await read([churn, ltv]);
    expect(churnReading).toEqual({
      pipelineId: "churn_model",
      ok: true,
      fetchedAt: NOW.toISOString(),
      runs: [
        { pipelineId: "churn_model", runId: "901", state: "running", intervalEnd: "2024-06-03T11:00:00.000Z", start: "2024-06-03T11:05:00.000Z", end: null },
        { pipelineId: "churn_model", runId: "900", state: "success", intervalEnd: "2024-06-03T09:00:00.000Z", start: "2024-06-03T09:50:00.000Z", end: "2024-06-03T10:05:00.000Z" },
        { pipelineId: "churn_model", runId: "899", state: "failed", intervalEnd: "2024-06-03T09:00:00.000Z", start: "2024-06-03T09:05:00.000Z", end: "2024-06-03T09:20:00.000Z" },
      ],
    });
    expect(ltvReading?.ok && ltvReading.runs).toEqual([{ pipelineId: "ltv_model", runId: "77", state: "queued", intervalEnd: "2024-06-03T12:00:00.000Z", start: null, end: null }]);
  });

  it("requests the configured URL itself, query string and Bearer token included, once per read", async () => {
    const before = fake.requests.length;
    await read([churn, ltv]);
    const requests = fake.requests.slice(before);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.path).toBe("/status/runs.json");
    expect(requests[0]?.query.get("team")).toBe("data");
    expect(requests[0]?.headers.authorization).toBe("Bearer tok-123");
  });

  it("reads a bare array when mapping.runs is empty, and serves one pipeline per URL without a pipeline field", async () => {
    fake.document = [{ status: { name: "OK" }, partition_end: "2024-06-03T10:00:00+02:00" }];
    const [reading] = await read([churn], config({ mapping: { ...mapping, runs: "", pipeline: undefined, id: undefined } }));
    expect(reading?.ok && reading.runs).toEqual([
      { pipelineId: "churn_model", runId: "churn_model@2024-06-03T08:00:00.000Z", state: "success", intervalEnd: "2024-06-03T08:00:00.000Z", start: null, end: null },
    ]);
  });

  it("reports a state value the mapping does not know as a parse error naming it, for that pipeline only", async () => {
    fake.document = { data: { runs: [...DOCUMENT.data.runs, { run_id: 902, job: "churn", status: { name: "ZOMBIE" }, partition_end: "2024-06-03T12:00:00Z" }] } };
    const [churnReading, ltvReading] = await read([churn, ltv]);
    expect(errorOf(churnReading!)).toEqual({ sourceId: "home", kind: "parse", message: 'source home: state "ZOMBIE" of pipeline churn_model is not in mapping.states' });
    expect(ltvReading?.ok).toBe(true);
  });

  it("keeps a run without its interval field as a run without an interval, and the other runs as they are", async () => {
    fake.document = { data: { runs: [...DOCUMENT.data.runs, { run_id: 903, job: "churn", status: { name: "ERROR" }, started_at: "2024-06-03T11:30:00Z" }] } };
    const [reading] = await read([churn]);
    if (!reading?.ok) throw new Error(JSON.stringify(reading));
    expect(reading.runs.map((r) => r.runId)).toEqual(["901", "900", "899"]);
    expect(reading.unattributed).toEqual([{ runId: "903", state: "failed", start: "2024-06-03T11:30:00.000Z", end: null, note: "no partition_end in the source's document" }]);
  });

  it("reports a runs path that is not an array, and a pipeline without a key", async () => {
    fake.document = { data: { runs: { oops: true } } };
    const readings = await read([churn, makePipeline("keyless", { id: "home" })]);
    expect(errorOf(readings[0]!)).toMatchObject({ kind: "parse", message: 'source home: mapping.runs "data.runs" is not an array of runs' });
    expect(errorOf(readings[1]!)).toMatchObject({ kind: "config", message: "pipeline keyless has no source.key for http-json source home" });
  });

  it("reports an unparseable date field as a parse error", async () => {
    fake.document = { data: { runs: [{ job: "churn", status: { name: "OK" }, partition_end: "yesterday-ish" }] } };
    expect(errorOf((await read([churn]))[0]!)).toMatchObject({ kind: "parse", message: 'source home: partition_end "yesterday-ish" is not a date' });
  });

  it("reads completeness and accuracy per run where the mapping names them: fractions or percentage texts, absent when a run has none", async () => {
    fake.document = {
      data: {
        runs: [
          { run_id: 1, job: "churn", status: { name: "OK" }, partition_end: "2024-06-03T09:00:00Z", quality: { complete: 0.997, accurate: "99.95%" } },
          { run_id: 2, job: "churn", status: { name: "OK" }, partition_end: "2024-06-03T10:00:00Z", quality: { complete: "100%" } },
          { run_id: 3, job: "churn", status: { name: "RUNNING" }, partition_end: "2024-06-03T11:00:00Z", quality: null },
        ],
      },
    };
    const [reading] = await read([churn], config({ mapping: { ...mapping, completeness: "quality.complete", accuracy: "quality.accurate" } }));
    expect(reading?.ok && reading.runs.map((r) => [r.runId, r.completeness, r.accuracy]).sort()).toEqual([
      ["1", 0.997, 0.9995],
      ["2", 1, undefined],
      ["3", undefined, undefined],
    ]);
    // Without the mapping, no run says anything about quality.
    const [plain] = await read([churn]);
    expect(plain?.ok && plain.runs.some((r) => "completeness" in r || "accuracy" in r)).toBe(false);
  });

  it("reports a share that is neither a fraction nor a percentage as a parse error naming the field", async () => {
    fake.document = { data: { runs: [{ job: "churn", status: { name: "OK" }, partition_end: "2024-06-03T09:00:00Z", complete: 99.5 }] } };
    const [reading] = await read([churn], config({ mapping: { ...mapping, completeness: "complete" } }));
    expect(errorOf(reading!)).toMatchObject({ kind: "parse", message: 'source home: field complete holds 99.5, not a fraction from 0 to 1 or a percentage such as "99.5%"' });
  });

  it("reports a rejected token as an auth error", async () => {
    const [reading] = await createSource(config(), { env: { STATUS_TOKEN: "stale" } }).read([churn], { now: NOW, signal: new AbortController().signal });
    expect(errorOf(reading!)).toEqual({ sourceId: "home", kind: "auth", status: 401, message: "authentication failed for source home (HTTP 401: unauthorized)" });
  });

  describe("faults", () => {
    faultCases({
      sourceId: "home",
      server: () => fake,
      serverErrorReason: "Internal Server Error: scheduler exploded",
      read: async (options = {}) => (await read([churn], config({ url: options.url ?? fake.url, timeout: options.timeout })))[0]!,
    });
  });
});
