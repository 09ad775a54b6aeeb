/** A fake Airflow 2.x stable REST API v1: basic auth, problem+json errors, clamped paging, 200-empty for unknown DAGs. */
import { airflowPage, startFakeServer, type FakeRequest, type FakeResponse, type FakeServer } from "./fake-http-server";

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

const ERRORS = "https://airflow.apache.org/docs/apache-airflow/stable/stable-rest-api-ref.html#section/Errors";

function problem(status: number, title: string, detail?: string, kind = "Unknown"): FakeResponse {
  return { status, contentType: "application/problem+json", body: { detail: detail ?? null, status, title, type: `${ERRORS}/${kind}` } };
}

/** The fake and the DAG runs it serves (mutable by tests). */
export interface FakeAirflowV1 extends FakeServer {
  dags: Map<string, V1DagRun[]>;
}

/** Starts the fake; with `credentials`, every API call but /health needs that basic auth; `maxPageLimit` is `[api] maximum_page_limit`. */
export async function startFakeAirflowV1(
  options: { credentials?: { username: string; password: string }; maxPageLimit?: number } = {},
): Promise<FakeAirflowV1> {
  const dags = new Map<string, V1DagRun[]>();
  const expected = options.credentials && `Basic ${Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString("base64")}`;

  function handle(req: FakeRequest): FakeResponse {
    if (req.path === "/api/v1/health") return { status: 200, body: { metadatabase: { status: "healthy" }, scheduler: { status: "healthy", latest_scheduler_heartbeat: null } } };
    if (expected && req.headers.authorization !== expected) {
      return { ...problem(401, "Unauthorized", undefined, "Unauthenticated"), headers: { "www-authenticate": "Basic" } };
    }
    const dag = /^\/api\/v1\/dags\/([^/]+)$/.exec(req.path);
    if (dag) {
      const dagId = decodeURIComponent(dag[1]!);
      return dags.has(dagId)
        ? { status: 200, body: { dag_id: dagId, is_paused: false, is_active: true, schedule_interval: { __type: "CronExpression", value: "0 6 * * *" } } }
        : problem(404, "DAG not found", `DAG with dag_id: '${dagId}' not found`, "NotFound");
    }
    const runs = /^\/api\/v1\/dags\/([^/]+)\/dagRuns$/.exec(req.path);
    if (runs) {
      const orderBy = req.query.get("order_by") ?? "id";
      if (!/^-?(execution_date|start_date|end_date|dag_run_id|id|state)$/.test(orderBy)) {
        return problem(400, "Ordering with 'logical_date' is disallowed or the attribute does not exist on the model", undefined, "BadRequest");
      }
      const gte = req.query.get("execution_date_gte");
      const field = orderBy.replace(/^-/, "") === "id" ? "execution_date" : (orderBy.replace(/^-/, "") as "execution_date");
      const sign = orderBy.startsWith("-") ? -1 : 1;
      const matching = (dags.get(decodeURIComponent(runs[1]!)) ?? [])
        .filter((r) => !gte || Date.parse(r.execution_date) >= Date.parse(gte))
        .sort((a, b) => sign * String(a[field]).localeCompare(String(b[field])));
      const paged = airflowPage(matching, req.query, 100, options.maxPageLimit);
      if ("error" in paged) return problem(400, "Bad Request", paged.error, "BadRequest");
      return { status: 200, body: { dag_runs: paged.page, total_entries: paged.total } };
    }
    return problem(404, "Not Found", "The requested URL was not found on the server.", "NotFound");
  }

  const server = await startFakeServer(handle, (status, title, detail) => problem(status, title, detail));
  return Object.assign(server, { dags });
}
