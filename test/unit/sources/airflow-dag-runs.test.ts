import { describe, expect, it } from "vitest";
import { readDagRuns, rethrowUnknownDag, type DagRunPaging } from "../../../main/services/sources/airflow-dag-runs";
import { SourceFailure, sourceFailure } from "../../../main/services/sources/http/source-failure";
import { MAX_PAGES } from "../../../main/services/sources/paging";
import { scheduleFor } from "../../../shared/domain/sla/schedule";

const hourly = scheduleFor("0 * * * *");
const CUTOFF = new Date("2024-06-01T00:00:00Z");

/** A v1-style hourly run whose interval ends at `end` (execution_date = interval start). */
function run(end: string, extra: Record<string, unknown> = {}) {
  const start = new Date(Date.parse(end) - 3_600_000).toISOString();
  return { dag_run_id: `scheduled__${start}`, state: "success", run_type: "scheduled", data_interval_start: start, data_interval_end: end, execution_date: start, ...extra };
}

/** Paging over fixed pages (served in order, empty after the last), recording the offsets asked for. */
function pagesOf(pages: unknown[][], total: number) {
  const offsets: number[] = [];
  const paging: DagRunPaging = {
    fetchPage: async (offset) => {
      offsets.push(offset);
      return { dag_runs: pages[offsets.length - 1] ?? [], total_entries: total };
    },
    runAfter: (r) => ({ field: "logical_date", value: r.logical_date }),
    sortKey: (r) => r.execution_date,
  };
  return { paging, offsets };
}

describe("readDagRuns paging", () => {
  it("stops once the oldest run of a page is older than the cutoff", async () => {
    // Newest first; only the last run of the page (interval start 2024-05-31T22:00) is before the cutoff.
    const page = [run("2024-06-01T02:00:00Z"), run("2024-06-01T01:00:00Z"), run("2024-05-31T23:00:00Z")];
    const { paging, offsets } = pagesOf([page, [run("2024-05-31T22:00:00Z")]], 10);
    const read = await readDagRuns("af2", "p", hourly, paging, CUTOFF);
    expect(offsets).toEqual([0]);
    expect(read.runs).toHaveLength(3);
  });

  it("reads on when the oldest run is exactly at the cutoff (the window includes it, so it is not yet older)", async () => {
    const { paging, offsets } = pagesOf([[run("2024-06-01T02:00:00Z"), run("2024-06-01T01:00:00Z")], [run("2024-06-01T00:00:00Z")]], 3);
    await readDagRuns("af2", "p", hourly, paging, CUTOFF);
    expect(offsets).toEqual([0, 2]);
  });

  it("reads on past a page whose oldest run has no sort key", async () => {
    const { paging, offsets } = pagesOf([[run("2024-06-01T02:00:00Z", { execution_date: null })], [run("2024-06-01T01:00:00Z")]], 2);
    const read = await readDagRuns("af2", "p", hourly, paging, CUTOFF);
    expect(offsets).toEqual([0, 1]);
    expect(read.runs.map((r) => r.intervalEnd)).toEqual(["2024-06-01T02:00:00.000Z", "2024-06-01T01:00:00.000Z"]);
  });

  it("fails a run in a state Airflow does not use for DAG runs, naming run and state", async () => {
    const { paging } = pagesOf([[run("2024-06-01T02:00:00Z", { dag_run_id: "r1", state: "up_for_retry" })]], 1);
    await expect(readDagRuns("af2", "p", hourly, paging, CUTOFF)).rejects.toMatchObject({
      error: { sourceId: "af2", kind: "parse", message: 'source af2: run r1 has unknown state "up_for_retry"' },
    });
  });

  // pagesOf's runAfter reads logical_date and says so.
  it.each([
    ["data_interval_start", { data_interval_start: "yesterday" }],
    ["data_interval_end", { data_interval_end: "yesterday" }],
    ["logical_date", { logical_date: "yesterday" }],
    ["start_date", { start_date: "yesterday" }],
    ["end_date", { end_date: "yesterday" }],
  ])("fails a run whose %s is not an instant, naming the field", async (field, bad) => {
    const { paging } = pagesOf([[run("2024-06-01T02:00:00Z", bad)]], 1);
    await expect(readDagRuns("af2", "p", hourly, paging, CUTOFF)).rejects.toMatchObject({
      error: { sourceId: "af2", kind: "parse", message: `source af2: ${field} "yesterday" is not a date` },
    });
  });

  it("fails a page that is not a DAGRun page, naming the document and the bad field", async () => {
    const paging: DagRunPaging = { fetchPage: async () => ({ dag_runs: "none", total_entries: 1 }), runAfter: () => ({ field: "run_after", value: null }), sortKey: () => null };
    const failure = await readDagRuns("af2", "p", hourly, paging, CUTOFF).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ error: { sourceId: "af2", kind: "parse" } });
    // The rest of the message is zod's wording.
    expect((failure as SourceFailure).error.message).toMatch(/^source af2 returned an unexpected dagRuns page at dag_runs: ./);
  });

  it("names the sort key when the page cap cut the read and its oldest key is not a date", async () => {
    // One run per page, never reaching the 1000 the server claims: MAX_PAGES ends the read.
    const pages = Array.from({ length: MAX_PAGES }, (_, i) => [run(new Date(Date.parse("2024-06-05T00:00:00Z") - i * 3_600_000).toISOString())]);
    pages[MAX_PAGES - 1] = [run("2024-06-01T02:00:00Z", { execution_date: "yesterday" })];
    const { paging } = pagesOf(pages, 1000);
    // Every run has an interval and runAfter reads logical_date (unset), so only the coverage reads the bad key.
    await expect(readDagRuns("af2", "p", hourly, paging, CUTOFF)).rejects.toMatchObject({
      error: { kind: "parse", message: 'source af2: sort key "yesterday" is not a date' },
    });
  });
});

describe("rethrowUnknownDag", () => {
  it("turns a 404 naming the DAG into a configuration error", () => {
    let thrown: unknown;
    try {
      rethrowUnknownDag("af2", "etl", sourceFailure("af2", "http", "DAG with dag_id: 'etl' not found", { status: 404 }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ error: { sourceId: "af2", kind: "config", status: 404, message: "DAG etl not found on source af2" } });
  });

  it("rethrows another status unchanged even when its message names the DAG", () => {
    const failure = sourceFailure("af2", "http", "source af2 returned HTTP 500: etl broke", { status: 500 });
    let thrown: unknown;
    try {
      rethrowUnknownDag("af2", "etl", failure);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBe(failure);
    expect(thrown).toBeInstanceOf(SourceFailure);
  });
});
