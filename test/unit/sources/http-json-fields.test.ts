import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PipelineReading } from "../../../shared/domain/runs";
import type { HttpJsonMapping, SourceConfig } from "../../../shared/domain/workspace-schema";
import { createSource } from "../../../main/services/sources/create-source";
import { valueAt } from "../../../main/services/sources/http-json";
import { startFakeHttpJson, type FakeHttpJson } from "../../fakes/fake-http-json";
import { makePipeline } from "../../fakes/make-pipeline";
import { NOW, errorOf } from "./fault-cases";

/** One pipeline per URL (no pipeline field), every optional field mapped. */
const mapping: HttpJsonMapping = {
  runs: "runs",
  id: "id",
  state: "state",
  start: "start",
  end: "end",
  interval_end: "interval",
  completeness: "complete",
  accuracy: "accurate",
  states: { success: ["OK"], failed: [], running: [], queued: [] },
};
const INTERVAL = "2024-06-03T11:00:00Z";

let fake: FakeHttpJson;
beforeAll(async () => {
  fake = await startFakeHttpJson();
});
afterAll(async () => {
  await fake.close();
});

const pipeline = makePipeline("churn_model", { id: "home" }, "0 * * * *");

/** The one reading of `document` served whole, read through `overrides` of the mapping. */
async function readOne(document: unknown, overrides: Partial<HttpJsonMapping> = {}): Promise<PipelineReading> {
  fake.document = document;
  const config: SourceConfig = { id: "home", kind: "http-json", url: fake.url, mapping: { ...mapping, ...overrides } };
  const [reading] = await createSource(config, { env: {} }).read([pipeline], { now: NOW, signal: new AbortController().signal });
  return reading!;
}

/** The runs of a reading that must have succeeded. */
function runsOf(reading: PipelineReading): unknown[] {
  if (!reading.ok) throw new Error(`expected runs, got ${reading.error.message}`);
  return [...reading.runs, ...(reading.unattributed ?? [])];
}

describe("valueAt", () => {
  it("stops at null and at primitives rather than reading their properties", () => {
    expect(valueAt({ a: null }, "a.b")).toBeUndefined();
    expect(valueAt({ a: "text" }, "a.length")).toBeUndefined();
    expect(valueAt({ a: [{ b: 4 }] }, "a.0.b")).toBe(4);
  });
});

describe("http-json fields", () => {
  it("reads an empty time as no time, and 1e11 (the first value taken as milliseconds) as milliseconds", async () => {
    const reading = await readOne({ runs: [{ id: "r1", state: "OK", interval: INTERVAL, start: 100_000_000_000, end: "" }] });
    expect(runsOf(reading)).toEqual([
      { pipelineId: "churn_model", runId: "r1", state: "success", intervalEnd: "2024-06-03T11:00:00.000Z", start: "1973-03-03T09:46:40.000Z", end: null },
    ]);
  });

  it("fails on a time field that holds neither text nor a number", async () => {
    const error = errorOf(await readOne({ runs: [{ id: "r1", state: "OK", interval: true }] }));
    expect(error).toMatchObject({ kind: "parse", message: "source home: field interval holds true, not a date" });
  });

  it("fails on a time that names no zone rather than read it in whatever zone this machine is in", async () => {
    const error = errorOf(await readOne({ runs: [{ id: "r1", state: "OK", interval: "2024-06-03T11:00:00" }] }));
    expect(error).toMatchObject({ kind: "parse", message: 'source home: interval "2024-06-03T11:00:00" names no time zone (write Z or an offset such as +00:00)' });
  });

  it("names a run without id by its pipeline and interval, or by its position when it has no interval either", async () => {
    const reading = await readOne({ runs: [{ state: "OK", interval: INTERVAL }, { state: "OK" }] });
    expect(runsOf(reading)).toEqual([
      { pipelineId: "churn_model", runId: "churn_model@2024-06-03T11:00:00.000Z", state: "success", intervalEnd: "2024-06-03T11:00:00.000Z", start: null, end: null },
      { runId: "churn_model@#1", state: "success", start: null, end: null, note: "no interval in the source's document" },
    ]);
  });

  it("names a run whose id field is null like one without id", async () => {
    const reading = await readOne({ runs: [{ id: null, state: "OK", interval: INTERVAL }] });
    expect(runsOf(reading)).toEqual([
      { pipelineId: "churn_model", runId: "churn_model@2024-06-03T11:00:00.000Z", state: "success", intervalEnd: "2024-06-03T11:00:00.000Z", start: null, end: null },
    ]);
  });

  it("takes shares as fractions from 0 to 1 or as percent text with spaces around, and null or empty as not measured", async () => {
    const reading = await readOne({
      runs: [
        { id: "a", state: "OK", interval: INTERVAL, complete: 0, accurate: 1 },
        { id: "b", state: "OK", interval: INTERVAL, complete: " 99.5 % ", accurate: "50%" },
        { id: "c", state: "OK", interval: INTERVAL, complete: null, accurate: "" },
      ],
    });
    expect(runsOf(reading)).toEqual([
      { pipelineId: "churn_model", runId: "a", state: "success", intervalEnd: "2024-06-03T11:00:00.000Z", start: null, end: null, completeness: 0, accuracy: 1 },
      { pipelineId: "churn_model", runId: "b", state: "success", intervalEnd: "2024-06-03T11:00:00.000Z", start: null, end: null, completeness: 0.995, accuracy: 0.5 },
      { pipelineId: "churn_model", runId: "c", state: "success", intervalEnd: "2024-06-03T11:00:00.000Z", start: null, end: null },
    ]);
  });

  it.each(["about 5%", "5% done", "-5%", 1.5, -0.5])("rejects the share %j", async (value) => {
    const error = errorOf(await readOne({ runs: [{ id: "a", state: "OK", interval: INTERVAL, complete: value }] }));
    expect(error.kind).toBe("parse");
    expect(error.message).toContain(`field complete holds ${JSON.stringify(value)}, not a fraction from 0 to 1`);
  });

  it("says the document itself is not an array of runs when mapping.runs is empty", async () => {
    expect(errorOf(await readOne({ runs: [] }, { runs: "" }))).toMatchObject({ kind: "parse", message: "source home: the document is not an array of runs" });
    expect(errorOf(await readOne({ runs: {} }))).toMatchObject({ kind: "parse", message: 'source home: mapping.runs "runs" is not an array of runs' });
  });
});
