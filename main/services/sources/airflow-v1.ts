/** Airflow 2.x stable REST API v1: basic auth, the DAG (pause, schedule), then its runs by `order_by=-execution_date`. */
import type { SourceConfig } from "../../../shared/domain/workspace-schema";
import { v1DagDefinition } from "./airflow-dag";
import { PAGE_LIMIT, dagIdOf, readDagRuns, rethrowUnknownDag } from "./airflow-dag-runs";
import { authorizationHeader, type SecretEnv } from "./http/credentials";
import type { JsonClient } from "./http/json-client";
import type { PipelineSource } from "./pipeline-source";
import { HISTORY_MS, readEach } from "./read-each";
import { pipelineSchedule } from "./schedule-tick";

/** An airflow source with `api: v1`. */
export type AirflowConfig = Extract<SourceConfig, { kind: "airflow" }>;

/** A v1 source reading through `client` (see createSource). */
export function createAirflowV1Source(config: AirflowConfig, client: JsonClient, env: SecretEnv): PipelineSource {
  const sourceId = config.id;
  return {
    id: sourceId,
    kind: "airflow",
    read(pipelines, ctx) {
      const cutoff = new Date(ctx.now.getTime() - HISTORY_MS);
      return readEach(sourceId, pipelines, ctx, async (pipeline) => {
        const dagId = dagIdOf(sourceId, pipeline);
        const schedule = pipelineSchedule(sourceId, pipeline);
        const authorization = authorizationHeader(sourceId, config.auth, env);
        const dagPath = `api/v1/dags/${encodeURIComponent(dagId)}`;
        // The DAG first: v1 answers an unknown DAG's runs with 200 and an empty list, only this endpoint says 404.
        const dag = await client.request({ path: dagPath, authorization }, ctx).catch((error: unknown) => rethrowUnknownDag(sourceId, dagId, error));
        const { total: _total, ...read } = await readDagRuns(
          sourceId,
          pipeline.id,
          schedule,
          {
            fetchPage: (offset) =>
              client.request(
                { path: `${dagPath}/dagRuns`, query: { order_by: "-execution_date", limit: PAGE_LIMIT, offset, execution_date_gte: cutoff.toISOString() }, authorization },
                ctx,
              ),
            // Airflow 2 dates a run by its logical date: the trigger time of a manual run.
            runAfter: (run) => (run.logical_date ? { field: "logical_date", value: run.logical_date } : { field: "execution_date", value: run.execution_date }),
            sortKey: (run) => run.execution_date ?? run.logical_date,
          },
          cutoff,
        );
        return { ...read, definition: v1DagDefinition(sourceId, dagId, dag) };
      });
    },
  };
}
