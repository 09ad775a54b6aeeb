/** Airflow 3.x public API v2: JWT from `/auth/token`, `order_by=-run_after`, data availability = `run_after`. */
import { PAGE_LIMIT, dagIdOf, readDagRuns, rethrowUnknownDag } from "./airflow-dag-runs";
import { createAirflowTokenSession } from "./airflow-token-session";
import type { AirflowConfig } from "./airflow-v1";
import type { SecretEnv } from "./http/credentials";
import type { JsonClient } from "./http/json-client";
import type { PipelineSource } from "./pipeline-source";
import { HISTORY_MS, readEach } from "./read-each";

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
        try {
          const { runs } = await readDagRuns(
            sourceId,
            pipeline.id,
            {
              fetchPage: (offset) =>
                session.request(
                  {
                    path: `api/v2/dags/${encodeURIComponent(dagId)}/dagRuns`,
                    query: { order_by: "-run_after", limit: PAGE_LIMIT, offset, run_after_gte: cutoff.toISOString() },
                  },
                  ctx,
                ),
              // Airflow 3 cron DAGs have an empty data interval and logical_date == run_after.
              intervalEnd: (run) => run.run_after,
              sortKey: (run) => run.run_after,
            },
            cutoff,
          );
          return runs;
        } catch (error) {
          rethrowUnknownDag(sourceId, dagId, error);
        }
      });
    },
  };
}
