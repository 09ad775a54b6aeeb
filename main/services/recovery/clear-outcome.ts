/**
 * A clear of a run's failed tasks as an outcome for people and the timeline: what Airflow cleared
 * (or would), or plainly why not. A 403 means the account may not clear and is `refused`; anything
 * else (401, 404, 5xx, a timeout, a missing secret) is `failed` with the source's own reason.
 */
import { clearedDetail, type ClearOutcome } from "../../../shared/domain/incidents/recovery";
import type { SourceError } from "../../../shared/domain/runs";
import { toSourceError } from "../sources/http/source-failure";
import type { ReadContext } from "../sources/pipeline-source";
import { requestClear, type ClearDeps, type ClearTarget } from "./airflow-clear";

/** A 403 that is about rights, not a token Airflow 3 cannot verify (also 403, "Invalid JWT token"). */
function isForbidden(error: SourceError): boolean {
  return error.status === 403 && !/invalid jwt/i.test(error.message);
}

/** Who Airflow refused, as people know them: the account of basic auth, else the token or no credentials at all. */
function whoWasRefused(target: ClearTarget): string {
  const { config } = target;
  if (!config.auth) return `Airflow (source ${config.id}, used without credentials)`;
  if (config.auth.kind === "token") return `the Airflow token of source ${config.id}`;
  return `the Airflow account "${config.auth.username ?? "?"}" of source ${config.id}`;
}

/** Asks Airflow to clear (or list) the run's failed tasks; never throws: a failure is an outcome. */
export async function clearOutcome(target: ClearTarget, dryRun: boolean, deps: ClearDeps, ctx: ReadContext): Promise<ClearOutcome> {
  const { config, dagId, runId } = target;
  const base = { dryRun, sourceId: config.id, dagId, runId };
  const where = `DAG ${dagId} on source ${config.id}`;
  try {
    const taskInstances = await requestClear(target, dryRun, deps, ctx);
    return { ...base, outcome: "succeeded", detail: clearedDetail(dryRun, taskInstances.length, where), taskInstances };
  } catch (thrown) {
    const error = toSourceError(config.id, thrown);
    if (isForbidden(error)) {
      return { ...base, outcome: "refused", detail: `${whoWasRefused(target)} may not clear task instances of DAG ${dagId} (403 Forbidden)`, taskInstances: [] };
    }
    const what = dryRun ? `could not ask which failed tasks of run ${runId} would be cleared` : `could not clear the failed tasks of run ${runId}`;
    return { ...base, outcome: "failed", detail: `${what}: ${error.message}`, taskInstances: [] };
  }
}
