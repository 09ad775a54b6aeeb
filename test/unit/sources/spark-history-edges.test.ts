import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PipelineReading } from "../../../shared/domain/runs";
import type { Pipeline } from "../../../shared/domain/workspace-schema";
import { createSource } from "../../../main/services/sources/create-source";
import { sparkApp, sparkAttempt, startFakeSparkHistory, type FakeSparkHistory, type SparkApplication } from "../../fakes/fake-spark-history";
import { makePipeline } from "../../fakes/make-pipeline";
import { NOW, errorOf } from "./fault-cases";

const at = (iso: string) => new Date(iso);
// NOW is 2024-06-03T12:00Z: the listing covers 2024-05-03T12:00Z (31 days back) to 2024-06-04T12:00Z (a day ahead),
// 2,764,800,000 ms = 84,375 × 2^15 ms.
const FROM = "2024-05-03T12:00:00.000Z";
const TO = "2024-06-04T12:00:00.000Z";

let fake: FakeSparkHistory;
beforeAll(async () => {
  fake = await startFakeSparkHistory();
});
beforeEach(() => {
  fake.apps.length = 0;
});
afterAll(async () => {
  await fake.close();
});

const hourly = makePipeline("hourly", { id: "spark", app_name: "hourly_etl" }, "0 * * * *");

async function read(pipeline: Pipeline, signal = new AbortController().signal): Promise<PipelineReading> {
  const [reading] = await createSource({ id: "spark", kind: "spark-history", url: fake.url }, { env: {} }).read([pipeline], { now: NOW, signal });
  return reading!;
}

/** 1,001 completed applications of another team, all started at `startIso`: any window holding it comes back full. */
function burst(startIso: string): void {
  for (let i = 0; i < 1001; i++) fake.apps.push(sparkApp(`app-burst-${i}`, "burst", [sparkAttempt(at(startIso), at("2024-06-03T11:59:00Z"))]));
}

/** The completed-status requests of the last read, and the coverage it reported. */
async function splitting(): Promise<{ requests: number; from: string | undefined; complete: boolean | undefined }> {
  const before = fake.requests.length;
  const reading = await read(hourly);
  if (!reading.ok) throw new Error(reading.error.message);
  const requests = fake.requests.slice(before).filter((r) => r.query.get("status") === "completed").length;
  return { requests, from: reading.coverage?.from, complete: reading.coverage?.complete };
}

describe("spark-history: splitting a full window", () => {
  it("a burst at the oldest instant: each full window's newer half comes back empty, so the budget (31 requests) ends it", async () => {
    burst(FROM);
    // Requests 1, 3, …, 31 are the full windows [FROM, FROM + 2,764,800,000 / 2^k], k = 0..15; the 15th is 84,375 ms wide.
    expect(await splitting()).toEqual({ requests: 31, from: "2024-05-03T12:01:24.376Z", complete: false });
  });

  it("a burst one ms into the newer half: full windows fall on even requests, and request 32 is the last one split", async () => {
    burst("2024-05-19T12:00:00.001Z");
    // Request 2 is [T, TO], 1,382,399,999 ms; requests 4, …, 32 halve it 15 times (floor) to 42,187 ms.
    expect(await splitting()).toEqual({ requests: 32, from: "2024-05-19T12:00:42.189Z", complete: false });
  });

  it("a burst at the newest instant: every request is full and the window shrinks below a second after 23 of them", async () => {
    burst(TO);
    // Widths 2,764,799,999 … 1,317, 658 ms for requests 2 … 23 (each the newer half, ceil(w/2) - 1 wide).
    expect(await splitting()).toEqual({ requests: 23, from: "2024-06-04T12:00:00.001Z", complete: false });
  });
});

describe("spark-history: attempts and times", () => {
  const unordered = (attempts: SparkApplication["attempts"]): SparkApplication => ({ id: "app-1", name: "hourly_etl", attempts });
  const first = sparkAttempt(at("2024-06-03T10:50:00Z"), at("2024-06-03T11:05:00Z"), "1");
  const second = sparkAttempt(at("2024-06-03T11:10:00Z"), at("2024-06-03T11:40:00Z"), "2");

  it.each([
    ["newest first", [second, first]],
    ["oldest first", [first, second]],
  ])("orders attempts by start whatever the server's order (%s)", async (_, attempts) => {
    fake.apps.push(unordered(attempts));
    const reading = await read(hourly);
    if (!reading.ok) throw new Error(reading.error.message);
    expect(reading.runs.map((r) => [r.runId, r.state, r.intervalEnd])).toEqual([
      ["app-1/2", "success", "2024-06-03T10:00:00.000Z"],
      ["app-1/1", "failed", "2024-06-03T10:00:00.000Z"],
    ]);
  });

  it("names the field and quotes the text of a start or end time it cannot read", async () => {
    fake.apps.push(unordered([{ ...first, startTime: "2024-06-03 GMT noon" }]));
    expect(errorOf(await read(hourly))).toMatchObject({ kind: "parse", message: 'source spark: startTime "2024-06-03 GMT noon" is not a date' });
    fake.apps.length = 0;
    fake.apps.push(unordered([{ ...first, endTime: "soon" }]));
    expect(errorOf(await read(hourly))).toMatchObject({ kind: "parse", message: 'source spark: endTime "soon" is not a date' });
  });

  it("names the application list and the bad field when the body does not match", async () => {
    fake.apps.push(unordered([{ ...first, completed: "yes" as unknown as boolean }]));
    const error = errorOf(await read(hourly));
    expect(error.kind).toBe("parse");
    expect(error.message).toMatch(/^source spark returned an unexpected application list at 0\.attempts\.0\.completed: /);
  });

  it("keeps an application that started before the schedule's first tick as a run without an interval", async () => {
    const never = makePipeline("never", { id: "spark", app_name: "hourly_etl" }, "0 0 30 2 *"); // February 30th: no tick, ever
    fake.apps.push(sparkApp("app-1", "hourly_etl", [first]));
    const reading = await read(never);
    if (!reading.ok) throw new Error(reading.error.message);
    expect(reading.runs).toEqual([]);
    expect(reading.unattributed).toEqual([
      { runId: "app-1/1", state: "success", start: "2024-06-03T10:50:00.000Z", end: "2024-06-03T11:05:00.000Z", note: "its first attempt started before the workspace's schedule has any interval" },
    ]);
  });

  it("fails the read when the poller has already given up on it", async () => {
    const controller = new AbortController();
    controller.abort(new DOMException("deadline", "TimeoutError"));
    const before = fake.requests.length;
    const reading = await read(hourly, controller.signal);
    expect(reading.ok).toBe(false);
    expect(fake.requests.length).toBe(before);
  });
});

// Setting TZ takes effect in vitest's default forks only: in worker threads (Stryker's vitest runner) Date keeps
// the process's zone, so there a local-zone reading goes unseen here and isoInstant's refusal of zone-less text catches it.
describe("spark-history: times are UTC whatever the machine's time zone", () => {
  const zone = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = "Asia/Kolkata";
  });
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("reads Spark's GMT times as UTC", async () => {
    fake.apps.push(sparkApp("app-1", "hourly_etl", [sparkAttempt(at("2024-06-03T10:50:00Z"), at("2024-06-03T11:05:00Z"))]));
    const reading = await read(hourly);
    if (!reading.ok) throw new Error(reading.error.message);
    expect(reading.runs).toEqual([
      { pipelineId: "hourly", runId: "app-1", state: "success", intervalEnd: "2024-06-03T10:00:00.000Z", start: "2024-06-03T10:50:00.000Z", end: "2024-06-03T11:05:00.000Z" },
    ]);
  });
});
