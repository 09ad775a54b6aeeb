import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PipelineReading } from "../../../shared/domain/runs";
import type { Pipeline, SourceConfig } from "../../../shared/domain/workspace-schema";
import { createSource } from "../../../main/services/sources/create-source";
import { sparkApp, sparkAttempt, startFakeSparkHistory, type FakeSparkHistory } from "../../fakes/fake-spark-history";
import { makePipeline } from "../../fakes/make-pipeline";
import { NOW, errorOf, faultCases } from "./fault-cases";

const at = (iso: string) => new Date(iso);
let fake: FakeSparkHistory;

beforeAll(async () => {
  fake = await startFakeSparkHistory();
  fake.apps.push(
    // Running now: started 12:02:07.5 → belongs to the 12:00 tick.
    sparkApp("app-0012", "unit_profit", [sparkAttempt(at("2024-06-03T12:02:07.500Z"), null)]),
    // Two attempts: the second one counts (started 08:15, so still the 08:00 tick).
    sparkApp("app-0011", "unit_profit", [sparkAttempt(at("2024-06-03T08:01:00.000Z"), at("2024-06-03T08:09:00.000Z"), "1"), sparkAttempt(at("2024-06-03T08:15:00.000Z"), at("2024-06-03T08:40:04.248Z"), "2")]),
    // Started exactly on the tick.
    sparkApp("app-0010", "unit_profit", [sparkAttempt(at("2024-06-03T04:00:00.000Z"), at("2024-06-03T04:30:00.000Z"))]),
    // Started 70 minutes late: it still belongs to the tick before its start (20:00).
    sparkApp("app-0009", "unit_profit", [sparkAttempt(at("2024-06-02T21:10:00.000Z"), at("2024-06-02T21:50:00.000Z"))]),
    // Older than the 31-day window: the server filters it out by minDate.
    sparkApp("app-0001", "unit_profit", [sparkAttempt(at("2024-04-01T00:05:00.000Z"), at("2024-04-01T00:20:00.000Z"))]),
    // Someone else's application.
    sparkApp("app-0008", "adhoc_notebook", [sparkAttempt(at("2024-06-03T09:00:00.000Z"), null)]),
  );
});

afterAll(async () => {
  await fake.close();
});

const config = (overrides: Partial<Extract<SourceConfig, { kind: "spark-history" }>> = {}): SourceConfig => ({ id: "spark", kind: "spark-history", url: fake.url, ...overrides });
const unitProfit = makePipeline("unit_profit", { id: "spark", app_name: "unit_profit" }, "0 */4 * * *");

async function read(pipelines: Pipeline[], cfg: SourceConfig = config()): Promise<PipelineReading[]> {
  return createSource(cfg, { env: {} }).read(pipelines, { now: NOW, signal: new AbortController().signal });
}

describe("spark-history source", () => {
  it("maps the last attempt of each matching application to a run on its schedule tick", async () => {
    const [reading] = await read([unitProfit]);
    if (!reading?.ok) throw new Error(JSON.stringify(reading));
    expect(reading.runs).toEqual([
      { pipelineId: "unit_profit", runId: "app-0012", state: "running", intervalEnd: "2024-06-03T12:00:00.000Z", start: "2024-06-03T12:02:07.500Z", end: null },
      { pipelineId: "unit_profit", runId: "app-0011/2", state: "success", intervalEnd: "2024-06-03T08:00:00.000Z", start: "2024-06-03T08:15:00.000Z", end: "2024-06-03T08:40:04.248Z" },
      { pipelineId: "unit_profit", runId: "app-0010", state: "success", intervalEnd: "2024-06-03T04:00:00.000Z", start: "2024-06-03T04:00:00.000Z", end: "2024-06-03T04:30:00.000Z" },
      { pipelineId: "unit_profit", runId: "app-0009", state: "success", intervalEnd: "2024-06-02T20:00:00.000Z", start: "2024-06-02T21:10:00.000Z", end: "2024-06-02T21:50:00.000Z" },
    ]);
  });

  it("gives the same runs on the next read of the same source (tick lookups remembered between reads)", async () => {
    const source = createSource(config(), { env: {} });
    const ctx = { now: NOW, signal: new AbortController().signal };
    const first = await source.read([unitProfit], ctx);
    fake.apps.push(sparkApp("app-0013", "unit_profit", [sparkAttempt(at("2024-06-03T11:59:59.999Z"), at("2024-06-03T12:00:30.000Z"))]));
    try {
      const [second] = await source.read([unitProfit], ctx);
      const runs = second?.ok ? second.runs : [];
      // A millisecond before 12:00 still belongs to the 08:00 tick; it sorts after 12:00 and before the 08:15 start.
      expect(runs[1]).toMatchObject({ runId: "app-0013", intervalEnd: "2024-06-03T08:00:00.000Z" });
      expect(runs.filter((r) => r.runId !== "app-0013")).toEqual(first[0]?.ok && first[0].runs);
    } finally {
      fake.apps.pop();
    }
  });

  it("asks for completed applications since now - 31 days and for running ones", async () => {
    const before = fake.requests.length;
    await read([unitProfit]);
    const queries = fake.requests.slice(before).map((r) => Object.fromEntries(r.query));
    expect(queries).toContainEqual({ status: "completed", minDate: "2024-05-03", limit: "1000" });
    expect(queries).toContainEqual({ status: "running", limit: "1000" });
    expect(queries).toHaveLength(2);
  });

  it("makes two requests per read whatever the number of pipelines", async () => {
    const before = fake.requests.length;
    const readings = await read([unitProfit, makePipeline("nb", { id: "spark", app_name: "adhoc_notebook" }, "0 9 * * *")]);
    expect(fake.requests.length - before).toBe(2);
    expect(readings[1]?.ok && readings[1].runs.map((r) => [r.state, r.intervalEnd])).toEqual([["running", "2024-06-03T09:00:00.000Z"]]);
  });

  it("reports a pipeline without app_name, or with a bad schedule, as configuration problems", async () => {
    const readings = await read([makePipeline("x", { id: "spark" }), makePipeline("y", { id: "spark", app_name: "unit_profit" }, "every hour")]);
    expect(errorOf(readings[0]!)).toMatchObject({ kind: "config", message: "pipeline x has no source.app_name for spark-history source spark" });
    expect(errorOf(readings[1]!).kind).toBe("config");
    expect(errorOf(readings[1]!).message).toMatch(/^pipeline y: schedule "every hour" is not a cron expression/);
  });

  it("reports Spark's plain-text 400 with its text", async () => {
    fake.fault({ kind: "error", status: 400, title: "Bad Request", detail: "Couldn't parse date: 2024-13-45" });
    expect(errorOf((await read([unitProfit]))[0]!)).toMatchObject({ kind: "http", status: 400, message: "source spark returned HTTP 400: Couldn't parse date: 2024-13-45" });
  });

  describe("faults", () => {
    faultCases({
      sourceId: "spark",
      server: () => fake,
      serverErrorReason: "scheduler exploded",
      parallelRequests: 2,
      read: async (options = {}) => (await read([unitProfit], config({ url: options.url ?? fake.url, timeout: options.timeout })))[0]!,
    });
  });
});
