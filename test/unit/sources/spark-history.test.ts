import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PipelineReading } from "../../../shared/domain/runs";
import type { Pipeline, SourceConfig } from "../../../shared/domain/workspace-schema";
import { createSource } from "../../../main/services/sources/create-source";
import { evaluatePipeline } from "../../../shared/domain/sla/evaluate-pipeline";
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
  it("maps each attempt of each matching application to a run of the tick its first attempt started in", async () => {
    const [reading] = await read([unitProfit]);
    if (!reading?.ok) throw new Error(JSON.stringify(reading));
    expect(reading.runs).toEqual([
      { pipelineId: "unit_profit", runId: "app-0012", state: "running", intervalEnd: "2024-06-03T12:00:00.000Z", start: "2024-06-03T12:02:07.500Z", end: null },
      // Two attempts: the first was followed by another, so it failed; the second counts for the same 08:00 interval.
      { pipelineId: "unit_profit", runId: "app-0011/2", state: "success", intervalEnd: "2024-06-03T08:00:00.000Z", start: "2024-06-03T08:15:00.000Z", end: "2024-06-03T08:40:04.248Z" },
      { pipelineId: "unit_profit", runId: "app-0011/1", state: "failed", intervalEnd: "2024-06-03T08:00:00.000Z", start: "2024-06-03T08:01:00.000Z", end: "2024-06-03T08:09:00.000Z" },
      { pipelineId: "unit_profit", runId: "app-0010", state: "success", intervalEnd: "2024-06-03T04:00:00.000Z", start: "2024-06-03T04:00:00.000Z", end: "2024-06-03T04:30:00.000Z" },
      { pipelineId: "unit_profit", runId: "app-0009", state: "success", intervalEnd: "2024-06-02T20:00:00.000Z", start: "2024-06-02T21:10:00.000Z", end: "2024-06-02T21:50:00.000Z" },
    ]);
    expect(reading.coverage).toEqual({ from: "2024-05-03T12:00:00.000Z", complete: true });
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

  it("asks for completed and for running applications started in the 31-day window (to a day past now)", async () => {
    const before = fake.requests.length;
    await read([unitProfit]);
    const queries = fake.requests.slice(before).map((r) => Object.fromEntries(r.query));
    const window = { minDate: "2024-05-03T12:00:00.000GMT", maxDate: "2024-06-04T12:00:00.000GMT", limit: "1000" };
    expect(queries).toContainEqual({ status: "completed", ...window });
    expect(queries).toContainEqual({ status: "running", ...window });
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

describe("spark-history: retries and a History Server shared with other teams", () => {
  let crowded: FakeSparkHistory;
  const HOUR = 3_600_000;
  const ctxAt = (now: Date) => ({ now, signal: new AbortController().signal });
  beforeAll(async () => {
    crowded = await startFakeSparkHistory();
  });
  afterAll(() => crowded.close());
  const source = () => createSource({ id: "shared", kind: "spark-history", url: crowded.url }, { env: {} });

  it("a retry attempt that starts after the next tick is still the first attempt's interval, so the next interval can turn late", async () => {
    const hourly = makePipeline("hourly", { id: "shared", app_name: "hourly_etl" }, "0 * * * *"); // SLA 2h
    crowded.apps.length = 0;
    for (let h = 0; h < 10; h++) {
      const start = Date.parse("2024-06-03T00:02:00Z") + h * HOUR;
      crowded.apps.push(sparkApp(`app-h${h}`, "hourly_etl", [sparkAttempt(new Date(start), new Date(start + 20 * 60_000))]));
    }
    // The 10:00 run: attempt 1 starts 10:50 and dies at 11:05; attempt 2 starts 11:10, after the 11:00 tick, and succeeds at 11:40.
    crowded.apps.push(sparkApp("app-h10", "hourly_etl", [sparkAttempt(at("2024-06-03T10:50:00Z"), at("2024-06-03T11:05:00Z"), "1"), sparkAttempt(at("2024-06-03T11:10:00Z"), at("2024-06-03T11:40:00Z"), "2")]));
    const now = at("2024-06-03T13:01:00Z");
    const [reading] = await source().read([hourly], ctxAt(now));
    if (!reading?.ok) throw new Error(JSON.stringify(reading));
    expect(reading.runs.filter((r) => r.runId.startsWith("app-h10/")).map((r) => [r.runId, r.state, r.intervalEnd])).toEqual([
      ["app-h10/2", "success", "2024-06-03T10:00:00.000Z"],
      ["app-h10/1", "failed", "2024-06-03T10:00:00.000Z"],
    ]);
    const status = evaluatePipeline(hourly, reading, { now, staleAfterMs: 60_000 });
    expect(status.state).toBe("late");
    expect(status.reason).toBe("11:00 UTC interval missed its 13:00 UTC deadline by 1m; no run yet");
  });

  it("finds this pipeline's applications among 1,500 newer ones of other teams (windows split until complete)", async () => {
    const daily = makePipeline("unit_profit", { id: "shared", app_name: "unit_profit" }, "0 6 * * *");
    crowded.apps.length = 0;
    for (let d = 1; d <= 10; d++) {
      const start = Date.parse("2024-06-03T06:05:00Z") - d * 24 * HOUR;
      crowded.apps.push(sparkApp(`app-ours-${d}`, "unit_profit", [sparkAttempt(new Date(start), new Date(start + 30 * 60_000))]));
    }
    crowded.apps.push(sparkApp("app-ours-0", "unit_profit", [sparkAttempt(at("2024-06-03T06:05:00Z"), at("2024-06-03T06:35:00Z"))]));
    // Other teams: 1,500 notebooks over the last 5 days, every one of them ending after ours.
    for (let i = 0; i < 1500; i++) {
      const start = Date.parse("2024-05-29T12:00:00Z") + i * 288_000;
      crowded.apps.push(sparkApp(`app-nb-${i}`, `notebook-${i % 37}`, [sparkAttempt(new Date(start), new Date(Date.parse("2024-06-03T11:00:00Z") + i * 1000))]));
    }
    const before = crowded.requests.length;
    const now = at("2024-06-03T12:00:00Z");
    const [reading] = await source().read([daily], ctxAt(now));
    if (!reading?.ok) throw new Error(JSON.stringify(reading));
    expect(reading.runs.map((r) => r.runId).sort()).toEqual(Array.from({ length: 11 }, (_, d) => `app-ours-${d}`).sort());
    expect(reading.coverage).toEqual({ from: "2024-05-03T12:00:00.000Z", complete: true });
    expect(evaluatePipeline(daily, reading, { now, staleAfterMs: 60_000 }).state).toBe("healthy");
    // The 32-day window, then halves of each full one: 32 days and 16 days (May 19 on) and 8 days (May 27 on) hold all
    // 1,500 notebooks; 4 days (May 31 on) hold 900. So 1 + 2 + 2 + 2 requests, each newest half first.
    const completed = crowded.requests.slice(before).filter((r) => r.query.get("status") === "completed");
    expect(completed.map((r) => r.query.get("minDate")!.slice(0, 10))).toEqual(["2024-05-03", "2024-05-19", "2024-05-27", "2024-05-31", "2024-05-27", "2024-05-19", "2024-05-03"]);
    // What a single `limit=1000` request would have missed: none of ours is among the newest 1,000.
    const newest = (await (await fetch(`${crowded.url}/api/v1/applications?status=completed&limit=1000`)).json()) as { name: string }[];
    expect(newest.some((a) => a.name === "unit_profit")).toBe(false);
  });

  it("when completeness cannot be reached (1,001 applications started in one second), the pipeline is unknown, never late", async () => {
    const daily = makePipeline("unit_profit", { id: "shared", app_name: "unit_profit" }, "0 6 * * *");
    crowded.apps.length = 0;
    for (let i = 0; i < 1001; i++) crowded.apps.push(sparkApp(`app-burst-${i}`, "burst", [sparkAttempt(at("2024-06-03T11:30:00.000Z"), at("2024-06-03T11:31:00.000Z"))]));
    const now = at("2024-06-03T12:00:00Z");
    const [reading] = await source().read([daily], ctxAt(now));
    if (!reading?.ok) throw new Error(JSON.stringify(reading));
    expect(reading.coverage?.complete).toBe(false);
    const status = evaluatePipeline(daily, reading, { now, staleAfterMs: 60_000 });
    expect(status.state).toBe("unknown");
    expect(status.reason).toMatch(/^source shared could not be read completely \(the History Server lists more than 1000 applications \(of all users\) started in one window before .*\): runs before 11:30 UTC may be missing, so the 06:00 UTC interval cannot be judged$/);
  });
});
