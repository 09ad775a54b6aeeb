/**
 * A fake Spark History Server `/api/v1/applications`: bare arrays, GMT times, -1 end for running
 * attempts, text 400s; filtered as Spark's ApplicationListResource does (status by the newest attempt,
 * kept when any attempt starts/ends in [minDate, maxDate] / [minEndDate, maxEndDate]), newest end first, then `limit`.
 */
import { startFakeServer, type FakeRequest, type FakeResponse, type FakeServer } from "./fake-http-server";

/** One attempt as Spark serialises it. */
export interface SparkAttempt {
  attemptId?: string;
  startTime: string;
  endTime: string;
  lastUpdated: string;
  duration: number;
  sparkUser: string;
  completed: boolean;
  appSparkVersion: string;
  startTimeEpoch: number;
  endTimeEpoch: number;
  lastUpdatedEpoch: number;
}

/** One application. */
export interface SparkApplication {
  id: string;
  name: string;
  attempts: SparkAttempt[];
}

/** Spark's time format: `2019-01-18T05:14:04.248GMT`. */
export const sparkTime = (ms: number): string => new Date(ms).toISOString().replace("Z", "GMT");

/** An attempt that started at `start` and, when `end` is given, completed then; otherwise still running. */
export function sparkAttempt(start: Date, end: Date | null, attemptId?: string): SparkAttempt {
  const endMs = end ? end.getTime() : -1;
  const updated = end ? end.getTime() : start.getTime() + 60_000;
  return {
    ...(attemptId === undefined ? {} : { attemptId }),
    startTime: sparkTime(start.getTime()),
    endTime: sparkTime(endMs),
    lastUpdated: sparkTime(updated),
    duration: end ? endMs - start.getTime() : 0,
    sparkUser: "etl",
    completed: end !== null,
    appSparkVersion: "3.5.1",
    startTimeEpoch: start.getTime(),
    endTimeEpoch: endMs,
    lastUpdatedEpoch: updated,
  };
}

/** Attempts are listed newest first, as the History Server does. */
export function sparkApp(id: string, name: string, attempts: SparkAttempt[]): SparkApplication {
  return { id, name, attempts: [...attempts].sort((a, b) => b.startTimeEpoch - a.startTimeEpoch) };
}

function parseSparkDate(text: string): number | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return Date.parse(`${text}T00:00:00Z`);
  const ms = Date.parse(text.replace(/GMT$/, "Z"));
  return Number.isNaN(ms) ? undefined : ms;
}

/** The fake and its applications (mutable by tests). */
export interface FakeSparkHistory extends FakeServer {
  apps: SparkApplication[];
}

/** Starts the fake. */
export async function startFakeSparkHistory(): Promise<FakeSparkHistory> {
  const apps: SparkApplication[] = [];

  function handle(req: FakeRequest): FakeResponse {
    if (req.path !== "/api/v1/applications") return { status: 404, body: `no such path ${req.path}`, contentType: "text/plain" };
    const status = req.query.get("status");
    const dates: Record<"minDate" | "maxDate" | "minEndDate" | "maxEndDate", number> = { minDate: -Infinity, maxDate: Infinity, minEndDate: -Infinity, maxEndDate: Infinity };
    for (const name of Object.keys(dates) as (keyof typeof dates)[]) {
      const text = req.query.get(name);
      if (text === null) continue;
      const ms = parseSparkDate(text);
      if (ms === undefined) return { status: 400, body: `Couldn't parse date: ${text}`, contentType: "text/plain" };
      dates[name] = ms;
    }
    const limit = Number(req.query.get("limit") ?? Number.MAX_SAFE_INTEGER);
    const listed = apps
      .filter((app) => {
        const running = app.attempts.length === 0 || !app.attempts[0]!.completed;
        if (status === "completed" && running) return false;
        if (status === "running" && !running) return false;
        return app.attempts.some(
          (a) =>
            a.startTimeEpoch >= dates.minDate &&
            a.startTimeEpoch <= dates.maxDate &&
            (running || (a.endTimeEpoch >= dates.minEndDate && a.endTimeEpoch <= dates.maxEndDate)),
        );
      })
      .sort((a, b) => (b.attempts[0]?.endTimeEpoch ?? -1) - (a.attempts[0]?.endTimeEpoch ?? -1))
      .slice(0, limit);
    return { status: 200, body: listed };
  }

  const server = await startFakeServer(handle, (status, title, detail) => ({ status, body: detail ?? title, contentType: "text/plain" }));
  return Object.assign(server, { apps });
}
