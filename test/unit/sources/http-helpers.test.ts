import { describe, expect, it } from "vitest";
import type { SourceConfig } from "../../../shared/domain/workspace-schema";
import { createSource } from "../../../main/services/sources/create-source";
import { authorizationHeader } from "../../../main/services/sources/http/credentials";
import { describeErrorBody } from "../../../main/services/sources/http/describe-error-body";
import { parseRetryAfter } from "../../../main/services/sources/http/retry-after";
import { SourceFailure } from "../../../main/services/sources/http/source-failure";
import type { PipelineSource } from "../../../main/services/sources/pipeline-source";

describe("describeErrorBody", () => {
  it("joins an RFC 7807 title and detail, and falls back to the title when detail is null", () => {
    expect(describeErrorBody('{"type":"x","title":"DAG not found","status":404,"detail":"DAG with dag_id: \'a\' not found"}')).toBe("DAG not found: DAG with dag_id: 'a' not found");
    expect(describeErrorBody('{"detail":null,"status":401,"title":"Unauthorized","type":"x"}')).toBe("Unauthorized");
  });

  it("lists Airflow v2 validation errors with their locations", () => {
    const body = { detail: [{ type: "greater_than_equal", loc: ["query", "limit"], msg: "Input should be greater than or equal to 0", input: "-1" }, { loc: ["query", "offset"], msg: "bad" }] };
    expect(describeErrorBody(JSON.stringify(body))).toBe("query.limit: Input should be greater than or equal to 0; query.offset: bad");
  });

  it("shortens long plain text to one line and says nothing for an empty or reason-less body", () => {
    const text = describeErrorBody(`Traceback\n${"x".repeat(500)}`);
    expect(text?.startsWith("Traceback x")).toBe(true);
    expect(text?.length).toBe(201);
    expect(describeErrorBody("")).toBeUndefined();
    expect(describeErrorBody('{"status":500}')).toBeUndefined();
  });
});

describe("parseRetryAfter", () => {
  const now = new Date("2024-06-03T12:00:00Z");
  it("reads delay-seconds and HTTP dates; a past date means now; garbage means nothing", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Mon, 03 Jun 2024 12:02:00 GMT", now)).toBe(120_000);
    expect(parseRetryAfter("Mon, 03 Jun 2024 11:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe("authorizationHeader", () => {
  it("builds Basic and Bearer headers from the injected env and fails as config without a username", () => {
    expect(authorizationHeader("s", { kind: "basic", username: "u", password_env: "P" }, { P: "p" })).toBe(`Basic ${Buffer.from("u:p").toString("base64")}`);
    expect(authorizationHeader("s", { kind: "token", password_env: "T" }, { T: "abc" })).toBe("Bearer abc");
    expect(authorizationHeader("s", undefined, {})).toBeUndefined();
    try {
      authorizationHeader("s", { kind: "basic", password_env: "P" }, { P: "p" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SourceFailure);
      expect((error as SourceFailure).error).toEqual({ sourceId: "s", kind: "config", message: "source s: basic auth needs a username" });
    }
  });
});

describe("createSource", () => {
  it("builds a demo source with the injected factory and refuses clearly without one", () => {
    const demoConfig: SourceConfig = { id: "demo", kind: "demo" };
    const demo: PipelineSource = { id: "demo", kind: "demo", read: async () => [] };
    expect(createSource(demoConfig, { env: {}, demo: () => demo })).toBe(demo);
    expect(() => createSource(demoConfig, { env: {} })).toThrow("source demo is a demo source, but no demo factory was passed to createSource");
  });

  it("builds each HTTP kind", () => {
    const kinds = (
      [
        { id: "a", kind: "airflow", api: "v1", url: "http://127.0.0.1:1" },
        { id: "b", kind: "airflow", api: "v2", url: "http://127.0.0.1:1" },
        { id: "c", kind: "spark-history", url: "http://127.0.0.1:1" },
      ] satisfies SourceConfig[]
    ).map((c) => createSource(c, { env: {} }).kind);
    expect(kinds).toEqual(["airflow", "airflow", "spark-history"]);
  });
});
