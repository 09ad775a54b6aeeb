/**
 * `POST /api/v1|v2/dags/{dag_id}/clearTaskInstances` for one run's failed tasks, through the same
 * client, auth (basic for v1, the token session for v2), timeout and failure classification as the
 * source's reads. Only fields both specs have are sent (v2 answers unknown ones with 422, v1 with
 * 400). `reset_dag_runs` is sent as true: Airflow 3 defaults to it, but Airflow 2's form defaults to
 * false, which would leave the failed run failed and its cleared tasks never scheduled.
 */
import { z } from "zod";
import type { ClearedTask } from "../../../shared/domain/incidents/recovery";
import { createAirflowTokenSession } from "../sources/airflow-token-session";
import type { AirflowConfig } from "../sources/airflow-v1";
import { sourceClient } from "../sources/create-source";
import { authorizationHeader, type SecretEnv } from "../sources/http/credentials";
import { parseBody } from "../sources/parse-body";
import type { ReadContext } from "../sources/pipeline-source";

/** The run whose failed tasks are cleared. */
export interface ClearTarget {
  config: AirflowConfig;
  dagId: string;
  runId: string;
}

/** What a clear needs from outside: secrets and, in tests, a fetch. */
export interface ClearDeps {
  env: SecretEnv;
  fetch?: typeof fetch;
}

/** v1 TaskInstanceReferenceCollection: references without state or map index. */
const v1AnswerSchema = z.object({ task_instances: z.array(z.object({ task_id: z.string() })).default([]) });
/** v2 TaskInstanceCollectionResponse: full task instances. */
const v2AnswerSchema = z.object({ task_instances: z.array(z.object({ task_id: z.string(), map_index: z.number().int(), state: z.string().nullish() })) });

/** The request body: ClearTaskInstances (v1) and ClearTaskInstancesBody (v2) both have exactly these fields. */
function clearBody(runId: string, dryRun: boolean) {
  return { dry_run: dryRun, only_failed: true, dag_run_id: runId, reset_dag_runs: true };
}

/** Clears (or, with `dryRun`, lists) the failed task instances of the run; rejects with a SourceFailure. */
export async function requestClear(target: ClearTarget, dryRun: boolean, deps: ClearDeps, ctx: ReadContext): Promise<ClearedTask[]> {
  const { config, dagId, runId } = target;
  const client = sourceClient(config, deps.fetch);
  const request = { path: `api/${config.api}/dags/${encodeURIComponent(dagId)}/clearTaskInstances`, method: "POST" as const, body: clearBody(runId, dryRun) };
  if (config.api === "v1") {
    const body = await client.request({ ...request, authorization: authorizationHeader(config.id, config.auth, deps.env) }, ctx);
    return parseBody(config.id, "clearTaskInstances answer", v1AnswerSchema, body).task_instances.map((t) => ({ taskId: t.task_id, mapIndex: null, state: null }));
  }
  const session = createAirflowTokenSession(config.id, client, config.auth, deps.env);
  const body = await session.request(request, ctx);
  return parseBody(config.id, "clearTaskInstances answer", v2AnswerSchema, body).task_instances.map((t) => ({ taskId: t.task_id, mapIndex: t.map_index, state: t.state ?? null }));
}
