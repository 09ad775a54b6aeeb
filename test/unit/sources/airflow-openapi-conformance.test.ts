/**
 * The fake Airflow servers answer as Airflow's published specs say (2.10 API v1, 3.1 API v2): every
 * answer of every fake in every test is checked (a violation fails the fake's close()); this file
 * drives each kind of answer once and shows that the check does catch a drifted fake.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { airflowSpec } from "../../fakes/airflow-openapi";
import { startFakeAirflowV1, v1BackfillRun, v1Dag, v1ManualRun, v1Run, type FakeAirflowV1 } from "../../fakes/fake-airflow-v1";
import { startFakeAirflowV2, v2BackfillRun, v2Dag, v2ManualRun, v2Run, type FakeAirflowV2 } from "../../fakes/fake-airflow-v2";
import { setTasks, taskInstance } from "../../fakes/fake-airflow-tasks";

const at = (iso: string) => new Date(iso);
const basic = `Basic ${Buffer.from("oncall:pw").toString("base64")}`;
let v1: FakeAirflowV1;
let v2: FakeAirflowV2;

const viewer = { username: "viewer", password: "look" };

beforeAll(async () => {
  v1 = await startFakeAirflowV1({ credentials: { username: "oncall", password: "pw" }, viewer });
  v2 = await startFakeAirflowV2({ username: "oncall", password: "pw" }, { viewer });
  v1.dags.set("agg", [
    v1Run("agg", at("2024-06-01T06:00:00Z"), at("2024-06-02T06:00:00Z"), "failed", at("2024-06-02T06:05:00Z"), at("2024-06-02T06:20:00Z")),
    v1ManualRun("agg", at("2024-06-02T07:00:00Z"), [at("2024-06-01T06:00:00Z"), at("2024-06-02T06:00:00Z")], "running", at("2024-06-02T07:00:05Z"), null),
    v1BackfillRun("agg", at("2024-05-01T06:00:00Z"), at("2024-05-02T06:00:00Z"), "queued", null, null),
    { ...v1Run("agg", at("2024-06-02T06:00:00Z"), at("2024-06-03T06:00:00Z"), "success", at("2024-06-03T06:01:00Z"), at("2024-06-03T06:30:00Z")), run_type: "dataset_triggered" },
  ]);
  v1.dagInfo.set("agg", v1Dag("agg", { paused: true, schedule: null }));
  v1.dags.set("delta", []);
  v1.dagInfo.set("delta", { ...v1Dag("delta"), schedule_interval: { __type: "TimeDelta", days: 1, seconds: 0, microseconds: 0 }, timetable_description: null });
  v2.dags.set("agg", [
    v2Run("agg", at("2024-06-02T06:00:00Z"), "failed", at("2024-06-02T06:05:00Z"), at("2024-06-02T06:20:00Z")),
    v2ManualRun("agg", at("2024-06-02T07:00:00Z"), "running", at("2024-06-02T07:00:05Z"), null),
    v2BackfillRun("agg", at("2024-05-02T06:00:00Z"), "success", at("2024-06-02T08:00:00Z"), at("2024-06-02T08:30:00Z")),
    { ...v2Run("agg", at("2024-06-03T06:00:00Z"), "queued", null, null), run_type: "asset_triggered", triggered_by: "asset" },
  ]);
  v2.dagInfo.set("agg", v2Dag("agg", { paused: true, schedule: "None" }));
});

afterAll(async () => {
  await Promise.all([v1.close(), v2.close()]);
});

async function get(url: string, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(url, { headers });
  await response.text();
  return response.status;
}

async function v2Token(user = { username: "oncall", password: "pw" }): Promise<string> {
  const response = await fetch(`${v2.url}/auth/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(user) });
  return ((await response.json()) as { access_token: string }).access_token;
}

async function post(url: string, body: unknown, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

describe("the fakes answer as Airflow's published specs say", () => {
  it("v1 (2.10): run types, manual and backfill runs, the DAG's pause and schedule (cron, none, timedelta), and its errors", async () => {
    const auth = { authorization: basic };
    expect(await get(`${v1.url}/api/v1/dags/agg/dagRuns?order_by=-execution_date&limit=2`, auth)).toBe(200);
    expect(await get(`${v1.url}/api/v1/dags/agg/dagRuns?offset=2`, auth)).toBe(200);
    expect(await get(`${v1.url}/api/v1/dags/agg`, auth)).toBe(200);
    expect(await get(`${v1.url}/api/v1/dags/delta`, auth)).toBe(200);
    expect(await get(`${v1.url}/api/v1/dags/ghost`, auth)).toBe(404);
    expect(await get(`${v1.url}/api/v1/dags/ghost/dagRuns`, auth)).toBe(200);
    expect(await get(`${v1.url}/api/v1/dags/agg/dagRuns?order_by=logical_date`, auth)).toBe(400);
    expect(await get(`${v1.url}/api/v1/dags/agg`)).toBe(401);
    expect(await get(`${v1.url}/api/v1/health`)).toBe(200);
    v1.fault({ kind: "retry-after", status: 429, retryAfter: "30" });
    expect(await get(`${v1.url}/api/v1/dags/agg`, auth)).toBe(429);
    v1.fault({ kind: "error", status: 500, title: "Internal Server Error", detail: "scheduler exploded" });
    expect(await get(`${v1.url}/api/v1/dags/agg`, auth)).toBe(500);
    expect(v1.violations).toEqual([]);
  });

  it("v2 (3.1): run types with null logical dates and intervals, backfills, the DAG's pause and timetable, and its errors", async () => {
    const auth = { authorization: `Bearer ${await v2Token()}` };
    expect(await get(`${v2.url}/api/v2/dags/agg/dagRuns?order_by=-run_after&limit=3`, auth)).toBe(200);
    expect(await get(`${v2.url}/api/v2/dags/agg`, auth)).toBe(200);
    expect(await get(`${v2.url}/api/v2/dags/ghost`, auth)).toBe(404);
    expect(await get(`${v2.url}/api/v2/dags/ghost/dagRuns`, auth)).toBe(404);
    expect(await get(`${v2.url}/api/v2/dags/agg/dagRuns?limit=-1`, auth)).toBe(422);
    expect(await get(`${v2.url}/api/v2/dags/agg`)).toBe(401);
    expect(await get(`${v2.url}/api/v2/dags/agg`, { authorization: "Bearer forged" })).toBe(403);
    expect(await get(`${v2.url}/api/v2/version`)).toBe(200);
    v2.fault({ kind: "retry-after", status: 503, retryAfter: "5" });
    expect(await get(`${v2.url}/api/v2/dags/agg`, auth)).toBe(503);
    expect(v2.violations).toEqual([]);
  });

  it("clearTaskInstances, v1 and v2: dry run, real clear, 403 for a viewer, 404s, and the request body checked against the spec", async () => {
    const failedV1 = v1.dags.get("agg")![0]!;
    setTasks(v1.tasks, "agg", failedV1.dag_run_id, [taskInstance("extract", "success"), taskInstance("load", "failed"), taskInstance("report", "upstream_failed")]);
    const failedV2 = v2.dags.get("agg")![0]!;
    setTasks(v2.tasks, "agg", failedV2.dag_run_id, [taskInstance("extract", "success"), taskInstance("load", "failed", 0), taskInstance("load", "failed", 1)]);
    const auth1 = { authorization: basic };
    const auth2 = { authorization: `Bearer ${await v2Token()}` };
    const clear1 = (body: unknown, headers = auth1) => post(`${v1.url}/api/v1/dags/agg/clearTaskInstances`, body, headers);
    const clear2 = (body: unknown, headers = auth2, dag = "agg") => post(`${v2.url}/api/v2/dags/${dag}/clearTaskInstances`, body, headers);

    expect(await clear1({ dry_run: true, only_failed: true, dag_run_id: failedV1.dag_run_id })).toMatchObject({ status: 200, body: { task_instances: [{ task_id: "load" }, { task_id: "report" }] } });
    expect(await clear1({ dry_run: true, dag_run_id: failedV1.dag_run_id }, { authorization: `Basic ${Buffer.from("viewer:look").toString("base64")}` })).toMatchObject({ status: 403, body: { title: "Forbidden" } });
    expect((await clear1({ dry_run: true, dag_run_id: "nope" })).status).toBe(404);
    expect(await clear1({ dry_run: false, only_failed: true, dag_run_id: failedV1.dag_run_id, reset_dag_runs: true })).toMatchObject({ status: 200, body: { task_instances: [{ task_id: "load" }, { task_id: "report" }] } });
    expect(failedV1).toMatchObject({ state: "queued", start_date: null, end_date: null });
    expect(v1.tasks.get("agg")!.get(failedV1.dag_run_id)!.map((t) => t.state)).toEqual(["success", null, null]);

    const dry2 = await clear2({ dry_run: true, only_failed: true, dag_run_id: failedV2.dag_run_id });
    expect(dry2).toMatchObject({ status: 200, body: { total_entries: 2, task_instances: [{ task_id: "load", map_index: 0, state: "failed" }, { task_id: "load", map_index: 1 }] } });
    expect(await clear2({ dry_run: true, dag_run_id: failedV2.dag_run_id }, { authorization: `Bearer ${await v2Token(viewer)}` })).toEqual({ status: 403, body: { detail: "Forbidden" } });
    expect((await clear2({ dry_run: true, dag_run_id: failedV2.dag_run_id }, auth2, "ghost")).status).toBe(404);
    expect((await clear2({ dry_run: false, only_failed: true, dag_run_id: failedV2.dag_run_id })).status).toBe(200);
    expect(failedV2).toMatchObject({ state: "queued", start_date: null, end_date: null, duration: null });
    expect(v1.violations).toEqual([]);
    expect(v2.violations).toEqual([]);

    // A field the API does not have: v2 answers 422 (its schema forbids extras), v1 400 (marshmallow refuses unknown fields); both are violations.
    expect(await clear2({ dry_run: true, dag_run_id: failedV2.dag_run_id, only_failed_tasks: true })).toMatchObject({ status: 422 });
    expect(await clear1({ dry_run: true, dag_run_id: failedV1.dag_run_id, only_failed_tasks: true })).toMatchObject({ status: 400, body: { title: "Bad Request" } });
    expect(v2.violations.splice(0)).toEqual(["POST /api/v2/dags/agg/clearTaskInstances request body: (body) must NOT have additional properties (only_failed_tasks)"]);
    expect(v1.violations.splice(0)).toEqual(["POST /api/v1/dags/agg/clearTaskInstances request body: (body) must NOT have additional properties (only_failed_tasks)"]);
    expect(airflowSpec("v2").checkRequest("POST", "/api/v2/dags/agg/clearTaskInstances", { dry_run: "yes" })).toEqual([
      "POST /api/v2/dags/agg/clearTaskInstances request body: /dry_run must be boolean",
    ]);
  });

  it("catches a fake that drifts: a v1 run type in the v2 API, a v2 run without a required field, a state Airflow does not have", async () => {
    const drifted = { ...v2Run("bad", at("2024-06-03T06:00:00Z"), "success", null, null), run_type: "dataset_triggered" } as unknown as ReturnType<typeof v2Run>;
    const { dag_versions: _versions, ...unversioned } = v2Run("bad", at("2024-06-03T07:00:00Z"), "success", null, null);
    v2.dags.set("bad", [drifted, unversioned as ReturnType<typeof v2Run>]);
    const auth = { authorization: `Bearer ${await v2Token()}` };
    expect(await get(`${v2.url}/api/v2/dags/bad/dagRuns`, auth)).toBe(200);
    const caught = v2.violations.splice(0); // taken, so that close() passes
    expect(caught).toContain("GET /api/v2/dags/bad/dagRuns → 200: /dag_runs/0/run_type must be equal to one of the allowed values (backfill, scheduled, manual, asset_triggered)");
    expect(caught.some((v) => v.includes("must have required property 'dag_versions'"))).toBe(true);
    expect(airflowSpec("v1").checkSchema("DAGRun", { ...v1Run("x", at("2024-06-01T06:00:00Z"), at("2024-06-02T06:00:00Z"), "success", null, null), state: "skipped" })).toEqual([
      "DAGRun: /state must be equal to one of the allowed values (queued, running, success, failed)",
    ]);
  });

  it("reads nullable as the spec's authors meant it: null where the spec says nullable, never elsewhere", () => {
    const v2Spec = airflowSpec("v2");
    expect(v2Spec.checkSchema("DAGRunResponse", v2ManualRun("x", at("2024-06-03T07:00:00Z"), "queued", null, null))).toEqual([]);
    expect(v2Spec.checkSchema("DAGRunResponse", { ...v2ManualRun("x", at("2024-06-03T07:00:00Z"), "queued", null, null), triggered_by: null })).toEqual([]);
    expect(v2Spec.checkSchema("DAGRunResponse", { ...v2ManualRun("x", at("2024-06-03T07:00:00Z"), "queued", null, null), run_after: null })).toEqual(["DAGRunResponse: /run_after must be string"]);
    expect(airflowSpec("v1").checkSchema("DAG", { ...v1Dag("x"), schedule_interval: null })).toEqual([]);
  });
});
