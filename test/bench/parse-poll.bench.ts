/**
 * Issue 3's budget: parsing one poll of five sources in under 5 ms of CPU. Each source answers with
 * a realistic 100-run payload (Airflow v1 ×2, Airflow v2, Spark History, http-json) through an
 * injected fetch, so the figure covers everything our code does (response body, JSON.parse, schema
 * validation, normalisation, Spark's cron tick lookup, sorting) and nothing of the network.
 * Measured 2026-11-25 on the shared 2-core box under load 5–6: mean 6.1 ms wall, min 2.3 ms
 * (vitest bench); 4.3–5.2 ms of process CPU per poll (process.cpuUsage over 300 polls), of which
 * 1.8 ms is the floor of Response.text + JSON.parse of the 216 KB of payloads.
 */
import { bench, describe } from "vitest";
import { createSource } from "../../main/services/sources/create-source";
import type { PipelineSource } from "../../main/services/sources/pipeline-source";
import type { Pipeline, SourceConfig } from "../../shared/domain/workspace-schema";
import { v1Run } from "../fakes/fake-airflow-v1";
import { v2Run } from "../fakes/fake-airflow-v2";
import { sparkApp, sparkAttempt } from "../fakes/fake-spark-history";
import { makePipeline } from "../fakes/make-pipeline";

const NOW = new Date("2024-06-03T12:00:00Z");
const HOUR = 3_600_000;
const RUNS = 100;
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * HOUR);
const state = (i: number) => (i === 0 ? "running" : i % 17 === 0 ? "failed" : "success");

const v1Body = (dag: string): string =>
  JSON.stringify({
    dag_runs: Array.from({ length: RUNS }, (_, i) => {
      const run = v1Run(dag, hoursAgo(i + 1), hoursAgo(i), state(i), hoursAgo(i - 0.1), i === 0 ? null : hoursAgo(i - 0.5));
      return { ...run, conf: { partition: `p=${i}`, retries: 2 }, note: i % 10 === 0 ? "rerun after upstream delay" : null };
    }),
    total_entries: RUNS,
  });
const v2Body = JSON.stringify({
  dag_runs: Array.from({ length: RUNS }, (_, i) => v2Run("growth", hoursAgo(i * 4), state(i), hoursAgo(i * 4 - 0.1), i === 0 ? null : hoursAgo(i * 4 - 1))),
  total_entries: RUNS,
});
const sparkBody = JSON.stringify(
  Array.from({ length: RUNS }, (_, i) => {
    const start = hoursAgo(i * 4 - 0.05);
    return sparkApp(`application_1717400000000_${String(1000 - i).padStart(4, "0")}`, "unit_profit", [sparkAttempt(start, new Date(start.getTime() + 0.7 * HOUR))]);
  }),
);
const httpJsonBody = JSON.stringify({
  data: {
    runs: Array.from({ length: RUNS }, (_, i) => ({
      run_id: 5000 - i,
      job: "churn",
      status: { name: i === 0 ? "RUNNING" : i % 17 === 0 ? "ERROR" : "OK" },
      started_at: hoursAgo(i - 0.1).toISOString(),
      finished_at: i === 0 ? null : hoursAgo(i - 0.6).toISOString(),
      partition_end: hoursAgo(i).toISOString(),
      rows: 120_000 + i,
    })),
  },
});

const v1Bodies = { orders: v1Body("orders"), clicks: v1Body("clicks") };

/** Answers by URL, as the servers would; a fresh Response each time because a body is read once. */
const fakeFetch: typeof fetch = async (input) => {
  const url = new URL(String(input));
  const json = (text: string, status = 200) => new Response(text, { status, headers: { "content-type": "application/json" } });
  if (url.pathname === "/auth/token") return json('{"access_token":"jwt"}', 201);
  if (url.pathname.includes("/api/v1/dags/")) return json(url.pathname.includes("orders") ? v1Bodies.orders : v1Bodies.clicks);
  if (url.pathname.includes("/api/v2/")) return json(v2Body);
  if (url.pathname === "/api/v1/applications") return json(url.searchParams.get("status") === "running" ? "[]" : sparkBody);
  return json(httpJsonBody);
};

const configs: SourceConfig[] = [
  { id: "af2", kind: "airflow", api: "v1", url: "http://af2.test" },
  { id: "af2b", kind: "airflow", api: "v1", url: "http://af2b.test" },
  { id: "af3", kind: "airflow", api: "v2", url: "http://af3.test", auth: { kind: "basic", username: "u", password_env: "P" } },
  { id: "spark", kind: "spark-history", url: "http://spark.test" },
  {
    id: "home",
    kind: "http-json",
    url: "http://home.test/runs",
    mapping: { runs: "data.runs", pipeline: "job", id: "run_id", state: "status.name", start: "started_at", end: "finished_at", interval_end: "partition_end", states: { success: ["OK"], failed: ["ERROR"], running: ["RUNNING"], queued: [] } },
  },
];
const pipelinesOf: Record<string, Pipeline[]> = {
  af2: [makePipeline("clicks", { id: "af2", dag_id: "clicks" }, "0 * * * *")],
  af2b: [makePipeline("orders", { id: "af2b", dag_id: "orders" }, "0 * * * *")],
  af3: [makePipeline("growth", { id: "af3", dag_id: "growth" }, "0 */4 * * *")],
  spark: [makePipeline("unit_profit", { id: "spark", app_name: "unit_profit" }, "0 */4 * * *")],
  home: [makePipeline("churn", { id: "home", key: "churn" }, "0 * * * *")],
};
const sources: PipelineSource[] = configs.map((c) => createSource(c, { env: { P: "p" }, fetch: fakeFetch }));

async function pollAll(): Promise<void> {
  const ctx = { now: NOW, signal: new AbortController().signal };
  const readings = (await Promise.all(sources.map((s) => s.read(pipelinesOf[s.id]!, ctx)))).flat();
  const runs = readings.reduce((n, r) => n + (r.ok ? r.runs.length : Number.NaN), 0);
  if (runs !== 5 * RUNS) throw new Error(`expected ${5 * RUNS} runs, got ${runs}: ${JSON.stringify(readings.find((r) => !r.ok))}`);
}

describe("parse one poll", () => {
  bench("five sources × 100 runs", pollAll, { warmupIterations: 20, iterations: 200 });
});
