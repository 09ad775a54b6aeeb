import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildUrl, createJsonClient } from "../../../main/services/sources/http/json-client";
import { readJsonResponse } from "../../../main/services/sources/http/read-json-response";
import { SourceFailure } from "../../../main/services/sources/http/source-failure";

const NOW = new Date("2024-06-03T12:00:00Z");

/** The SourceError that `promise` rejects with (fails the test if it resolves or throws anything else). */
async function failureOf(promise: Promise<unknown>) {
  const thrown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(SourceFailure);
  return (thrown as SourceFailure).error;
}

const respond = (body: string, init: ResponseInit = {}) => readJsonResponse("prod", new Response(body, init), NOW);

describe("readJsonResponse", () => {
  it("names the status when the server sends no status text, and says 'error' for an unknown one", async () => {
    expect((await failureOf(respond("", { status: 404, statusText: "" }))).message).toBe("source prod returned HTTP 404: Not Found");
    expect((await failureOf(respond("", { status: 599, statusText: "" }))).message).toBe("source prod returned HTTP 599: error");
  });

  it("passes the wait a 429 asks for into the message and the error", async () => {
    const error = await failureOf(respond("", { status: 429, statusText: "Too Many Requests", headers: { "retry-after": "2" } }));
    expect(error).toStrictEqual({ sourceId: "prod", kind: "rate-limit", status: 429, retryAfterMs: 2000, message: "source prod is rate limiting requests (HTTP 429: Too Many Requests); asked to wait 2 s" });
  });

  it("asks for no wait when a 429 gives no Retry-After", async () => {
    expect((await failureOf(respond("", { status: 429, statusText: "Too Many Requests" }))).message).toBe("source prod is rate limiting requests (HTTP 429: Too Many Requests)");
  });

  it("reads a response without content type or body as a plain error", async () => {
    const error = await failureOf(readJsonResponse("prod", new Response(null, { status: 500, statusText: "Internal Server Error" }), NOW));
    expect(error.message).toBe("source prod returned HTTP 500: Internal Server Error");
  });

  it("adds no retry delay to an error without Retry-After", async () => {
    const error = await failureOf(respond("oops", { status: 500, statusText: "Internal Server Error" }));
    expect(error).toStrictEqual({ sourceId: "prod", kind: "http", status: 500, message: "source prod returned HTTP 500: oops" });
  });

  it("recognises HTML by a content type in any case, or by a page start after blank lines", async () => {
    const page = "source prod returned an HTML page (HTTP 502), not JSON";
    expect((await failureOf(respond("Bad gateway", { status: 502, headers: { "content-type": "Text/HTML; charset=utf-8" } }))).message).toBe(page);
    expect((await failureOf(respond("\n\n  <!DOCTYPE html><p>down</p>", { status: 502, headers: { "content-type": "application/json" } }))).message).toBe(page);
    expect((await failureOf(respond("<html><p>down</p>", { status: 502 }))).message).toBe(page);
  });

  it("does not take JSON that mentions a page for HTML", async () => {
    expect(await respond('{"note":"<html>"}', { status: 200 })).toEqual({ note: "<html>" });
    expect((await failureOf(respond('{"detail":"<html> is not allowed"}', { status: 400, statusText: "Bad Request" }))).message).toBe("source prod returned HTTP 400: <html> is not allowed");
  });

  it("says a blank 200 body is empty, and quotes the parser on broken JSON", async () => {
    expect(await failureOf(respond("  \n", { status: 200 }))).toStrictEqual({ sourceId: "prod", kind: "parse", status: 200, message: "source prod returned malformed JSON (HTTP 200): an empty body" });
    let parserSays = "";
    try {
      JSON.parse("{oops");
    } catch (error) {
      parserSays = (error as Error).message;
    }
    expect((await failureOf(respond("{oops", { status: 200 }))).message).toBe(`source prod returned malformed JSON (HTTP 200): ${parserSays}`);
  });
});

describe("buildUrl", () => {
  it("joins under a base that already ends in a slash without doubling it", () => {
    expect(buildUrl("http://h/airflow/", { path: "/api/v1/health" }).href).toBe("http://h/airflow/api/v1/health");
    expect(buildUrl("http://h/airflow", { path: "api/v1/health" }).href).toBe("http://h/airflow/api/v1/health");
  });

  it("leaves out query values that are undefined", () => {
    expect(buildUrl("http://h", { path: "x", query: { limit: 5, state: undefined } }).href).toBe("http://h/x?limit=5");
  });
});

interface Sent {
  url: string;
  init: RequestInit;
}

/** A fetch that records each call and answers `body`, or waits until its signal aborts and rejects with the reason like undici. */
function fakeFetch(body: string | "hang") {
  const sent: Sent[] = [];
  const fetch = ((input: URL, init: RequestInit) => {
    sent.push({ url: String(input), init });
    if (body !== "hang") return Promise.resolve(new Response(body, { status: 200 }));
    return new Promise<Response>((_, reject) => {
      const signal = init.signal!;
      if (signal.aborted) reject(signal.reason);
      else signal.addEventListener("abort", () => reject(signal.reason));
    });
  }) as typeof globalThis.fetch;
  return { fetch, sent };
}

describe("createJsonClient", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("asks for JSON, and declares a JSON body only when it sends one", async () => {
    const fake = fakeFetch('{"ok":true}');
    const client = createJsonClient({ sourceId: "prod", baseUrl: "http://h", fetch: fake.fetch });
    const ctx = { now: NOW, signal: new AbortController().signal };
    expect(await client.request({ path: "a" }, ctx)).toEqual({ ok: true });
    await client.request({ path: "b", method: "POST", body: { n: 1 } }, ctx);
    expect(fake.sent.map((s) => [s.init.method, s.init.headers, s.init.body])).toEqual([
      ["GET", { accept: "application/json" }, undefined],
      ["POST", { accept: "application/json", "content-type": "application/json" }, '{"n":1}'],
    ]);
  });

  it("cancels a request when the caller aborts while it waits", async () => {
    const fake = fakeFetch("hang");
    const client = createJsonClient({ sourceId: "prod", baseUrl: "http://h", timeoutMs: 2000, fetch: fake.fetch });
    const caller = new AbortController();
    const pending = client.request({ path: "a" }, { now: NOW, signal: caller.signal });
    caller.abort(new Error("window closed"));
    expect((await failureOf(pending)).message).toBe("request to source prod was cancelled");
  });

  it("does not send a request the caller has already cancelled", async () => {
    const fake = fakeFetch("hang");
    const client = createJsonClient({ sourceId: "prod", baseUrl: "http://h", timeoutMs: 2000, fetch: fake.fetch });
    const caller = new AbortController();
    caller.abort(new Error("window closed"));
    expect((await failureOf(client.request({ path: "a" }, { now: NOW, signal: caller.signal }))).message).toBe("request to source prod was cancelled");
  });

  it("lets go of the caller's signal once a request is over, answered or failed", async () => {
    const fake = fakeFetch("[]");
    const broken = fakeFetch("{oops");
    const caller = new AbortController();
    const ctx = { now: NOW, signal: caller.signal };
    await createJsonClient({ sourceId: "prod", baseUrl: "http://h", fetch: fake.fetch }).request({ path: "a" }, ctx);
    await failureOf(createJsonClient({ sourceId: "prod", baseUrl: "http://h", fetch: broken.fetch }).request({ path: "b" }, ctx));
    // One read's signal serves all its requests (every page, every pipeline): a listener left on it would hold each finished one.
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
    caller.abort(new Error("window closed"));
    expect([fake.sent[0]!.init.signal!.aborted, broken.sent[0]!.init.signal!.aborted]).toEqual([false, false]);
  });

  it("times out a silent server, and leaves no timer behind after an answer", async () => {
    vi.useFakeTimers();
    const silent = createJsonClient({ sourceId: "prod", baseUrl: "http://h", timeoutMs: 2000, fetch: fakeFetch("hang").fetch });
    const pending = failureOf(silent.request({ path: "a" }, { now: NOW, signal: new AbortController().signal }));
    await vi.advanceTimersByTimeAsync(2000);
    expect((await pending).message).toBe("source prod did not answer within 2s");
    const answering = createJsonClient({ sourceId: "prod", baseUrl: "http://h", timeoutMs: 2000, fetch: fakeFetch("[]").fetch });
    expect(await answering.request({ path: "a" }, { now: NOW, signal: new AbortController().signal })).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
