import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../main/cli";
import { capturedIo } from "../../fakes/captured-io";
import { startFakeAirflowV1, v1Dag, v1Run, type FakeAirflowV1 } from "../../fakes/fake-airflow-v1";
import { sparkApp, sparkAttempt, startFakeSparkHistory, type FakeSparkHistory } from "../../fakes/fake-spark-history";
import { embeddedFiles, writeWorkspace } from "../../fakes/workspace-files";

/** The embedded workspace's five pipelines with their workspace schedules (cron, UTC). */
const SCHEDULES: Record<string, string> = {
  aggregate_profit: "0 6 * * *",
  aggregate_growth: "0 7 * * *",
  daily_growth: "0 */6 * * *",
  aggregate_engagement: "0 8 * * *",
};

let airflow: FakeAirflowV1;
let spark: FakeSparkHistory;
let dir: string;
const env = { AIRFLOW_PASSWORD: "s3cret" };

beforeAll(async () => {
  airflow = await startFakeAirflowV1({ credentials: { username: "oncall", password: "s3cret" } });
  spark = await startFakeSparkHistory();
  const files = await embeddedFiles();
  // unit_profit on Spark; the other four on Airflow 2.
  const yaml = files
    .workspaceYaml!.replace(
      "- { id: demo, kind: demo }",
      `- { id: prod, kind: airflow, url: "${airflow.url}", api: v1, auth: { kind: basic, username: oncall, password_env: AIRFLOW_PASSWORD } }\n  - { id: spark, kind: spark-history, url: "${spark.url}" }`,
    )
    .replace("source: { id: demo, dag_id: unit_profit }", "source: { id: spark, app_name: unit_profit }")
    .replaceAll("source: { id: demo,", "source: { id: prod,");
  dir = await writeWorkspace({ ...files, workspaceYaml: yaml });
});

afterAll(async () => {
  await Promise.all([airflow.close(), spark.close()]);
});

/** Every DAG present with the workspace's schedule, and a recent unit_profit application on Spark. */
function allMatching(): void {
  const day = new Date(Date.now() - 86_400_000);
  for (const [dagId, schedule] of Object.entries(SCHEDULES)) {
    airflow.dags.set(dagId, [v1Run(dagId, new Date(day.getTime() - 86_400_000), day, "success", day, day)]);
    airflow.dagInfo.set(dagId, v1Dag(dagId, { schedule }));
  }
  spark.apps.length = 0;
  spark.apps.push(sparkApp("app-1", "unit_profit", [sparkAttempt(day, new Date(day.getTime() + 600_000))]));
}

async function check(args: string[] = [], secrets: Record<string, string> = env) {
  const io = capturedIo(secrets);
  const code = await runCli(["check-sources", "--workspace", dir, ...args], io);
  return { code, io };
}

describe("oncall-desk check-sources", () => {
  it("exits 0 when every pipeline matches its source; a paused DAG is reported, not a failure", async () => {
    allMatching();
    airflow.dagInfo.set("aggregate_growth", v1Dag("aggregate_growth", { schedule: "0 7 * * *", paused: true }));
    const { code, io } = await check();
    expect(code).toBe(0);
    const out = io.stdout();
    expect(out).toMatch(/^ {2}ok\s+aggregate_profit\s+prod\s+DAG aggregate_profit runs "0 6 \* \* \*" as the workspace says$/m);
    expect(out).toMatch(/^\s+DAG aggregate_growth is paused in Airflow: the scheduler starts no new runs$/m);
    expect(out).toMatch(/^ {2}ok\s+unit_profit\s+spark$/m);
    expect(out).toContain("Every pipeline matches its source.");
    expect(io.stderr()).toBe("");
  });

  it("exits 1 on drift or a DAG / application not found, and says which in --json", async () => {
    allMatching();
    airflow.dagInfo.set("daily_growth", v1Dag("daily_growth", { schedule: "0 */4 * * *" }));
    airflow.dags.delete("aggregate_engagement");
    spark.apps.length = 0;
    const { code, io } = await check(["--json"]);
    expect(code).toBe(1);
    const byId = Object.fromEntries((JSON.parse(io.stdout()).pipelines as { pipelineId: string }[]).map((c) => [c.pipelineId, c]));
    expect(byId.daily_growth).toEqual({
      pipelineId: "daily_growth",
      sourceId: "prod",
      result: "drift",
      notes: ['Airflow runs DAG daily_growth on "0 */4 * * *" (Cron "0 */4 * * *"), but the workspace expects "0 */6 * * *"'],
    });
    expect(byId.aggregate_engagement).toMatchObject({ result: "not-found", notes: ["DAG aggregate_engagement not found on source prod"] });
    expect(byId.unit_profit).toMatchObject({ result: "not-found", notes: ["no application named unit_profit on source spark in the last 31 days"] });
    expect(byId.aggregate_profit).toMatchObject({ result: "ok" });
  });

  it("exits 3 when a source cannot be read and nothing differs", async () => {
    allMatching();
    const { code, io } = await check([], { AIRFLOW_PASSWORD: "wrong" });
    expect(code).toBe(3);
    expect(io.stdout()).toMatch(/^ {2}unreadable\s+aggregate_profit\s+prod\s+authentication failed for source prod \(HTTP 401: Unauthorized\)$/m);
    expect(io.stdout()).toContain("Some sources could not be read.");
  });

  it("exits 0 on the demo workspace: simulated data has nothing to compare", async () => {
    const io = capturedIo();
    expect(await runCli(["check-sources"], io)).toBe(0);
    expect(io.stdout().match(/^ {2}simulated /gm)).toHaveLength(5);
  });

  it("exits 1 with the problems for an invalid workspace, and 2 for a usage mistake", async () => {
    const files = await embeddedFiles();
    const bad = await writeWorkspace({ ...files, workspaceYaml: files.workspaceYaml!.replace("sla: 2h", "sla: soon") });
    const invalid = capturedIo();
    expect(await runCli(["check-sources", "--workspace", bad], invalid)).toBe(1);
    expect(invalid.stdout()).toMatch(/workspace\.yaml:\d+:\d+: pipelines\[\d\]\.sla: invalid duration/);
    const usage = capturedIo();
    expect(await runCli(["check-sources", "--bogus"], usage)).toBe(2);
    expect(usage.stderr()).toContain("Usage: oncall-desk check-sources");
  });
});
