/** The faults every HTTP source must survive, as one table run against each client and its fake. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import type { PipelineReading, SourceError } from "../../../shared/domain/runs";
import type { FakeServer } from "../../fakes/fake-http-server";

/** The instant every source test reads at. */
export const NOW = new Date("2024-06-03T12:00:00.000Z");

/** How to read one pipeline from the source under test. */
export interface FaultTarget {
  sourceId: string;
  server: () => FakeServer;
  /** Reads the test pipeline from a fresh source at `url` (default: the fake's) with an optional timeout. */
  read: (options?: { url?: string; timeout?: string }) => Promise<PipelineReading>;
  /** How the fake's 500 "scheduler exploded" body reads in the message (each API words errors its own way). */
  serverErrorReason: string;
  /**
   * Requests one read sends at once (Spark: 2). Each fault is planted that many times so that a
   * request still on its way from the previous case cannot use up this case's fault.
   */
  parallelRequests?: number;
}

/** The error of a reading that must have failed. */
export function errorOf(reading: PipelineReading): SourceError {
  if (reading.ok) throw new Error(`expected a failed reading, got ${reading.runs.length} runs`);
  return reading.error;
}

/** A URL where nothing listens: a port that was just free. */
async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** Registers the fault cases for `target` in the current describe block. */
export function faultCases(target: FaultTarget): void {
  const id = target.sourceId;
  const times = target.parallelRequests ?? 1;
  afterEach(() => target.server().clearFaults());

  it("reports a request that outlives the timeout as a timeout", async () => {
    target.server().fault({ kind: "delay", ms: 5_000 }, { times: 10 });
    expect(errorOf(await target.read({ timeout: "300ms" }))).toEqual({ sourceId: id, kind: "timeout", message: `source ${id} did not answer within 300 ms` });
  });

  it("reports a 500 with the API's error body as an HTTP error carrying the detail", async () => {
    target.server().fault({ kind: "error", status: 500, title: "Internal Server Error", detail: "scheduler exploded" }, { times });
    expect(errorOf(await target.read())).toEqual({ sourceId: id, kind: "http", status: 500, message: `source ${id} returned HTTP 500: ${target.serverErrorReason}` });
  });

  it("reports 429 with Retry-After in seconds as rate-limit with the delay", async () => {
    target.server().fault({ kind: "retry-after", status: 429, retryAfter: "120" }, { times });
    const error = errorOf(await target.read());
    expect(error).toMatchObject({ kind: "rate-limit", status: 429, retryAfterMs: 120_000 });
    expect(error.message).toBe(`source ${id} is rate limiting requests (HTTP 429: Too Many Requests); asked to wait 120 s`);
  });

  it("reads a Retry-After given as an HTTP date relative to the read's now", async () => {
    target.server().fault({ kind: "retry-after", status: 429, retryAfter: new Date(NOW.getTime() + 90_000).toUTCString() }, { times });
    expect(errorOf(await target.read())).toMatchObject({ kind: "rate-limit", retryAfterMs: 90_000 });
  });

  it("keeps the Retry-After of a 503", async () => {
    target.server().fault({ kind: "retry-after", status: 503, retryAfter: "30" }, { times });
    expect(errorOf(await target.read())).toMatchObject({ kind: "http", status: 503, retryAfterMs: 30_000 });
  });

  it("reports malformed JSON as a parse error", async () => {
    target.server().fault({ kind: "malformed-json" }, { times });
    const error = errorOf(await target.read());
    expect(error.kind).toBe("parse");
    expect(error.message).toMatch(new RegExp(`^source ${id} returned malformed JSON \\(HTTP 200\\): .+`));
  });

  it("reports a connection reset as a network error", async () => {
    target.server().fault({ kind: "reset" }, { times });
    const host = new URL(target.server().url).host;
    expect(errorOf(await target.read())).toEqual({ sourceId: id, kind: "network", message: `source ${id} closed the connection before answering (${host})` });
  });

  it("reports a proxy's HTML error page as a parse error, not as JSON garbage", async () => {
    target.server().fault({ kind: "html", status: 502 }, { times });
    expect(errorOf(await target.read())).toEqual({ sourceId: id, kind: "parse", status: 502, message: `source ${id} returned an HTML page (HTTP 502), not JSON` });
  });

  it("reports an unknown host as a network error naming the host (RFC 2606 .invalid never resolves)", async () => {
    const error = errorOf(await target.read({ url: "http://pipelines.invalid:8080" }));
    expect(error).toEqual({ sourceId: id, kind: "network", message: `cannot reach source ${id}: host pipelines.invalid not found (DNS)` });
  });

  it("reports a refused connection as a network error", async () => {
    const url = await refusedUrl();
    expect(errorOf(await target.read({ url }))).toEqual({ sourceId: id, kind: "network", message: `cannot reach source ${id}: connection refused by ${new URL(url).host}` });
  });

  // The body faults: headers arrive, then the body stalls, trickles slower than the timeout, or breaks off.
  // Each is a failure like any other, within the request timeout.
  it("times out a response that sends its headers and then stalls its body", async () => {
    target.server().fault({ kind: "stall-after-headers" }, { times: 10 });
    expect(errorOf(await target.read({ timeout: "300ms" }))).toEqual({ sourceId: id, kind: "timeout", message: `source ${id} did not answer within 300 ms` });
  });

  it("times out a body that trickles in slower than the timeout, though bytes keep coming", async () => {
    target.server().fault({ kind: "slow-body", everyMs: 50 }, { times: 10 });
    expect(errorOf(await target.read({ timeout: "300ms" }))).toEqual({ sourceId: id, kind: "timeout", message: `source ${id} did not answer within 300 ms` });
  });

  it("reports a connection closed mid-body as a network error that says the answer broke off", async () => {
    target.server().fault({ kind: "close-mid-body" }, { times });
    const host = new URL(target.server().url).host;
    expect(errorOf(await target.read())).toEqual({ sourceId: id, kind: "network", message: `source ${id} closed the connection in the middle of its answer (${host})` });
  });
}
