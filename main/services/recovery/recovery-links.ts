/**
 * Links into the UIs of a pipeline's source, under the source's URL (path prefix kept, as the API
 * calls are): Airflow 2's grid view of a run (`/dags/{dag_id}/grid?dag_run_id=…`), Airflow 3's run
 * page (`/dags/{dag_id}/runs/{run_id}`, the React UI's route), and a Spark application in the
 * History Server (`/history/{appId}/`, or `/history/{appId}/{attemptId}/` for one attempt: without
 * the attempt the server shows the last one, and the incident's run is the attempt that failed).
 */
import type { AirflowConfig } from "../sources/airflow-v1";
import { buildUrl } from "../sources/http/json-client";
import type { SparkHistoryConfig } from "../sources/spark-history";

const segment = encodeURIComponent;

/** The run `runId` of DAG `dagId` in the Airflow UI of `config` (grid view on Airflow 2, the run page on Airflow 3). */
export function airflowRunUrl(config: Pick<AirflowConfig, "url" | "api">, dagId: string, runId: string): string {
  if (config.api === "v1") return buildUrl(config.url, { path: `dags/${segment(dagId)}/grid`, query: { dag_run_id: runId } }).href;
  return buildUrl(config.url, { path: `dags/${segment(dagId)}/runs/${segment(runId)}` }).href;
}

/** A Spark run id is the application id, then `/attempt` when the application had attempts (sources/spark-history.ts). */
export function sparkApplicationOf(runId: string): { appId: string; attemptId: string | null } {
  const slash = runId.indexOf("/");
  return slash < 0 ? { appId: runId, attemptId: null } : { appId: runId.slice(0, slash), attemptId: runId.slice(slash + 1) };
}

/** The run's application (its attempt, when it has one) in the History Server of `config`. */
export function sparkApplicationUrl(config: Pick<SparkHistoryConfig, "url">, runId: string): string {
  const { appId, attemptId } = sparkApplicationOf(runId);
  return buildUrl(config.url, { path: `history/${segment(appId)}/${attemptId === null ? "" : `${segment(attemptId)}/`}` }).href;
}
