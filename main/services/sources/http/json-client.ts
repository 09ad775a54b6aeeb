/** The HTTP helper every HTTP source uses: fetch + timeout + auth header + failure classification. */
import type { ReadContext } from "../pipeline-source";
import { classifyThrown } from "./classify-thrown";
import { readJsonResponse } from "./read-json-response";

/** The request timeout when the source config sets none. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** One request: a path under the source URL (empty for the URL itself), query, optional JSON body. */
export interface JsonRequest {
  path: string;
  query?: Record<string, string | number | undefined>;
  method?: "GET" | "POST";
  body?: unknown;
  authorization?: string;
}

/** Sends JSON requests to one source; every failure rejects with a SourceFailure. */
export interface JsonClient {
  /** The parsed JSON body of a successful response. */
  request(req: JsonRequest, ctx: ReadContext): Promise<unknown>;
}

/** How to reach a source. `fetch` is injectable for tests that need no server. */
export interface JsonClientOptions {
  sourceId: string;
  baseUrl: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** Joins `path` under `base`, keeping any path prefix of the base (Airflow behind `/airflow/`); links into a source's UI are built the same way. */
export function buildUrl(base: string, req: Pick<JsonRequest, "path" | "query">): URL {
  const url = req.path === "" ? new URL(base) : new URL(req.path.replace(/^\//, ""), base.endsWith("/") ? base : `${base}/`);
  for (const [key, value] of Object.entries(req.query ?? {})) {
    if (value !== undefined) url.searchParams.append(key, String(value));
  }
  return url;
}

/**
 * The caller's signal or the request timeout, whichever fires first. Hand-made rather than
 * AbortSignal.any + AbortSignal.timeout: those leave their timer and listener until GC, and cost a
 * tenth of a millisecond a request; `done` releases both at once.
 */
function requestSignal(outer: AbortSignal, timeoutMs: number): { signal: AbortSignal; done: () => void } {
  const controller = new AbortController();
  const onAbort = () => controller.abort(outer.reason);
  if (outer.aborted) onAbort();
  else outer.addEventListener("abort", onAbort); // `done` removes it; an abort event fires only once
  const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError")), timeoutMs);
  timer.unref();
  return {
    signal: controller.signal,
    done: () => {
      clearTimeout(timer);
      outer.removeEventListener("abort", onAbort);
    },
  };
}

/** A client for one source; the timeout applies to each request, headers and body included. */
export function createJsonClient(options: JsonClientOptions): JsonClient {
  const { sourceId, baseUrl } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = options.fetch ?? globalThis.fetch;
  return {
    async request(req, ctx) {
      const url = buildUrl(baseUrl, req);
      const { signal, done } = requestSignal(ctx.signal, timeoutMs);
      const headers: Record<string, string> = { accept: "application/json" };
      if (req.authorization) headers.authorization = req.authorization;
      if (req.body !== undefined) headers["content-type"] = "application/json";
      let answering = false;
      try {
        const response = await doFetch(url, {
          method: req.method ?? "GET",
          headers,
          body: req.body === undefined ? undefined : JSON.stringify(req.body),
          signal,
          redirect: "follow",
        });
        answering = true;
        // Awaited here, inside the timeout: a body that stalls or trickles is cut off like a silent server.
        return await readJsonResponse(sourceId, response, ctx.now);
      } catch (error) {
        throw classifyThrown(sourceId, error, { url, timeoutMs, signal, answering });
      } finally {
        done();
      }
    },
  };
}
