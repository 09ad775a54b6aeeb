/** The base of every fake pipeline server: node:http on 127.0.0.1:0, request log, programmable faults, self-closing. */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the fake's handler sees it. */
export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, or form fields, or undefined without a body. */
  body: unknown;
}

/** A response: an object body is sent as JSON with `contentType` (default application/json). */
export interface FakeResponse {
  status: number;
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

/** A fault the next matching request(s) get instead of (or before) the normal answer. */
export type Fault =
  /** Hold the request this long before answering normally (longer than the client's timeout = timeout). */
  | { kind: "delay"; ms: number }
  /** An error status with the API's own error body. */
  | { kind: "error"; status: number; title: string; detail?: string }
  /** 429 (or 503) with a Retry-After header. */
  | { kind: "retry-after"; status: 429 | 503; retryAfter: string }
  /** 200 with a body that is not JSON. */
  | { kind: "malformed-json" }
  /** The socket is destroyed without an answer. */
  | { kind: "reset" }
  /** A proxy's HTML error page. */
  | { kind: "html"; status: number };

/** Builds the API's error body for a status (problem+json for Airflow v1, `{detail}` for v2, text for Spark). */
export type ErrorBody = (status: number, title: string, detail?: string) => FakeResponse;

/** A running fake. */
export interface FakeServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: FakeRequest[];
  /** Gives the next `times` requests whose path contains `path` (any path by default) this fault. */
  fault(fault: Fault, options?: { times?: number; path?: string }): void;
  /** Drops faults not yet used up, so one test's faults never leak into the next. */
  clearFaults(): void;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** A fake that closes itself after this long even if a test forgets (the timer does not keep the process alive). */
const SAFETY_CLOSE_MS = 120_000;

const HTML_PAGE = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>";

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === "") return undefined;
  if ((contentType ?? "").includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function send(res: ServerResponse, reply: FakeResponse): void {
  const isText = typeof reply.body === "string";
  const contentType = reply.contentType ?? (isText ? "text/plain" : "application/json");
  const payload = reply.body === undefined ? "" : isText ? (reply.body as string) : JSON.stringify(reply.body);
  res.writeHead(reply.status, { "content-type": contentType, ...reply.headers });
  res.end(payload);
}

/** Starts a fake on 127.0.0.1 with `handler` for normal answers and `errorBody` for error faults. */
export async function startFakeServer(
  handler: (req: FakeRequest) => FakeResponse | Promise<FakeResponse>,
  errorBody: ErrorBody,
): Promise<FakeServer> {
  const requests: FakeRequest[] = [];
  const faults: Array<{ fault: Fault; times: number; path: string }> = [];
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const request: FakeRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: parseBody(Buffer.concat(chunks).toString("utf8"), req.headers["content-type"]),
      };
      requests.push(request);
      const planned = faults.find((f) => f.times > 0 && request.path.includes(f.path));
      if (planned) planned.times -= 1;
      const answer = async () => send(res, await handler(request));
      switch (planned?.fault.kind) {
        case undefined:
          return void answer();
        case "delay": {
          const timer = setTimeout(() => {
            timers.delete(timer);
            if (!res.destroyed) void answer();
          }, planned.fault.ms);
          timers.add(timer);
          return;
        }
        case "error":
          return send(res, errorBody(planned.fault.status, planned.fault.title, planned.fault.detail));
        case "retry-after":
          return send(res, { ...errorBody(planned.fault.status, planned.fault.status === 429 ? "Too Many Requests" : "Service Unavailable"), headers: { "retry-after": planned.fault.retryAfter } });
        case "malformed-json":
          return send(res, { status: 200, body: '{"dag_runs": [{"dag_run_id": "x", ', contentType: "application/json" });
        case "reset":
          return void req.socket.destroy();
        case "html":
          return send(res, { status: planned.fault.status, body: HTML_PAGE, contentType: "text/html" });
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= new Promise<void>((resolve) => {
      for (const timer of timers) clearTimeout(timer);
      server.close(() => resolve());
      server.closeAllConnections();
    }));
  setTimeout(() => void close(), SAFETY_CLOSE_MS).unref();

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fault(fault, options = {}) {
      faults.push({ fault, times: options.times ?? 1, path: options.path ?? "" });
    },
    clearFaults() {
      faults.length = 0;
    },
    close,
  };
}

/** `limit`/`offset` paging the way Airflow does it: limit clamped to `maximum_page_limit`, total counted before paging. */
export function airflowPage<T>(items: T[], query: URLSearchParams, defaultLimit: number, maxLimit = 100): { page: T[]; total: number } | { error: string } {
  const limit = Number(query.get("limit") ?? defaultLimit);
  const offset = Number(query.get("offset") ?? 0);
  if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0) return { error: `invalid limit/offset: ${limit}/${offset}` };
  return { page: items.slice(offset, offset + Math.min(limit, maxLimit)), total: items.length };
}
