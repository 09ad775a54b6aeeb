/** Classifies what `fetch` throws (timeouts, cancellation, socket and DNS errors) as a SourceFailure. */
import { SourceFailure, sourceFailure, timedOut } from "./source-failure";

const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_NODATA", "EAI_NONAME"]);
const RESET_CODES = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED"]);
const CONNECT_TIMEOUT_CODES = new Set(["ETIMEDOUT", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

/** Also covers DOMException (TimeoutError, AbortError), which extends Error in Node 17+. */
function errorName(value: unknown): string | undefined {
  return value instanceof Error ? value.name : undefined;
}

/** The innermost `code`: undici wraps the socket error as the `cause` of "fetch failed" / "terminated". */
function causeCode(error: unknown): { code?: string; message?: string } {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === "string") return { code, message: current.message };
    current = current.cause;
  }
  return {};
}

/** What a request to `url` of source `sourceId` threw (`answering`: after its headers came), as a SourceFailure with a plain message. */
export function classifyThrown(
  sourceId: string,
  thrown: unknown,
  request: { url: URL; timeoutMs: number; signal: AbortSignal; answering?: boolean },
): SourceFailure {
  if (thrown instanceof SourceFailure) return thrown;
  if (errorName(thrown) === "TimeoutError" || errorName(request.signal.reason) === "TimeoutError") {
    return timedOut(sourceId, request.timeoutMs);
  }
  if (request.signal.aborted || errorName(thrown) === "AbortError") {
    return sourceFailure(sourceId, "network", `request to source ${sourceId} was cancelled`);
  }
  const { code, message } = causeCode(thrown);
  const host = request.url.host;
  if (code && DNS_CODES.has(code)) {
    return sourceFailure(sourceId, "network", `cannot reach source ${sourceId}: host ${request.url.hostname} not found (DNS)`);
  }
  if (code === "ECONNREFUSED") {
    return sourceFailure(sourceId, "network", `cannot reach source ${sourceId}: connection refused by ${host}`);
  }
  if (code && RESET_CODES.has(code)) {
    // After the headers, a dropped connection cuts the answer short: say so, it points at a crashing upstream.
    const when = request.answering ? "in the middle of its answer" : "before answering";
    return sourceFailure(sourceId, "network", `source ${sourceId} closed the connection ${when} (${host})`);
  }
  if (code && CONNECT_TIMEOUT_CODES.has(code)) {
    return timedOut(sourceId, request.timeoutMs, ` (${host})`);
  }
  const why = message ?? (thrown instanceof Error ? thrown.message : String(thrown));
  return sourceFailure(sourceId, "network", `cannot reach source ${sourceId} (${host}): ${why}`);
}
