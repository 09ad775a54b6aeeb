/** Airflow 3.x public API v2: JWT from `/auth/token`, the DAG (pause, timetable), then its runs by `order_by=-run_after`. */
import { v2DagDefinition } from "./airflow-dag";
import { PAGE_LIMIT, dagIdOf, readDagRuns, rethrowUnknownDag } from "./airflow-dag-runs";
import { createAirflowTokenSession } from "./airflow-token-session";
import type { AirflowConfig } from "./airflow-v1";
import type { SecretEnv } from "./http/credentials";
import type { JsonClient } from "./http/json-client";
import type { PipelineSource } from "./pipeline-source";
import { HISTORY_MS, readEach } from "./read-each";
import { pipelineSchedule } from "./schedule-tick";

/** A v2 source reading through `client`; the token is cached for the life of this source. */
export function createAirflowV2Source(config: AirflowConfig, client: JsonClient, env: SecretEnv): PipelineSource {
  const sourceId = config.id;
  const session = createAirflowTokenSession(sourceId, client, config.auth, env);
  return {
    id: sourceId,
    kind: "airflow",
    read(pipelines, ctx) {
      const cutoff = new Date(ctx.now.getTime() - HISTORY_MS);
      return readEach(sourceId, pipelines, ctx, async (pipeline) => {
        const dagId = dagIdOf(sourceId, pipeline);
        const schedule = pipelineSchedule(sourceId, pipeline);
        const dagPath = `api/v2/dags/${encodeURIComponent(dagId)}`;
        try {
          const dag = await session.request({ path: dagPath }, ctx);
          const { total: _total, ...read } = await readDagRuns(
            sourceId,
            pipeline.id,
            schedule,
            {
              fetchPage: (offset) =>
                session.request({ path: `${dagPath}/dagRuns`, query: { order_by: "-run_after", limit: PAGE_LIMIT, offset, run_after_gte: cutoff.toISOString() } }, ctx),
              // Airflow 3 cron DAGs have an empty data interval at run_after; manual runs may have none at all.
              runAfter: (run) => ({ field: "run_after", value: run.run_after }),
              sortKey: (run) => run.run_after,
            },
            cutoff,
          );
          return { ...read, definition: v2DagDefinition(sourceId, dagId, dag) };
        } catch (error) {
          rethrowUnknownDag(sourceId, dagId, error);
        }
      });
    },
  };
}
