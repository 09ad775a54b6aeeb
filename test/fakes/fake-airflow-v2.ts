/** A fake Airflow 3.x public API v2: JWT from /auth/token (201), Token Expired / Invalid JWT, 404 for unknown DAGs, `{detail}` errors. */
import { airflowPage, startFakeServer, type FakeRequest, type FakeResponse, type FakeServer } from "./fake-http-server";

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
  triggered_by: string;
  conf: Record<string, unknown>;
  note: string | null;
  dag_versions: unknown[];
  dag_display_name: string;
}

/** A scheduled run due at `runAfter` (Airflow 3 trigger timetable). */
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
    dag_versions: [{ id: "0196", version_number: 1, dag_id: dagId, bundle_name: "dags-folder" }],
    dag_display_name: dagId,
  };
}

const detail = (status: number, text: unknown): FakeResponse => ({ status, body: { detail: text } });

/** The fake, its runs, and token controls. */
export interface FakeAirflowV2 extends FakeServer {
  dags: Map<string, V2DagRun[]>;
  /** Tokens issued so far (one per successful POST /auth/token). */
  tokensIssued(): number;
  /** Makes every token issued so far expire ("Token Expired" on next use). */
  expireTokens(): void;
  /** Forgets the signing key: every token issued so far becomes "Invalid JWT token". */
  rotateKey(): void;
}

/** Starts the fake with the one user it accepts. */
export async function startFakeAirflowV2(credentials: { username: string; password: string }): Promise<FakeAirflowV2> {
  const dags = new Map<string, V2DagRun[]>();
  const tokens = new Map<string, "valid" | "expired">();
  let issued = 0;

  function handle(req: FakeRequest): FakeResponse {
    if (req.path === "/auth/token" && req.method === "POST") {
      const body = (req.body ?? {}) as { username?: string; password?: string };
      if (body.username !== credentials.username || body.password !== credentials.password) return detail(401, "Invalid credentials");
      issued += 1;
      const token = `eyJhbGciOiJIUzUxMiJ9.${issued}.sig`;
      tokens.set(token, "valid");
      return { status: 201, body: { access_token: token } };
    }
    if (req.path === "/api/v2/version") return { status: 200, body: { version: "3.1.0", git_version: null } };
    if (!req.path.startsWith("/api/v2/")) return detail(404, "Not Found");
    const header = req.headers.authorization;
    if (!header?.startsWith("Bearer ")) return detail(401, "Not authenticated");
    const state = tokens.get(header.slice("Bearer ".length));
    if (state === undefined) return detail(403, "Invalid JWT token");
    if (state === "expired") return detail(401, "Token Expired");
    const runs = /^\/api\/v2\/dags\/([^/]+)\/dagRuns$/.exec(req.path);
    if (runs) {
      const dagId = decodeURIComponent(runs[1]!);
      const all = dags.get(dagId);
      if (!all) return detail(404, `The Dag with ID: \`${dagId}\` was not found`);
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
    }
    return detail(404, "Not Found");
  }

  const server = await startFakeServer(handle, (status, title, text) => detail(status, text ?? title));
  return Object.assign(server, {
    dags,
    tokensIssued: () => issued,
    expireTokens() {
      for (const token of tokens.keys()) tokens.set(token, "expired");
    },
    rotateKey() {
      tokens.clear();
    },
  });
}
