/** `check-sources` decisions without the CLI: one pipeline against one reading, and the exit code of a whole check. */
import { describe, expect, it } from "vitest";
import { checkPipelineSource, sourceCheckExitCode, type SourceCheck, type SourceCheckResult } from "../../../shared/domain/sla/source-check";
import type { PipelineReading, SourceDefinition, SourceError } from "../../../shared/domain/runs";
import { makePipeline } from "../../fakes/make-pipeline";
import { run } from "./fixtures";

const FETCHED = "2026-03-08T12:00:00Z";
const dagPipeline = makePipeline("agg", { id: "prod", dag_id: "agg" }, "0 6 * * *");
const sparkPipeline = makePipeline("unit", { id: "spark", app_name: "unit_profit" }, "0 6 * * *");
const base = { pipelineId: "agg", sourceId: "prod" };
const sparkBase = { pipelineId: "unit", sourceId: "spark" };
const NOT_ON_SPARK = "no application named unit_profit on source spark in the last 31 days";

const dag = (over: Partial<SourceDefinition> = {}): SourceDefinition => ({ name: "DAG agg", system: "Airflow", paused: false, schedule: "0 6 * * *", ...over });
const failed = (error: Omit<SourceError, "sourceId">): PipelineReading => ({ pipelineId: "agg", ok: false, error: { sourceId: "prod", ...error }, fetchedAt: FETCHED });
const withDefinition = (definition?: SourceDefinition): PipelineReading => ({ pipelineId: "agg", ok: true, runs: [], fetchedAt: FETCHED, ...(definition ? { definition } : {}) });
const sparkReading = (extra: Partial<Extract<PipelineReading, { ok: true }>> = {}): PipelineReading => ({ pipelineId: "unit", ok: true, runs: [], fetchedAt: FETCHED, ...extra });
const checks = (...results: SourceCheckResult[]): SourceCheck[] => results.map((result, i) => ({ pipelineId: `p${i}`, sourceId: "s", result, notes: [] }));

describe("exit code of a source check", () => {
  it("is 0 when nothing went wrong (or nothing was checked)", () => {
    expect(sourceCheckExitCode([])).toBe(0);
    expect(sourceCheckExitCode(checks("ok", "simulated"))).toBe(0);
  });

  it("is 1 on drift alone, on a missing DAG alone, and wins over an unreadable source", () => {
    expect(sourceCheckExitCode(checks("ok", "drift"))).toBe(1);
    expect(sourceCheckExitCode(checks("not-found", "ok"))).toBe(1);
    expect(sourceCheckExitCode(checks("unreadable", "drift"))).toBe(1);
  });

  it("is 3 when a source could not be read and nothing drifted", () => {
    expect(sourceCheckExitCode(checks("ok", "unreadable"))).toBe(3);
  });
});

describe("one pipeline against its source", () => {
  it("a demo source is simulated, whatever it read", () => {
    expect(checkPipelineSource(dagPipeline, "demo", withDefinition(dag({ schedule: "0 7 * * *" })))).toEqual({ ...base, result: "simulated", notes: ["demo source: simulated runs, nothing to compare"] });
  });

  it("no reading at all is unreadable and names the source", () => {
    expect(checkPipelineSource(dagPipeline, "airflow", undefined)).toEqual({ ...base, result: "unreadable", notes: ["source prod gave no reading"] });
  });

  it("only a config error with status 404 (Airflow's unknown DAG) is not-found; other errors are unreadable", () => {
    const cases: [Omit<SourceError, "sourceId">, SourceCheckResult][] = [
      [{ kind: "config", status: 404, message: "DAG agg not found" }, "not-found"],
      [{ kind: "config", status: 400, message: "bad request" }, "unreadable"],
      [{ kind: "config", message: "no url" }, "unreadable"],
      [{ kind: "http", status: 404, message: "proxy says 404" }, "unreadable"],
    ];
    for (const [error, result] of cases) {
      expect(checkPipelineSource(dagPipeline, "airflow", failed(error)), error.message).toEqual({ ...base, result, notes: [error.message] });
    }
  });

  it("ok without a definition has nothing to say, even with no runs: only Spark cannot be asked by name", () => {
    expect(checkPipelineSource(dagPipeline, "airflow", withDefinition())).toEqual({ ...base, result: "ok", notes: [] });
  });

  it("ok with a definition says what it runs, then that it is paused", () => {
    expect(checkPipelineSource(dagPipeline, "airflow", withDefinition(dag()))).toEqual({ ...base, result: "ok", notes: ['DAG agg runs "0 6 * * *" as the workspace says'] });
    expect(checkPipelineSource(dagPipeline, "airflow", withDefinition(dag({ paused: true })))).toEqual({
      ...base,
      result: "ok",
      notes: ['DAG agg runs "0 6 * * *" as the workspace says', "DAG agg is paused in Airflow: the scheduler starts no new runs"],
    });
  });

  it("drift comes first, then the pause", () => {
    const drift = 'Airflow runs DAG agg on "0 7 * * *", but the workspace expects "0 6 * * *"';
    expect(checkPipelineSource(dagPipeline, "airflow", withDefinition(dag({ schedule: "0 7 * * *" })))).toEqual({ ...base, result: "drift", notes: [drift] });
    expect(checkPipelineSource(dagPipeline, "airflow", withDefinition(dag({ schedule: "0 7 * * *", paused: true })))).toEqual({
      ...base,
      result: "drift",
      notes: [drift, "DAG agg is paused in Airflow: the scheduler starts no new runs"],
    });
  });

  it("spark: no application in a complete window is not-found, whether unattributed is absent or empty", () => {
    const expected = { ...sparkBase, result: "not-found", notes: [NOT_ON_SPARK] };
    expect(checkPipelineSource(sparkPipeline, "spark-history", sparkReading())).toEqual(expected);
    expect(checkPipelineSource(sparkPipeline, "spark-history", sparkReading({ unattributed: [] }))).toEqual(expected);
    expect(checkPipelineSource(sparkPipeline, "spark-history", sparkReading({ coverage: { from: FETCHED, complete: true } }))).toEqual(expected);
  });

  it("spark: no application in an incomplete window is unreadable, with the source's note or a default", () => {
    const noted = sparkReading({ coverage: { from: FETCHED, complete: false, note: "stopped after 20 pages" } });
    expect(checkPipelineSource(sparkPipeline, "spark-history", noted)).toEqual({ ...sparkBase, result: "unreadable", notes: [`${NOT_ON_SPARK} read so far; stopped after 20 pages`] });
    const silent = sparkReading({ coverage: { from: FETCHED, complete: false } });
    expect(checkPipelineSource(sparkPipeline, "spark-history", silent)).toEqual({ ...sparkBase, result: "unreadable", notes: [`${NOT_ON_SPARK} read so far; the read is incomplete`] });
  });

  it("spark: a run, or a run without an interval, means the application exists", () => {
    const oneRun = sparkReading({ runs: [run("unit", "2026-03-08T06:00:00Z", "success", "2026-03-08T06:05:00Z", "2026-03-08T06:20:00Z")] });
    expect(checkPipelineSource(sparkPipeline, "spark-history", oneRun)).toEqual({ ...sparkBase, result: "ok", notes: [] });
    const stray = sparkReading({ unattributed: [{ runId: "app-9", state: "success", start: null, end: null, note: "no interval" }] });
    expect(checkPipelineSource(sparkPipeline, "spark-history", stray)).toEqual({ ...sparkBase, result: "ok", notes: [] });
  });
});
