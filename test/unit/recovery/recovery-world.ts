/**
 * A workspace whose pipelines read fake servers that speak the real APIs, for the recovery tests:
 * aggregate_profit on Airflow 2 (API v1), aggregate_growth on Airflow 3 (API v2), unit_profit on a
 * Spark History Server. The newest interval of each Airflow DAG has a failed run with failed tasks.
 */
import { startFakeAirflowV1, v1Run, type FakeAirflowV1 } from "../../fakes/fake-airflow-v1";
import { startFakeAirflowV2, v2Run, type FakeAirflowV2 } from "../../fakes/fake-airflow-v2";
import { setTasks, taskInstance } from "../../fakes/fake-airflow-tasks";
import { sparkApp, sparkAttempt, startFakeSparkHistory, type FakeSparkHistory } from "../../fakes/fake-spark-history";
import { embeddedFiles, writeWorkspace } from "../../fakes/workspace-files";

/** The accounts of the fakes: `oncall` may clear, `viewer` may only read. */
export const ONCALL = { username: "oncall", password: "pw-oncall" };
export const VIEWER = { username: "viewer", password: "pw-viewer" };
/** The environment the sources' `password_env` names. */
export const RECOVERY_ENV = { AIRFLOW2_PASSWORD: ONCALL.password, AIRFLOW3_PASSWORD: ONCALL.password, VIEWER_PASSWORD: VIEWER.password };

/** The fakes and the workspace folder reading them. */
export interface RecoveryWorld {
  v1: FakeAirflowV1;
  v2: FakeAirflowV2;
  spark: FakeSparkHistory;
  /** The workspace folder, its Airflow sources signing in as `oncall`. */
  workspaceDir: string;
  /** Writes another copy of the workspace whose Airflow sources sign in as `viewer` (who may not clear). */
  viewerWorkspace(): Promise<string>;
  /** The failed run of each DAG (scheduled for the interval ending `intervalEnd`). */
  runs: { profit: string; growth: string };
  /** The interval the runs are for, as alerts name it. */
  intervalEnd: { profit: string; growth: string; unitProfit: string };
  close(): Promise<void>;
}

/** Starts the fakes with runs on the UTC day of `now` (after 08:00 UTC for the app's status to see them failed) and writes the workspace reading them. */
export async function startRecoveryWorld(now: Date): Promise<RecoveryWorld> {
  const v1 = await startFakeAirflowV1({ credentials: ONCALL, viewer: VIEWER });
  const v2 = await startFakeAirflowV2(ONCALL, { viewer: VIEWER });
  const spark = await startFakeSparkHistory();
  const day = (hour: number, offsetDays = 0) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offsetDays, hour));
  const after = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);
  // aggregate_profit, daily at 06:00: yesterday's interval delivered, today's failed.
  const profitEnd = day(6);
  const profitRun = v1Run("aggregate_profit", day(6, -1), profitEnd, "failed", after(profitEnd, 5), after(profitEnd, 25));
  v1.dags.set("aggregate_profit", [v1Run("aggregate_profit", day(6, -2), day(6, -1), "success", after(day(6, -1), 5), after(day(6, -1), 40)), profitRun]);
  setTasks(v1.tasks, "aggregate_profit", profitRun.dag_run_id, [taskInstance("extract", "success"), taskInstance("load_finance", "failed"), taskInstance("aggregate", "upstream_failed")]);
  // aggregate_growth, daily at 07:00 on Airflow 3: today's run failed in one instance of a mapped task.
  const growthEnd = day(7);
  const growthRun = v2Run("aggregate_growth", growthEnd, "failed", after(growthEnd, 2), after(growthEnd, 30));
  v2.dags.set("aggregate_growth", [v2Run("aggregate_growth", day(7, -1), "success", after(day(7, -1), 2), after(day(7, -1), 40)), growthRun]);
  setTasks(v2.tasks, "aggregate_growth", growthRun.dag_run_id, [taskInstance("extract", "success"), taskInstance("load", "failed", 3), taskInstance("load", "success", 4), taskInstance("publish", "upstream_failed")]);
  // unit_profit, every 4 hours on Spark: the 04:00 application's first attempt died, the second runs.
  const tick = day(4);
  spark.apps.push(sparkApp("application_1717_0042", "unit_profit", [sparkAttempt(after(tick, 1), after(tick, 9), "1"), sparkAttempt(after(tick, 12), null, "2")]));

  const files = await embeddedFiles();
  const workspace = (viewer: boolean) => {
    const auth = (variable: string) =>
      viewer ? `auth: { kind: basic, username: ${VIEWER.username}, password_env: VIEWER_PASSWORD }` : `auth: { kind: basic, username: ${ONCALL.username}, password_env: ${variable} }`;
    const yaml = files
      .workspaceYaml!.replace(
        "- { id: demo, kind: demo }",
        [
          "- { id: demo, kind: demo }",
          `  - { id: af2, kind: airflow, url: "${v1.url}", api: v1, timeout: 2s, ${auth("AIRFLOW2_PASSWORD")} }`,
          `  - { id: af3, kind: airflow, url: "${v2.url}", api: v2, timeout: 2s, ${auth("AIRFLOW3_PASSWORD")} }`,
          `  - { id: spark, kind: spark-history, url: "${spark.url}" }`,
        ].join("\n"),
      )
      .replace("source: { id: demo, dag_id: aggregate_profit }", "source: { id: af2, dag_id: aggregate_profit }")
      .replace("source: { id: demo, dag_id: aggregate_growth }", "source: { id: af3, dag_id: aggregate_growth }")
      .replace("source: { id: demo, dag_id: unit_profit }", "source: { id: spark, app_name: unit_profit }");
    return writeWorkspace({ ...files, workspaceYaml: yaml });
  };
  return {
    v1,
    v2,
    spark,
    workspaceDir: await workspace(false),
    viewerWorkspace: () => workspace(true),
    runs: { profit: profitRun.dag_run_id, growth: growthRun.dag_run_id },
    intervalEnd: { profit: profitEnd.toISOString(), growth: growthEnd.toISOString(), unitProfit: tick.toISOString() },
    async close() {
      await Promise.all([v1.close(), v2.close(), spark.close()]);
    },
  };
}
