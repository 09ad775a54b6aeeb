/**
 * The base of every fake pipeline server: node:http on 127.0.0.1:0, request log, programmable faults, self-closing.
 * Copies a real server's socket behaviour: answers, errors, resets, and bodies that stall, trickle or break off.
 */
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
  | { kind: "html"; status: number }
  /** Copies a half-dead server or proxy: the normal status and headers go out, then the body never comes. */
  | { kind: "stall-after-headers" }
  /** Copies a slow link or a server streaming a huge result: the normal answer, `chunkBytes` every `everyMs`. */
  | { kind: "slow-body"; everyMs: number; chunkBytes?: number }
  /** Copies an upstream that crashes mid-answer: headers with the full Content-Length and half the body, then the socket is destroyed. */
  | { kind: "close-mid-body" };

/** Builds the API's error body for a status (problem+json for Airflow v1, `{detail}` for v2, text for Spark). */
export type ErrorBody = (status: number, title: string, detail?: string) => FakeResponse;

/** A running fake. */
export interface FakeServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: FakeRequest[];
  /**
   * Gives the next `times` requests whose path contains `path` (any path by default) this fault.
   * A path naming one pipeline's resource (`/dags/<dag_id>/`) makes some pipelines of a source fail
   * while the others are served, as when one DAG is broken or rate limited; `times: Infinity` keeps it failing.
   */
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

/** The bytes and headers of a reply. */
function encode(reply: FakeResponse): { payload: Buffer; headers: Record<string, string> } {
  const isText = typeof reply.body === "string";
  const contentType = reply.contentType ?? (isText ? "text/plain" : "application/json");
  const payload = Buffer.from(reply.body === undefined ? "" : isText ? (reply.body as string) : JSON.stringify(reply.body), "utf8");
  return { payload, headers: { "content-type": contentType, ...reply.headers } };
}

function send(res: ServerResponse, reply: FakeResponse): void {
  const { payload, headers } = encode(reply);
  res.writeHead(reply.status, headers);
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
      /** Sends the normal answer's status and headers (with the Content-Length of the whole body) now, and leaves the body to `body`. */
      const headersThen = async (body: (payload: Buffer) => void) => {
        const reply = await handler(request);
        const { payload, headers } = encode(reply);
        res.writeHead(reply.status, { ...headers, "content-length": String(payload.length) });
        res.flushHeaders();
        body(payload);
      };
      const later = (ms: number, fn: () => void) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          fn();
        }, ms);
        timers.add(timer);
      };
      switch (planned?.fault.kind) {
        case undefined:
          return void answer();
        case "delay":
          return later(planned.fault.ms, () => {
            if (!res.destroyed) void answer();
          });
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
        case "stall-after-headers":
          // Nothing more is written; close() drops the socket.
          return void headersThen(() => undefined);
        case "slow-body": {
          const { everyMs, chunkBytes = 1 } = planned.fault;
          return void headersThen((payload) => {
            const drip = (offset: number) => {
              if (res.destroyed) return;
              if (offset >= payload.length) return void res.end();
              res.write(payload.subarray(offset, offset + chunkBytes));
              later(everyMs, () => drip(offset + chunkBytes));
            };
            drip(0);
          });
        }
        case "close-mid-body":
          return void headersThen((payload) => {
            res.write(payload.subarray(0, Math.max(1, Math.floor(payload.length / 2))), () => later(20, () => req.socket.destroy()));
          });
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
