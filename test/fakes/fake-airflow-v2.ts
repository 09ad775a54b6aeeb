/**
 * A fake Airflow 3.x public API v2: JWT from /auth/token (201), Token Expired / Invalid JWT, 404 for
 * unknown DAGs, `{detail}` errors, the DAG endpoint (pause, timetable), clearing a run's task
 * instances (403 for a viewer). Every answer and request body of the API is checked against
 * Airflow 3.1's published spec (airflow-openapi.ts); a violation makes close() fail.
 */
import { createHash } from "node:crypto";
import { startConformingFake } from "./airflow-openapi";
import { DAG_LIMITS } from "./fake-airflow-v1";
import { clearTaskInstancesRoute, type FakeTaskInstance, type TaskBook } from "./fake-airflow-tasks";
import { airflowPage, type FakeRequest, type FakeResponse, type FakeServer } from "./fake-http-server";
import { routeTable, type FakeRoute } from "./fake-routes";

/** A DAGRunResponse as Airflow 3 serialises it (times in Z; cron DAGs with logical_date == run_after and an empty interval). */
export interface V2DagRun {
  dag_run_id: string;
  dag_id: string;
  logical_date: string | null;
  queued_at: string | null;
  run_after: string;
  start_date: string | null;
  end_date: string | null;
  duration: number | null;
  data_interval_start: string | null;
  data_interval_end: string | null;
  last_scheduling_decision: string | null;
  run_type: "backfill" | "manual" | "scheduled" | "asset_triggered";
  state: "queued" | "running" | "success" | "failed";
  triggered_by: "cli" | "operator" | "rest_api" | "ui" | "test" | "timetable" | "asset" | "backfill" | null;
  conf: Record<string, unknown>;
  note: string | null;
  dag_versions: { id: string; version_number: number; dag_id: string; bundle_name: string | null; bundle_version: string | null; created_at: string; dag_display_name: string }[];
  dag_display_name: string;
}

/** A DAGResponse as `GET /api/v2/dags/{dag_id}` serialises it. */
export interface V2Dag {
  dag_id: string;
  dag_display_name: string;
  is_paused: boolean;
  is_stale: boolean;
  last_parsed_time: string | null;
  last_parse_duration: number | null;
  last_expired: string | null;
  bundle_name: string | null;
  bundle_version: string | null;
  relative_fileloc: string | null;
  fileloc: string;
  description: string | null;
  timetable_summary: string | null;
  timetable_description: string | null;
  tags: { name: string; dag_id: string; dag_display_name: string }[];
  max_active_tasks: number;
  max_active_runs: number | null;
  max_consecutive_failed_dag_runs: number;
  has_task_concurrency_limits: boolean;
  has_import_errors: boolean;
  next_dagrun_logical_date: string | null;
  next_dagrun_data_interval_start: string | null;
  next_dagrun_data_interval_end: string | null;
  next_dagrun_run_after: string | null;
  owners: string[];
  file_token: string;
}

function dagVersions(dagId: string): V2DagRun["dag_versions"] {
  return [{ id: "0196b5e2-7c1a-7d3e-9f1a-2b3c4d5e6f70", version_number: 1, dag_id: dagId, bundle_name: "dags-folder", bundle_version: null, created_at: "2024-05-01T00:00:00Z", dag_display_name: dagId }];
}

/** A scheduled run due at `runAfter` (Airflow 3 trigger timetable: an empty interval at the tick). */
export function v2Run(dagId: string, runAfter: Date, state: V2DagRun["state"], start: Date | null, end: Date | null): V2DagRun {
  const at = runAfter.toISOString();
  return {
    dag_run_id: `scheduled__${at}`,
    dag_id: dagId,
    logical_date: at,
    queued_at: at,
    run_after: at,
    start_date: start && start.toISOString(),
    end_date: end && end.toISOString(),
    duration: start && end ? (end.getTime() - start.getTime()) / 1000 : null,
    data_interval_start: at,
    data_interval_end: at,
    last_scheduling_decision: null,
    run_type: "scheduled",
    state,
    triggered_by: "timetable",
    conf: {},
    note: null,
    dag_versions: dagVersions(dagId),
    dag_display_name: dagId,
  };
}

/** A run triggered by hand at `triggeredAt` without a logical date: Airflow 3 gives it no data interval, only `run_after`. */
export function v2ManualRun(dagId: string, triggeredAt: Date, state: V2DagRun["state"], start: Date | null, end: Date | null): V2DagRun {
  return {
    ...v2Run(dagId, triggeredAt, state, start, end),
    dag_run_id: `manual__${triggeredAt.toISOString()}`,
    logical_date: null,
    data_interval_start: null,
    data_interval_end: null,
    run_type: "manual",
    triggered_by: "ui",
  };
}

/** A run of a backfill of the interval due at `runAfter`. */
export function v2BackfillRun(dagId: string, runAfter: Date, state: V2DagRun["state"], start: Date | null, end: Date | null): V2DagRun {
  return { ...v2Run(dagId, runAfter, state, start, end), dag_run_id: `backfill__${runAfter.toISOString()}`, run_type: "backfill", triggered_by: "backfill" };
}

/** The DAG `dagId`: not paused, on `schedule` (Airflow 3's `timetable_summary`: a cron expression, "None", "Asset"…) unless told otherwise. */
export function v2Dag(dagId: string, options: { paused?: boolean; schedule?: string | null } = {}): V2Dag {
  const schedule = options.schedule === undefined ? "0 6 * * *" : options.schedule;
  return {
    dag_id: dagId,
    dag_display_name: dagId,
    is_paused: options.paused ?? false,
    is_stale: false,
    last_parsed_time: "2024-06-03T11:58:12.014561Z",
    last_parse_duration: 0.41,
    last_expired: null,
    bundle_name: "dags-folder",
    bundle_version: null,
    relative_fileloc: `${dagId}.py`,
    fileloc: `/opt/airflow/dags/${dagId}.py`,
    description: null,
    timetable_summary: schedule,
    timetable_description: schedule === null || schedule === "None" ? "Never, external triggers only" : `Cron "${schedule}"`,
    ...DAG_LIMITS,
    next_dagrun_logical_date: null,
    next_dagrun_data_interval_start: null,
    next_dagrun_data_interval_end: null,
    next_dagrun_run_after: null,
    owners: ["airflow"],
    file_token: "Ii9vcHQvYWlyZmxvdy9kYWdzL2RhZy5weSI.fake",
  };
}

/** A TaskInstanceResponse as Airflow 3 serialises one (a UUID id derived from the run and task, so it is stable). */
export function v2TaskInstance(dagId: string, run: Pick<V2DagRun, "dag_run_id" | "logical_date" | "run_after">, task: FakeTaskInstance) {
  const hex = createHash("sha256").update(`${dagId}/${run.dag_run_id}/${task.task_id}/${task.map_index}`).digest("hex");
  return {
    id: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`,
    task_id: task.task_id,
    dag_id: dagId,
    dag_run_id: run.dag_run_id,
    map_index: task.map_index,
    logical_date: run.logical_date,
    run_after: run.run_after,
    start_date: null,
    end_date: null,
    duration: null,
    state: task.state,
    try_number: task.try_number,
    max_tries: 0,
    task_display_name: task.task_id,
    dag_display_name: dagId,
    hostname: null,
    unixname: null,
    pool: "default_pool",
    pool_slots: 1,
    queue: "default",
    priority_weight: 1,
    operator: "PythonOperator",
    operator_name: "@task",
    queued_when: null,
    scheduled_when: null,
    pid: null,
    executor: null,
    executor_config: "{}",
    note: null,
    rendered_map_index: null,
    rendered_fields: {},
    trigger: null,
    triggerer_job: null,
    dag_version: null,
  };
}

const detail = (status: number, text: unknown): FakeResponse => ({ status, body: { detail: text } });

/** The fake, what it serves, and token controls. */
export interface FakeAirflowV2 extends FakeServer {
  /** Runs by DAG id; a DAG exists when it has an entry here. */
  dags: Map<string, V2DagRun[]>;
  /** What `GET /api/v2/dags/{id}` says of a DAG that exists; `v2Dag(id)` when not set. */
  dagInfo: Map<string, V2Dag>;
  /** Task instances by DAG and run id: what clearTaskInstances lists and resets (setTasks fills it). */
  tasks: TaskBook;
  /** The authenticated endpoints; push a route to add one (it is checked against the spec like the rest). */
  routes: FakeRoute[];
  /** Answers that did not conform to the spec so far (close() fails while any remain). */
  violations: string[];
  /** Tokens issued so far (one per successful POST /auth/token). */
  tokensIssued(): number;
  /** Makes every token issued so far expire ("Token Expired" on next use). */
  expireTokens(): void;
  /** Forgets the signing key: every token issued so far becomes "Invalid JWT token". */
  rotateKey(): void;
}

/** Starts the fake with the user it accepts, and optionally a `viewer` whose role may read but not edit (clearing answers 403). */
export async function startFakeAirflowV2(credentials: { username: string; password: string }, options: { viewer?: { username: string; password: string } } = {}): Promise<FakeAirflowV2> {
  const dags = new Map<string, V2DagRun[]>();
  const dagInfo = new Map<string, V2Dag>();
  const tasks: TaskBook = new Map();
  const tokens = new Map<string, "valid" | "expired">();
  const viewerTokens = new Set<string>();
  const bearer = (req: FakeRequest) => req.headers.authorization?.slice("Bearer ".length) ?? "";
  let issued = 0;
  const unknownDag = (dagId: string) => detail(404, `The Dag with ID: \`${dagId}\` was not found`);

  const routes: FakeRoute[] = [
    {
      method: "GET",
      pattern: /^\/api\/v2\/dags\/([^/]+)$/,
      handle: (_req, [dagId]) => (dags.has(dagId!) ? { status: 200, body: dagInfo.get(dagId!) ?? v2Dag(dagId!) } : unknownDag(dagId!)),
    },
    {
      method: "GET",
      pattern: /^\/api\/v2\/dags\/([^/]+)\/dagRuns$/,
      handle(req, [dagId]) {
        const all = dags.get(dagId!);
        if (!all) return unknownDag(dagId!);
        const limit = Number(req.query.get("limit") ?? 50);
        if (limit < 0) return detail(422, [{ type: "greater_than_equal", loc: ["query", "limit"], msg: "Input should be greater than or equal to 0", input: String(limit) }]);
        const gte = req.query.get("run_after_gte");
        const desc = (req.query.get("order_by") ?? "id").startsWith("-");
        const matching = all
          .filter((r) => !gte || Date.parse(r.run_after) >= Date.parse(gte))
          .sort((a, b) => (desc ? -1 : 1) * a.run_after.localeCompare(b.run_after));
        const paged = airflowPage(matching, req.query, 50);
        if ("error" in paged) return detail(400, paged.error);
        return { status: 200, body: { dag_runs: paged.page, total_entries: paged.total } };
      },
    },
    clearTaskInstancesRoute({
      pattern: /^\/api\/v2\/dags\/([^/]+)\/clearTaskInstances$/,
      dags,
      tasks,
      mayClear: (req) => !viewerTokens.has(bearer(req)),
      resetDagRunsByDefault: true,
      requeue(run) {
        Object.assign(run, { state: "queued", start_date: null, end_date: null, duration: null });
      },
      forbidden: () => detail(403, "Forbidden"),
      unknownDag,
      unknownRun: (dagId, runId) => detail(404, `Dag Run id ${runId} not found in dag ${dagId}`),
      cleared: (dagId, run, cleared) => ({ status: 200, body: { task_instances: cleared.map((t) => v2TaskInstance(dagId, run, t)), total_entries: cleared.length } }),
    }),
  ];
  const route = routeTable(routes, () => detail(404, "Not Found"));

  function handle(req: FakeRequest): FakeResponse | Promise<FakeResponse> {
    if (req.path === "/auth/token" && req.method === "POST") {
      const body = (req.body ?? {}) as { username?: string; password?: string };
      const matches = (user: { username: string; password: string } | undefined) => user !== undefined && body.username === user.username && body.password === user.password;
      if (!matches(credentials) && !matches(options.viewer)) return detail(401, "Invalid credentials");
      issued += 1;
      const token = `eyJhbGciOiJIUzUxMiJ9.${issued}.sig`;
      tokens.set(token, "valid");
      if (!matches(credentials)) viewerTokens.add(token);
      return { status: 201, body: { access_token: token } };
    }
    if (req.path === "/api/v2/version") return { status: 200, body: { version: "3.1.8", git_version: null } };
    if (!req.path.startsWith("/api/v2/")) return detail(404, "Not Found");
    const header = req.headers.authorization;
    if (!header?.startsWith("Bearer ")) return detail(401, "Not authenticated");
    const state = tokens.get(bearer(req));
    if (state === undefined) return detail(403, "Invalid JWT token");
    if (state === "expired") return detail(401, "Token Expired");
    return route(req);
  }

  const server = await startConformingFake("v2", handle, (status, title, text) => detail(status, text ?? title));
  return Object.assign(server, {
    dags,
    dagInfo,
    tasks,
    routes,
    tokensIssued: () => issued,
    expireTokens() {
      for (const token of tokens.keys()) tokens.set(token, "expired");
    },
    rotateKey() {
      tokens.clear();
    },
  });
}
