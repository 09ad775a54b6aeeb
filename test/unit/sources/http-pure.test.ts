import { describe, expect, it } from "vitest";
import { classifyThrown } from "../../../main/services/sources/http/classify-thrown";
import { readSecret } from "../../../main/services/sources/http/credentials";
import { describeErrorBody } from "../../../main/services/sources/http/describe-error-body";
import { parseRetryAfter } from "../../../main/services/sources/http/retry-after";
import { SourceFailure, timedOut } from "../../../main/services/sources/http/source-failure";

/** An error with a Node-style `code`, optionally wrapping `cause`. */
function coded(message: string, code?: string, cause?: unknown): Error {
  const error = new Error(message, { cause }) as NodeJS.ErrnoException;
  if (code !== undefined) error.code = code;
  return error;
}

function named(name: string): Error {
  const error = new Error("boom");
  error.name = name;
  return error;
}

const url = new URL("http://airflow.example:8080/api/v1/dags");
const live = () => new AbortController().signal;
const classify = (thrown: unknown, signal: AbortSignal = live(), answering = false) =>
  classifyThrown("prod", thrown, { url, timeoutMs: 10_000, signal, answering }).error;

describe("classifyThrown", () => {
  it("reports a TimeoutError, thrown or as the signal's reason, as a timeout", () => {
    const timeout = { sourceId: "prod", kind: "timeout", message: "source prod did not answer within 10s" };
    // A plain Error named TimeoutError (not a DOMException) counts too.
    expect(classify(named("TimeoutError"))).toEqual(timeout);
    const controller = new AbortController();
    controller.abort(named("TimeoutError"));
    expect(classify(new Error("fetch failed"), controller.signal)).toEqual(timeout);
  });

  it("reports cancellation, by the signal or an AbortError, as a cancelled request", () => {
    const cancelled = { sourceId: "prod", kind: "network", message: "request to source prod was cancelled" };
    const controller = new AbortController();
    controller.abort(new Error("user closed the window"));
    expect(classify(new Error("fetch failed"), controller.signal)).toEqual(cancelled);
    expect(classify(named("AbortError"))).toEqual(cancelled);
  });

  it("does not take a plain error for a timeout or a cancellation", () => {
    expect(classify(new Error("socket hang up")).message).toBe("cannot reach source prod (airflow.example:8080): socket hang up");
  });

  it("looks for the socket code at most four causes deep", () => {
    const deep = coded("fetch failed", undefined, coded("l1", undefined, coded("l2", undefined, coded("l3", undefined, coded("connect ECONNREFUSED", "ECONNREFUSED")))));
    expect(classify(deep).message).toBe("cannot reach source prod (airflow.example:8080): fetch failed");
    const fourth = coded("fetch failed", undefined, coded("l1", undefined, coded("l2", undefined, coded("connect ECONNREFUSED", "ECONNREFUSED"))));
    expect(classify(fourth).message).toBe("cannot reach source prod: connection refused by airflow.example:8080");
  });

  it("reports a connect timeout code as a timeout naming the host", () => {
    const thrown = coded("fetch failed", undefined, coded("Connect Timeout Error", "UND_ERR_CONNECT_TIMEOUT"));
    expect(classify(thrown)).toEqual({ sourceId: "prod", kind: "timeout", message: "source prod did not answer within 10s (airflow.example:8080)" });
  });

  it("explains other failures with the innermost coded message, or the thrown value itself", () => {
    const thrown = coded("fetch failed", undefined, coded("certificate has expired", "CERT_HAS_EXPIRED"));
    expect(classify(thrown)).toEqual({ sourceId: "prod", kind: "network", message: "cannot reach source prod (airflow.example:8080): certificate has expired" });
    expect(classify("weird").message).toBe("cannot reach source prod (airflow.example:8080): weird");
  });
});

describe("describeErrorBody edge cases", () => {
  it("prints validation items that are not objects as they are", () => {
    expect(describeErrorBody(JSON.stringify({ detail: ["too many", null, ["a", "b"], 7] }))).toBe("too many; null; a,b; 7");
  });

  it("gives no reason for a JSON null, number or string body", () => {
    expect(describeErrorBody("null")).toBeUndefined();
    expect(describeErrorBody("42")).toBeUndefined();
  });

  it("skips non-text and blank title or detail", () => {
    expect(describeErrorBody('{"title":5,"detail":"quota exceeded"}')).toBe("quota exceeded");
    expect(describeErrorBody('{"title":"Forbidden","detail":"   "}')).toBe("Forbidden");
  });

  it("treats a blank body as no reason and folds runs of white space", () => {
    expect(describeErrorBody("  \n ")).toBeUndefined();
    expect(describeErrorBody("Bad   gateway\n\n  upstream down")).toBe("Bad gateway upstream down");
  });

  it("keeps plain text of exactly 200 characters whole", () => {
    const text = "y".repeat(200);
    expect(describeErrorBody(text)).toBe(text);
  });
});

describe("parseRetryAfter edge cases", () => {
  const now = new Date("2024-06-03T12:00:00Z");
  it("ignores surrounding white space", () => {
    expect(parseRetryAfter(" 120 ", now)).toBe(120_000);
  });

  it("rejects numbers that are not plain delay-seconds instead of reading them as dates", () => {
    expect(parseRetryAfter("-5", now)).toBeUndefined();
    expect(parseRetryAfter("5abc", now)).toBeUndefined();
    expect(parseRetryAfter("1.5", now)).toBeUndefined();
    expect(parseRetryAfter("abc 5", now)).toBeUndefined();
    expect(parseRetryAfter("next Mon, 03 Jun 2024 12:01:00 GMT", now)).toBeUndefined();
  });

  it("still reads the obsolete HTTP date forms", () => {
    expect(parseRetryAfter("Monday, 03-Jun-24 12:01:00 GMT", now)).toBe(60_000);
    expect(parseRetryAfter("Mon Jun  3 12:01:00 2024", new Date(2024, 5, 3, 12, 0, 0))).toBe(60_000);
  });
});

describe("readSecret", () => {
  it("fails as config without password_env, or when the variable is empty", () => {
    expect(() => readSecret("prod", { kind: "token" }, {})).toThrow("source prod: auth needs password_env (the variable holding the secret)");
    expect(() => readSecret("prod", { kind: "token", password_env: "TOKEN" }, { TOKEN: "" })).toThrow("source prod: environment variable TOKEN is not set");
    expect(readSecret("prod", { kind: "token", password_env: "TOKEN" }, { TOKEN: "t" })).toBe("t");
  });
});

describe("SourceFailure", () => {
  it("shows its own name in logs", () => {
    expect(String(new SourceFailure({ sourceId: "prod", kind: "http", message: "bad" }))).toBe("SourceFailure: bad");
  });

  it("words a timeout of one second or more as a duration", () => {
    expect(timedOut("prod", 999).message).toBe("source prod did not answer within 999 ms");
    expect(timedOut("prod", 1000).message).toBe("source prod did not answer within 1s");
  });
});
