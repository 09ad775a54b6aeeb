/**
 * A fake Airflow 2.x stable REST API v1: basic auth, problem+json errors, clamped paging, 200-empty for
 * unknown DAGs, the DAG endpoint (pause, schedule), clearing a run's task instances (403 for a
 * viewer). Every answer and request body is checked against Airflow 2.10's published spec
 * (airflow-openapi.ts); a violation makes close() fail.
 */
import { ERRORS_DOC, startConformingFake } from "./airflow-openapi";
import { clearTaskInstancesRoute, type TaskBook } from "./fake-airflow-tasks";
import { airflowPage, type FakeResponse, type FakeServer } from "./fake-http-server";
import { routeTable, type FakeRoute } from "./fake-routes";

/** A DAGRun exactly as Airflow 2 serialises it (times with +00:00, extra fields clients must ignore). */
export interface V1DagRun {
  dag_run_id: string;
  dag_id: string;
  logical_date: string;
  execution_date: string;
  start_date: string | null;
  end_date: string | null;
  data_interval_start: string | null;
  data_interval_end: string | null;
  last_scheduling_decision: string | null;
  run_type: "backfill" | "manual" | "scheduled" | "dataset_triggered";
  state: "queued" | "running" | "success" | "failed";
  external_trigger: boolean;
  conf: Record<string, unknown>;
  note: string | null;
}

/** A DAG as `GET /api/v1/dags/{dag_id}` serialises it. */
export interface V1Dag {
  dag_id: string;
  dag_display_name: string;
  root_dag_id: string | null;
  is_paused: boolean | null;
  is_active: boolean | null;
  is_subdag: boolean;
  last_parsed_time: string | null;
  last_pickled: string | null;
  last_expired: string | null;
  scheduler_lock: boolean | null;
  pickle_id: string | null;
  default_view: string | null;
  fileloc: string;
  file_token: string;
  owners: string[];
  description: string | null;
  schedule_interval: { __type: "CronExpression"; value: string } | { __type: "TimeDelta"; days: number; seconds: number; microseconds: number } | null;
  timetable_description: string | null;
  tags: { name: string }[] | null;
  max_active_tasks: number | null;
  max_active_runs: number | null;
  max_consecutive_failed_dag_runs: number | null;
  has_task_concurrency_limits: boolean | null;
  has_import_errors: boolean | null;
  next_dagrun: string | null;
  next_dagrun_data_interval_start: string | null;
  next_dagrun_data_interval_end: string | null;
  next_dagrun_create_after: string | null;
}

/** Airflow 2's time format. */
export const v1Time = (d: Date): string => d.toISOString().replace(/(\.000)?Z$/, "+00:00");

/** A scheduled run for the interval [intervalStart, intervalEnd); start/end null until it runs. */
export function v1Run(dagId: string, intervalStart: Date, intervalEnd: Date, state: V1DagRun["state"], start: Date | null, end: Date | null): V1DagRun {
  return {
    dag_run_id: `scheduled__${v1Time(intervalStart)}`,
    dag_id: dagId,
    logical_date: v1Time(intervalStart),
    execution_date: v1Time(intervalStart),
    start_date: start && v1Time(start),
    end_date: end && v1Time(end),
    data_interval_start: v1Time(intervalStart),
    data_interval_end: v1Time(intervalEnd),
    last_scheduling_decision: end && v1Time(end),
    run_type: "scheduled",
    state,
    external_trigger: false,
    conf: {},
    note: null,
  };
}

/**
 * A run triggered by hand at `triggeredAt` (UI, CLI, REST): Airflow 2 dates it by the trigger time and
 * infers the data interval of the newest complete period, here [interval[0], interval[1]).
 */
export function v1ManualRun(dagId: string, triggeredAt: Date, interval: [Date, Date], state: V1DagRun["state"], start: Date | null, end: Date | null): V1DagRun {
  return {
    ...v1Run(dagId, interval[0], interval[1], state, start, end),
    dag_run_id: `manual__${v1Time(triggeredAt)}`,
    logical_date: v1Time(triggeredAt),
    execution_date: v1Time(triggeredAt),
    run_type: "manual",
    external_trigger: true,
  };
}

/** A run of `airflow dags backfill` for the old interval [intervalStart, intervalEnd). */
export function v1BackfillRun(dagId: string, intervalStart: Date, intervalEnd: Date, state: V1DagRun["state"], start: Date | null, end: Date | null): V1DagRun {
  return { ...v1Run(dagId, intervalStart, intervalEnd, state, start, end), dag_run_id: `backfill__${v1Time(intervalStart)}`, run_type: "backfill" };
}

/** What a DAG serialises alike in v1 and v2: no tags, Airflow's default limits, no import errors. */
export const DAG_LIMITS = {
  tags: [] as never[],
  max_active_tasks: 16,
  max_active_runs: 16,
  max_consecutive_failed_dag_runs: 0,
  has_task_concurrency_limits: false,
  has_import_errors: false,
};

/** The DAG `dagId`: not paused, on `schedule` (a cron expression) unless told otherwise. */
export function v1Dag(dagId: string, options: { paused?: boolean; schedule?: string | null } = {}): V1Dag {
  const schedule = options.schedule === undefined ? "0 6 * * *" : options.schedule;
  return {
    dag_id: dagId,
    dag_display_name: dagId,
    root_dag_id: null,
    is_paused: options.paused ?? false,
    is_active: true,
    is_subdag: false,
    last_parsed_time: "2024-06-03T11:58:12.014561+00:00",
    last_pickled: null,
    last_expired: null,
    scheduler_lock: null,
    pickle_id: null,
    default_view: "grid",
    fileloc: `/opt/airflow/dags/${dagId}.py`,
    file_token: "Ii9vcHQvYWlyZmxvdy9kYWdzL2RhZy5weSI.fake",
    owners: ["airflow"],
    description: null,
    schedule_interval: schedule === null ? null : { __type: "CronExpression", value: schedule },
    timetable_description: schedule === null ? "Never, external triggers only" : `Cron "${schedule}"`,
    ...DAG_LIMITS,
    next_dagrun: null,
    next_dagrun_data_interval_start: null,
    next_dagrun_data_interval_end: null,
    next_dagrun_create_after: null,
  };
}

function problem(status: number, title: string, detail?: string, kind = "Unknown"): FakeResponse {
  return { status, contentType: "application/problem+json", body: { detail: detail ?? null, status, title, type: `${ERRORS_DOC}/${kind}` } };
}

const basicHeader = (user: { username: string; password: string }) => `Basic ${Buffer.from(`${user.username}:${user.password}`).toString("base64")}`;

/** The fake and what it serves (mutable by tests). */
export interface FakeAirflowV1 extends FakeServer {
  /** Runs by DAG id; a DAG exists when it has an entry here (an empty list: no runs yet). */
  dags: Map<string, V1DagRun[]>;
  /** What `GET /dags/{id}` says of a DAG that exists; `v1Dag(id)` when not set. */
  dagInfo: Map<string, V1Dag>;
  /** Task instances by DAG and run id: what clearTaskInstances lists and resets (setTasks fills it). */
  tasks: TaskBook;
  /** The endpoints after /health and auth; push a route to add one (it is checked against the spec like the rest). */
  routes: FakeRoute[];
  /** Answers that did not conform to the spec so far (close() fails while any remain). */
  violations: string[];
}

/**
 * Starts the fake; with `credentials`, every API call but /health needs that basic auth (or the
 * `viewer`'s, a role that may read but not edit: clearing answers it 403); `maxPageLimit` is
 * `[api] maximum_page_limit`.
 */
export async function startFakeAirflowV1(
  options: { credentials?: { username: string; password: string }; viewer?: { username: string; password: string }; maxPageLimit?: number } = {},
): Promise<FakeAirflowV1> {
  const dags = new Map<string, V1DagRun[]>();
  const dagInfo = new Map<string, V1Dag>();
  const tasks: TaskBook = new Map();
  const expected = options.credentials && basicHeader(options.credentials);
  const viewer = options.viewer && basicHeader(options.viewer);
  const notFound = () => problem(404, "Not Found", "The requested URL was not found on the server.", "NotFound");

  const routes: FakeRoute[] = [
    {
      method: "GET",
      pattern: /^\/api\/v1\/dags\/([^/]+)$/,
      handle: (_req, [dagId]) =>
        dags.has(dagId!) ? { status: 200, body: dagInfo.get(dagId!) ?? v1Dag(dagId!) } : problem(404, "DAG not found", `DAG with dag_id: '${dagId}' not found`, "NotFound"),
    },
    {
      method: "GET",
      pattern: /^\/api\/v1\/dags\/([^/]+)\/dagRuns$/,
      handle(req, [dagId]) {
        const orderBy = req.query.get("order_by") ?? "id";
        if (!/^-?(execution_date|start_date|end_date|dag_run_id|id|state)$/.test(orderBy)) {
          return problem(400, "Ordering with 'logical_date' is disallowed or the attribute does not exist on the model", undefined, "BadRequest");
        }
        const gte = req.query.get("execution_date_gte");
        const field = orderBy.replace(/^-/, "") === "id" ? "execution_date" : (orderBy.replace(/^-/, "") as "execution_date");
        const sign = orderBy.startsWith("-") ? -1 : 1;
        const matching = (dags.get(dagId!) ?? [])
          .filter((r) => !gte || Date.parse(r.execution_date) >= Date.parse(gte))
          .sort((a, b) => sign * String(a[field]).localeCompare(String(b[field])));
        const paged = airflowPage(matching, req.query, 100, options.maxPageLimit);
        if ("error" in paged) return problem(400, "Bad Request", paged.error, "BadRequest");
        return { status: 200, body: { dag_runs: paged.page, total_entries: paged.total } };
      },
    },
    clearTaskInstancesRoute({
      pattern: /^\/api\/v1\/dags\/([^/]+)\/clearTaskInstances$/,
      dags,
      tasks,
      mayClear: (req) => viewer === undefined || req.headers.authorization !== viewer,
      resetDagRunsByDefault: false,
      requeue(run) {
        Object.assign(run, { state: "queued", start_date: null, end_date: null, last_scheduling_decision: null });
      },
      forbidden: () => problem(403, "Forbidden", undefined, "PermissionDenied"),
      // Airflow 2 raises NotFound(message): the message is the problem's title.
      unknownDag: (dagId) => problem(404, `Dag id ${dagId} not found`, undefined, "NotFound"),
      unknownRun: (dagId, runId) => problem(404, `Dag Run id ${runId} not found in dag ${dagId}`, undefined, "NotFound"),
      cleared: (dagId, run, cleared) => ({
        status: 200,
        body: { task_instances: cleared.map((t) => ({ task_id: t.task_id, dag_id: dagId, execution_date: run.execution_date, dag_run_id: run.dag_run_id })) },
      }),
    }),
  ];
  const route = routeTable(routes, notFound);
  const server = await startConformingFake(
    "v1",
    (req) => {
      if (req.path === "/api/v1/health") return { status: 200, body: { metadatabase: { status: "healthy" }, scheduler: { status: "healthy", latest_scheduler_heartbeat: null } } };
      if (expected && req.headers.authorization !== expected && (viewer === undefined || req.headers.authorization !== viewer)) {
        return { ...problem(401, "Unauthorized", undefined, "Unauthenticated"), headers: { "www-authenticate": "Basic" } };
      }
      return route(req);
    },
    (status, title, detail) => problem(status, title, detail),
  );
  return Object.assign(server, { dags, dagInfo, tasks, routes });
}
