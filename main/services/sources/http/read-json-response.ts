/** Turns an HTTP response into JSON, or into a SourceFailure that says plainly what went wrong. */
import { STATUS_CODES } from "node:http";
import { describeErrorBody } from "./describe-error-body";
import { parseRetryAfter } from "./retry-after";
import { sourceFailure } from "./source-failure";

function isHtml(contentType: string | null, text: string): boolean {
  return contentType?.toLowerCase().includes("text/html") || /^\s*<(!doctype|html)/i.test(text);
}

function statusLabel(response: Response): string {
  return response.statusText || STATUS_CODES[response.status] || "error";
}

/**
 * Reads the body of `response` as JSON. Order matters: auth and rate limits are decided by status
 * (a proxy's HTML 401 is still an auth problem); an HTML body is a proxy or login page, not the API.
 */
export async function readJsonResponse(sourceId: string, response: Response, now: Date): Promise<unknown> {
  const text = await response.text();
  const { status } = response;
  const html = isHtml(response.headers.get("content-type"), text);
  // Only error bodies are searched for a reason: parsing a good body twice would double the cost of every poll.
  const reason = () => (html ? undefined : describeErrorBody(text)) ?? statusLabel(response);
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), now);
  const extra = retryAfterMs === undefined ? { status } : { status, retryAfterMs };

  if (status === 401 || status === 403) {
    throw sourceFailure(sourceId, "auth", `authentication failed for source ${sourceId} (HTTP ${status}: ${reason()})`, { status });
  }
  if (status === 429) {
    const wait = retryAfterMs === undefined ? "" : `; asked to wait ${Math.ceil(retryAfterMs / 1000)} s`;
    throw sourceFailure(sourceId, "rate-limit", `source ${sourceId} is rate limiting requests (HTTP 429: ${reason()})${wait}`, extra);
  }
  if (html) {
    throw sourceFailure(sourceId, "parse", `source ${sourceId} returned an HTML page (HTTP ${status}), not JSON`, extra);
  }
  if (!response.ok) {
    throw sourceFailure(sourceId, "http", `source ${sourceId} returned HTTP ${status}: ${reason()}`, extra);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const why = text.trim() === "" ? "an empty body" : (error as Error).message;
    throw sourceFailure(sourceId, "parse", `source ${sourceId} returned malformed JSON (HTTP ${status}): ${why}`, { status });
  }
}
