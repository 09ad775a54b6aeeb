/** Airflow 2.x stable REST API v1: basic auth, `order_by=-execution_date`, data availability = `data_interval_end`. */
import type { SourceConfig } from "../../../shared/domain/workspace-schema";
import { PAGE_LIMIT, dagIdOf, readDagRuns, rethrowUnknownDag } from "./airflow-dag-runs";
import { authorizationHeader, type SecretEnv } from "./http/credentials";
import type { JsonClient } from "./http/json-client";
import type { PipelineSource, ReadContext } from "./pipeline-source";
import { HISTORY_MS, readEach } from "./read-each";

/** An airflow source with `api: v1`. */
export type AirflowConfig = Extract<SourceConfig, { kind: "airflow" }>;

/** A v1 source reading through `client` (see createSource). */
export function createAirflowV1Source(config: AirflowConfig, client: JsonClient, env: SecretEnv): PipelineSource {
  const sourceId = config.id;

  /** v1 answers an unknown DAG with 200 and no runs; only the DAG endpoint can tell "no runs yet" from "no such DAG". */
  async function checkDagExists(dagId: string, authorization: string | undefined, ctx: ReadContext): Promise<void> {
    try {
      await client.request({ path: `api/v1/dags/${encodeURIComponent(dagId)}`, authorization }, ctx);
    } catch (error) {
      rethrowUnknownDag(sourceId, dagId, error);
    }
  }

  return {
    id: sourceId,
    kind: "airflow",
    read(pipelines, ctx) {
      const cutoff = new Date(ctx.now.getTime() - HISTORY_MS);
      return readEach(sourceId, pipelines, ctx, async (pipeline) => {
        const dagId = dagIdOf(sourceId, pipeline);
        const authorization = authorizationHeader(sourceId, config.auth, env);
        const { runs, total } = await readDagRuns(
          sourceId,
          pipeline.id,
          {
            fetchPage: (offset) =>
              client.request(
                {
                  path: `api/v1/dags/${encodeURIComponent(dagId)}/dagRuns`,
                  query: { order_by: "-execution_date", limit: PAGE_LIMIT, offset, execution_date_gte: cutoff.toISOString() },
                  authorization,
                },
                ctx,
              ),
            intervalEnd: (run) => run.data_interval_end ?? run.execution_date ?? run.logical_date,
            sortKey: (run) => run.execution_date ?? run.logical_date,
          },
          cutoff,
        );
        if (total === 0) await checkDagExists(dagId, authorization, ctx);
        return runs;
      });
    },
  };
}
