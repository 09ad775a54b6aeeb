/**
 * Spark History Server (`/api/v1/applications`). Spark has no success/failure at application level:
 * a completed last attempt is reported as success, an incomplete one as running. A driver that died
 * without writing its end event stays "running" here; the SLA engine still calls it late at the deadline.
 */
import { z } from "zod";
import type { PipelineRun } from "../../../shared/domain/runs";
import type { SourceConfig } from "../../../shared/domain/workspace-schema";
import { authorizationHeader, type SecretEnv } from "./http/credentials";
import type { JsonClient } from "./http/json-client";
import { sourceFailure } from "./http/source-failure";
import { isoInstant, parseBody } from "./parse-body";
import type { PipelineSource, ReadContext } from "./pipeline-source";
import { HISTORY_MS, once, readEach } from "./read-each";
import { createTickMemo } from "./schedule-tick";

/** A spark-history source. */
export type SparkHistoryConfig = Extract<SourceConfig, { kind: "spark-history" }>;

/** Spark does not page: the newest applications (it sorts by end time) up to this many are read. */
export const SPARK_APP_LIMIT = 1000;

const attemptSchema = z.object({
  attemptId: z.string().optional(),
  startTime: z.string(),
  endTime: z.string(),
  completed: z.boolean(),
});
const applicationSchema = z.object({ id: z.string(), name: z.string(), attempts: z.array(attemptSchema) });
const applicationListSchema = z.array(applicationSchema);

type Application = z.output<typeof applicationSchema>;
type Attempt = z.output<typeof attemptSchema>;

/** Spark writes `2019-01-18T05:14:04.248GMT`, which is ISO 8601 once `GMT` reads `Z`. */
function sparkTime(sourceId: string, field: string, text: string): string {
  return isoInstant(sourceId, field, text.replace(/GMT$/, "Z"));
}

/** The attempt that counts: the one that started last (Spark lists newest first, but we do not rely on it). */
function lastAttempt(app: Application): Attempt | undefined {
  return app.attempts.reduce<Attempt | undefined>((latest, a) => (!latest || a.startTime > latest.startTime ? a : latest), undefined);
}

/** `YYYY-MM-DD` (GMT) of the start of the history window, the form `minDate` accepts. */
function minDate(now: Date): string {
  return new Date(now.getTime() - HISTORY_MS).toISOString().slice(0, 10);
}

/** A spark-history source reading through `client`. */
export function createSparkHistorySource(config: SparkHistoryConfig, client: JsonClient, env: SecretEnv): PipelineSource {
  const sourceId = config.id;
  const ticks = createTickMemo();

  async function listApplications(ctx: ReadContext): Promise<Map<string, Application[]>> {
    const authorization = authorizationHeader(sourceId, config.auth, env);
    // When one of the two requests fails the read has failed: cancel the other rather than leave it running.
    const sibling = new AbortController();
    const pairCtx = { now: ctx.now, signal: AbortSignal.any([ctx.signal, sibling.signal]) };
    const list = (query: Record<string, string | number>) =>
      client
        .request({ path: "api/v1/applications", query: { ...query, limit: SPARK_APP_LIMIT }, authorization }, pairCtx)
        .then((body) => parseBody(sourceId, "application list", applicationListSchema, body));
    const [completed, running] = await Promise.all([list({ status: "completed", minDate: minDate(ctx.now) }), list({ status: "running" })]).catch(
      (error: unknown) => {
        sibling.abort();
        throw error;
      },
    );
    // An application can finish between the two requests and appear in both: the completed entry wins.
    const byId = new Map<string, Application>();
    for (const app of [...running, ...completed]) byId.set(app.id, app);
    const byName = new Map<string, Application[]>();
    for (const app of byId.values()) byName.set(app.name, [...(byName.get(app.name) ?? []), app]);
    return byName;
  }

  return {
    id: sourceId,
    kind: "spark-history",
    async read(pipelines, ctx) {
      const applications = once(() => listApplications(ctx));
      const readings = await readEach(sourceId, pipelines, ctx, async (pipeline) => {
        const appName = pipeline.source.app_name;
        if (!appName) throw sourceFailure(sourceId, "config", `pipeline ${pipeline.id} has no source.app_name for spark-history source ${sourceId}`);
        const tickAtOrBefore = ticks.ticksOf(sourceId, pipeline.id, pipeline.schedule);
        const runs: PipelineRun[] = [];
        for (const app of (await applications()).get(appName) ?? []) {
          const attempt = lastAttempt(app);
          if (!attempt) continue;
          const start = sparkTime(sourceId, "startTime", attempt.startTime);
          const tick = tickAtOrBefore(Date.parse(start));
          if (tick === undefined) continue;
          runs.push({
            pipelineId: pipeline.id,
            runId: attempt.attemptId ? `${app.id}/${attempt.attemptId}` : app.id,
            state: attempt.completed ? "success" : "running",
            intervalEnd: new Date(tick).toISOString(),
            start,
            end: attempt.completed ? sparkTime(sourceId, "endTime", attempt.endTime) : null,
          });
        }
        return runs;
      });
      ticks.sweep();
      return readings;
    },
  };
}
