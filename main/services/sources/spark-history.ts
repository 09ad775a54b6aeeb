/**
 * Spark History Server (`/api/v1/applications`). Spark has no success/failure at application level:
 * a completed last attempt is reported as success, an incomplete one as running, and an attempt that
 * was followed by another as failed (YARN starts a new attempt only when one died). An application's
 * interval is the tick at or before its *first* attempt's start: later attempts retry that interval.
 *
 * The server has no name filter: on one shared with other teams, `limit` cuts off the newest N
 * applications of everyone. So applications are listed by start-date windows (`minDate`/`maxDate`),
 * and a window the server fills up is split until each is complete. When that cannot be reached the
 * reading says how far back it is complete, and the SLA engine will not call anything late from it.
 */
import { z } from "zod";
import type { PipelineRun, ReadingCoverage, UnattributedRun } from "../../../shared/domain/runs";
import type { SourceConfig } from "../../../shared/domain/workspace-schema";
import { authorizationHeader, type SecretEnv } from "./http/credentials";
import type { JsonClient } from "./http/json-client";
import { sourceFailure } from "./http/source-failure";
import { isoInstant, parseBody } from "./parse-body";
import type { PipelineSource, ReadContext } from "./pipeline-source";
import { HISTORY_MS, descending, once, placedRead, readEach } from "./read-each";
import { createTickMemo } from "./schedule-tick";

/** A spark-history source. */
export type SparkHistoryConfig = Extract<SourceConfig, { kind: "spark-history" }>;

/** The most applications asked for at once; a window that comes back this full is split. */
export const SPARK_APP_LIMIT = 1000;
/** Requests one listing (completed or running) may spend splitting windows before it gives up on completeness. */
export const SPARK_MAX_REQUESTS = 32;
/** A window this short that is still full cannot be split further (the query's dates have millisecond precision, but a second is plenty). */
const MIN_WINDOW_MS = 1000;
/** Windows end this far after now, so a server clock a little ahead of ours loses nothing. */
const CLOCK_MARGIN_MS = 86_400_000;

const attemptSchema = z.object({
  attemptId: z.string().optional(),
  startTime: z.string(),
  endTime: z.string(),
  completed: z.boolean(),
});
const applicationSchema = z.object({ id: z.string(), name: z.string(), attempts: z.array(attemptSchema) });
const applicationListSchema = z.array(applicationSchema);

type Application = z.output<typeof applicationSchema>;

/** Spark writes `2019-01-18T05:14:04.248GMT`, which is ISO 8601 once `GMT` reads `Z`. */
function sparkTime(sourceId: string, field: string, text: string): string {
  return isoInstant(sourceId, field, text.replace(/GMT$/, "Z"));
}

/** An instant as the History Server's query dates: `yyyy-MM-dd'T'HH:mm:ss.SSSz`. */
function queryDate(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "GMT");
}

/** Applications of one status, and from when on (by attempt start) the list is complete. */
interface Listing {
  apps: Application[];
  completeFromMs: number;
}

/**
 * Lists applications of one status with an attempt started in [fromMs, toMs], newest window first.
 * A window that comes back with `limit` applications may hide more: it is split in two. The first
 * window that cannot be completed (too short to split, or the request budget spent) ends the listing:
 * everything started after it is known, nothing before it is certain.
 */
async function listComplete(list: (minMs: number, maxMs: number) => Promise<Application[]>, fromMs: number, toMs: number): Promise<Listing> {
  const apps: Application[] = [];
  const windows: [number, number][] = [[fromMs, toMs]];
  for (let requests = 1; windows.length > 0; requests++) {
    const [lo, hi] = windows.pop()!;
    const page = await list(lo, hi);
    apps.push(...page);
    if (page.length < SPARK_APP_LIMIT) continue;
    if (hi - lo < MIN_WINDOW_MS || requests + 2 > SPARK_MAX_REQUESTS) return { apps, completeFromMs: hi + 1 };
    const mid = lo + Math.floor((hi - lo) / 2);
    // Popped last-in first: the newer half is read first.
    windows.push([lo, mid], [mid + 1, hi]);
  }
  return { apps, completeFromMs: fromMs };
}

/** The runs of one application: each attempt a run of the interval its first attempt started in. */
function applicationRuns(sourceId: string, pipelineId: string, app: Application, tickAtOrBefore: (ms: number) => number | undefined): (PipelineRun | UnattributedRun)[] {
  const attempts = app.attempts.map((a) => ({ ...a, start: sparkTime(sourceId, "startTime", a.startTime) })).sort((a, b) => descending(b.start, a.start)); // oldest first
  const first = attempts[0];
  if (!first) return [];
  const tick = tickAtOrBefore(Date.parse(first.start));
  return attempts.map((attempt, i) => {
    const last = i === attempts.length - 1;
    const run = {
      runId: attempt.attemptId ? `${app.id}/${attempt.attemptId}` : app.id,
      state: last ? (attempt.completed ? ("success" as const) : ("running" as const)) : ("failed" as const),
      start: attempt.start,
      end: attempt.completed ? sparkTime(sourceId, "endTime", attempt.endTime) : null,
    };
    return tick === undefined
      ? { ...run, note: "its first attempt started before the workspace's schedule has any interval" }
      : { pipelineId, ...run, intervalEnd: new Date(tick).toISOString() };
  });
}

/** A spark-history source reading through `client`. */
export function createSparkHistorySource(config: SparkHistoryConfig, client: JsonClient, env: SecretEnv): PipelineSource {
  const sourceId = config.id;
  const ticks = createTickMemo();

  async function listApplications(ctx: ReadContext): Promise<{ byName: Map<string, Application[]>; coverage: ReadingCoverage }> {
    const authorization = authorizationHeader(sourceId, config.auth, env);
    // When one of the two listings fails the read has failed: cancel the other rather than leave it running.
    const sibling = new AbortController();
    const pairCtx = { now: ctx.now, signal: AbortSignal.any([ctx.signal, sibling.signal]) };
    const fromMs = ctx.now.getTime() - HISTORY_MS;
    const toMs = ctx.now.getTime() + CLOCK_MARGIN_MS;
    const listing = (status: "completed" | "running") =>
      listComplete(
        (minMs, maxMs) =>
          client
            .request({ path: "api/v1/applications", query: { status, minDate: queryDate(minMs), maxDate: queryDate(maxMs), limit: SPARK_APP_LIMIT }, authorization }, pairCtx)
            .then((body) => parseBody(sourceId, "application list", applicationListSchema, body)),
        fromMs,
        toMs,
      );
    const [completed, running] = await Promise.all([listing("completed"), listing("running")]).catch((error: unknown) => {
      sibling.abort();
      throw error;
    });
    // An application can finish between the two listings and appear in both: the completed entry wins.
    const byId = new Map<string, Application>();
    for (const app of [...running.apps, ...completed.apps]) byId.set(app.id, app);
    const byName = new Map<string, Application[]>();
    for (const app of byId.values()) byName.set(app.name, [...(byName.get(app.name) ?? []), app]);
    const completeFromMs = Math.max(completed.completeFromMs, running.completeFromMs);
    const coverage: ReadingCoverage =
      completeFromMs <= fromMs
        ? { from: new Date(fromMs).toISOString(), complete: true }
        : {
            from: new Date(completeFromMs).toISOString(),
            complete: false,
            note: `the History Server lists more than ${SPARK_APP_LIMIT} applications (of all users) started in one window before ${queryDate(completeFromMs)}`,
          };
    return { byName, coverage };
  }

  return {
    id: sourceId,
    kind: "spark-history",
    async read(pipelines, ctx) {
      const applications = once(() => listApplications(ctx));
      const readings = await readEach(sourceId, pipelines, ctx, async (pipeline) => {
        const appName = pipeline.source.app_name;
        if (!appName) throw sourceFailure(sourceId, "config", `pipeline ${pipeline.id} has no source.app_name for spark-history source ${sourceId}`);
        const tickAtOrBefore = ticks.ticksOf(sourceId, pipeline);
        const { byName, coverage } = await applications();
        const apps = byName.get(appName) ?? [];
        return { ...placedRead(apps.flatMap((app) => applicationRuns(sourceId, pipeline.id, app, tickAtOrBefore))), coverage };
      });
      ticks.sweep();
      return readings;
    },
  };
}
