/**
 * Which DAGRun fields v1 and v2 date a run by and page by, with the fields the specs allow to be null
 * left out: a scripted client serves the pages (the conforming fakes model what a 2.10 / 3.x server sends).
 */
import { describe, expect, it } from "vitest";
import { createAirflowV1Source } from "../../../main/services/sources/airflow-v1";
import { createAirflowV2Source } from "../../../main/services/sources/airflow-v2";
import type { JsonRequest } from "../../../main/services/sources/http/json-client";
import { makePipeline } from "../../fakes/make-pipeline";

// NOW is 2024-06-03T12:00Z, so the 31-day window starts 2024-05-03T12:00Z.
const ctx = { now: new Date("2024-06-03T12:00:00Z"), signal: new AbortController().signal };

/** A client answering the DAG with `dag` and the n-th dagRuns request with pages[n] (then an empty page). */
function scripted(dag: unknown, pages: { dag_runs: unknown[]; total_entries: number }[]) {
  const runRequests: JsonRequest[] = [];
  const client = {
    async request(req: JsonRequest) {
      if (!req.path.endsWith("/dagRuns")) return dag;
      runRequests.push(req);
      return pages[runRequests.length - 1] ?? { dag_runs: [], total_entries: 0 };
    },
  };
  return { client, runRequests };
}

const base = { dag_run_id: "manual__x", state: "success", run_type: "manual", start_date: null, end_date: null, data_interval_start: null, data_interval_end: null };

describe("airflow v1 run dates", () => {
  const config = { id: "af2", kind: "airflow" as const, api: "v1" as const, url: "http://unused" };
  const pipeline = makePipeline("etl", { id: "af2", dag_id: "etl" }, "0 6 * * *");

  it("dates a run without data interval by execution_date when logical_date is null", async () => {
    const run = { ...base, logical_date: null, execution_date: "2024-06-03T07:30:00+00:00" };
    const { client } = scripted({ is_paused: false }, [{ dag_runs: [run], total_entries: 1 }]);
    const [reading] = await createAirflowV1Source(config, client, {}).read([pipeline], ctx);
    // A manual run redoes the newest interval available at its trigger time: 06:00 that day.
    expect(reading?.ok && reading.runs.map((r) => r.intervalEnd)).toEqual(["2024-06-03T06:00:00.000Z"]);
  });

  it.each([
    ["logical_date", { logical_date: "yesterday", execution_date: "yesterday" }],
    ["execution_date", { logical_date: null, execution_date: "yesterday" }],
  ])("names %s, the field it dates a run by, when that is not an instant", async (field, dates) => {
    const { client } = scripted({ is_paused: false }, [{ dag_runs: [{ ...base, ...dates }], total_entries: 1 }]);
    const [reading] = await createAirflowV1Source(config, client, {}).read([pipeline], ctx);
    expect(reading).toMatchObject({ ok: false, error: { kind: "parse", message: `source af2: ${field} "yesterday" is not a date` } });
  });

  it("pages by logical_date when execution_date is null, stopping once it is older than the window", async () => {
    const run = { ...base, logical_date: "2024-05-01T07:30:00+00:00", execution_date: null };
    const { client, runRequests } = scripted({ is_paused: false }, [{ dag_runs: [run], total_entries: 5 }]);
    await createAirflowV1Source(config, client, {}).read([pipeline], ctx);
    expect(runRequests.map((r) => r.query?.offset)).toEqual([0]);
  });
});

describe("airflow v2 run dates", () => {
  const config = { id: "af3", kind: "airflow" as const, api: "v2" as const, url: "http://unused" };
  const pipeline = makePipeline("etl", { id: "af3", dag_id: "etl" }, "0 6 * * *");

  it("names run_after when it is not an instant", async () => {
    const { client } = scripted({ is_paused: false }, [{ dag_runs: [{ ...base, logical_date: null, run_after: "yesterday" }], total_entries: 1 }]);
    const [reading] = await createAirflowV2Source(config, client, {}).read([pipeline], ctx);
    expect(reading).toMatchObject({ ok: false, error: { kind: "parse", message: 'source af3: run_after "yesterday" is not a date' } });
  });

  it("pages by run_after, stopping once it is older than the window", async () => {
    const run = { ...base, logical_date: null, run_after: "2024-05-01T07:30:00Z" };
    const { client, runRequests } = scripted({ is_paused: false }, [{ dag_runs: [run], total_entries: 5 }]);
    await createAirflowV2Source(config, client, {}).read([pipeline], ctx);
    expect(runRequests.map((r) => r.query?.offset)).toEqual([0]);
  });
});
