import { describe, expect, it } from "vitest";
import { createAirflowTokenSession } from "../../../main/services/sources/airflow-token-session";
import type { JsonRequest } from "../../../main/services/sources/http/json-client";
import { SourceFailure, sourceFailure } from "../../../main/services/sources/http/source-failure";

const ctx = { now: new Date("2024-06-03T12:00:00Z"), signal: new AbortController().signal };
const env = { AIRFLOW3_PASSWORD: "pw3" };
const basic = { kind: "basic" as const, username: "oncall", password_env: "AIRFLOW3_PASSWORD" };

const expired = () => sourceFailure("af3", "auth", "authentication failed for source af3 (HTTP 401: Token Expired)", { status: 401 });
const invalidJwt = () => sourceFailure("af3", "auth", "authentication failed for source af3 (HTTP 403: Invalid JWT token)", { status: 403 });

/**
 * A JsonClient standing in for the server: logins answer the next of `logins` (a token, or an error
 * to throw), and data requests answer `data(req)`. Every request is recorded.
 */
function scriptedClient(logins: (string | Error)[], data: (req: JsonRequest) => Promise<unknown>) {
  const requests: JsonRequest[] = [];
  let loginCount = 0;
  const client = {
    async request(req: JsonRequest) {
      requests.push(req);
      if (req.path === "auth/token") {
        const answer = logins[loginCount++];
        if (answer instanceof Error) throw answer;
        return answer === undefined ? {} : { access_token: answer };
      }
      return data(req);
    },
  };
  return { client, requests, logins: () => loginCount, dataAuth: () => requests.filter((r) => r.path !== "auth/token").map((r) => r.authorization) };
}

describe("airflow token session", () => {
  it("sends a configured token as it is, without logging in", async () => {
    const s = scriptedClient([], async () => "ok");
    const session = createAirflowTokenSession("af3", s.client, { kind: "token", password_env: "AIRFLOW3_PASSWORD" }, env);
    expect(await session.request({ path: "api/v2/dags/etl" }, ctx)).toBe("ok");
    expect(s.dataAuth()).toEqual(["Bearer pw3"]);
    expect(s.logins()).toBe(0);
  });

  it("does not retry a configured token the server says expired: there is nothing to renew", async () => {
    const s = scriptedClient([], async () => {
      throw expired();
    });
    const session = createAirflowTokenSession("af3", s.client, { kind: "token", password_env: "AIRFLOW3_PASSWORD" }, env);
    await expect(session.request({ path: "api/v2/dags/etl" }, ctx)).rejects.toMatchObject({ error: { kind: "auth", status: 401 } });
    expect(s.dataAuth()).toEqual(["Bearer pw3"]);
  });

  it("names the token response when the login answer has no access_token", async () => {
    const s = scriptedClient([], async () => "ok");
    const session = createAirflowTokenSession("af3", s.client, basic, env);
    await expect(session.request({ path: "api/v2/dags/etl" }, ctx)).rejects.toMatchObject({
      error: { kind: "parse", message: expect.stringMatching(/^source af3 returned an unexpected token response at access_token: /) },
    });
  });

  it("logs in again on the next request after a failed login", async () => {
    const badLogin = sourceFailure("af3", "auth", "authentication failed for source af3 (HTTP 401: Invalid credentials)", { status: 401 });
    const s = scriptedClient([badLogin, "t2"], async () => "ok");
    const session = createAirflowTokenSession("af3", s.client, basic, env);
    await expect(session.request({ path: "api/v2/dags/etl" }, ctx)).rejects.toBe(badLogin);
    expect(await session.request({ path: "api/v2/dags/etl" }, ctx)).toBe("ok");
    expect(s.logins()).toBe(2);
    expect(s.dataAuth()).toEqual(["Bearer t2"]);
  });

  it("passes an error that is not a SourceFailure through unchanged", async () => {
    const bug = new TypeError("fetch failed");
    const s = scriptedClient(["t1"], async () => {
      throw bug;
    });
    const session = createAirflowTokenSession("af3", s.client, basic, env);
    await expect(session.request({ path: "api/v2/dags/etl" }, ctx)).rejects.toBe(bug);
  });

  it("keeps the token after a failure that is not about authentication", async () => {
    let fail = true;
    const s = scriptedClient(["t1", "t2"], async () => {
      if (fail) throw sourceFailure("af3", "http", "source af3 returned HTTP 500: Internal Server Error", { status: 500 });
      return "ok";
    });
    const session = createAirflowTokenSession("af3", s.client, basic, env);
    await expect(session.request({ path: "api/v2/dags/etl" }, ctx)).rejects.toMatchObject({ error: { status: 500 } });
    fail = false;
    expect(await session.request({ path: "api/v2/dags/etl" }, ctx)).toBe("ok");
    expect(s.logins()).toBe(1);
    expect(s.dataAuth()).toEqual(["Bearer t1", "Bearer t1"]);
  });

  it("retries only a 401 as expired: a 403 is reported even when its text says the token expired", async () => {
    const forbidden = sourceFailure("af3", "auth", "authentication failed for source af3 (HTTP 403: Token Expired)", { status: 403 });
    const s = scriptedClient(["t1", "t2"], async () => {
      throw forbidden;
    });
    const session = createAirflowTokenSession("af3", s.client, basic, env);
    await expect(session.request({ path: "api/v2/dags/etl" }, ctx)).rejects.toBe(forbidden);
    expect(s.dataAuth()).toEqual(["Bearer t1"]);
  });

  it("reports both of two requests refused with the same token (403 Invalid JWT)", async () => {
    const s = scriptedClient(["t1"], async () => {
      throw invalidJwt();
    });
    const session = createAirflowTokenSession("af3", s.client, basic, env);
    const both = await Promise.allSettled([session.request({ path: "a" }, ctx), session.request({ path: "b" }, ctx)]);
    for (const result of both) {
      expect(result.status).toBe("rejected");
      expect(result.status === "rejected" && result.reason).toBeInstanceOf(SourceFailure);
      expect(result.status === "rejected" && result.reason).toMatchObject({ error: { status: 403 } });
    }
  });

  it("keeps a renewed token when a request still holding the old one fails late", async () => {
    // Request "slow" is sent with t1 and fails only after "fast" has found t1 expired and renewed it to t2.
    let releaseSlow!: () => void;
    const slowGate = new Promise<void>((resolve) => (releaseSlow = resolve));
    const s = scriptedClient(["t1", "t2", "t3"], async (req) => {
      if (req.authorization !== "Bearer t1") return `${req.path} with ${req.authorization}`;
      if (req.path === "slow") await slowGate;
      throw expired();
    });
    const session = createAirflowTokenSession("af3", s.client, basic, env);
    const slow = session.request({ path: "slow" }, ctx);
    expect(await session.request({ path: "fast" }, ctx)).toBe("fast with Bearer t2");
    releaseSlow();
    expect(await slow).toBe("slow with Bearer t2");
    expect(s.logins()).toBe(2);
  });
});
