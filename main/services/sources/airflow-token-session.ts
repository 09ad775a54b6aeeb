/** Airflow 3 JWT handling: `POST /auth/token` once, cached per source, renewed when the server says it expired. */
import { z } from "zod";
import type { AuthConfig } from "../../../shared/domain/workspace-schema";
import { basicCredentials, readSecret, type SecretEnv } from "./http/credentials";
import type { JsonClient, JsonRequest } from "./http/json-client";
import { SourceFailure } from "./http/source-failure";
import { parseBody } from "./parse-body";
import type { ReadContext } from "./pipeline-source";

const tokenSchema = z.object({ access_token: z.string().min(1) });

function isExpired(error: unknown): boolean {
  return error instanceof SourceFailure && error.error.status === 401 && /token expired/i.test(error.message);
}

/** Sends requests with a Bearer token, fetching and caching it; retries once with a new token on "Token Expired". */
export interface AirflowTokenSession {
  /** `client.request` with the Authorization header of this session. */
  request(req: Omit<JsonRequest, "authorization">, ctx: ReadContext): Promise<unknown>;
}

/** A session for one source. `auth.kind: token` uses the secret as a ready-made token (nothing to renew). */
export function createAirflowTokenSession(sourceId: string, client: JsonClient, auth: AuthConfig | undefined, env: SecretEnv): AirflowTokenSession {
  // The token promise is shared, so the pipelines of one read (and later reads) log in once between them.
  let cached: { promise: Promise<string>; value?: string } | undefined;

  function login(ctx: ReadContext): Promise<string> {
    const { username, password } = basicCredentials(sourceId, auth!, env);
    return client
      .request({ path: "auth/token", method: "POST", body: { username, password } }, ctx)
      .then((body) => parseBody(sourceId, "token response", tokenSchema, body).access_token);
  }

  async function header(ctx: ReadContext): Promise<string | undefined> {
    if (!auth) return undefined;
    if (auth.kind === "token") return `Bearer ${readSecret(sourceId, auth, env)}`;
    if (!cached) {
      const entry: { promise: Promise<string>; value?: string } = { promise: login(ctx) };
      cached = entry;
      entry.promise.then(
        (value) => (entry.value = value),
        // A failed login is retried by the next read. A pending entry is never replaced (forget only
        // drops a token that arrived), so the one failing here is still the cached one.
        () => (cached = undefined),
      );
    }
    return `Bearer ${await cached.promise}`;
  }

  /** Forgets the token that just failed, unless another request already replaced it. */
  function forget(failedHeader: string | undefined): void {
    if (cached?.value !== undefined && `Bearer ${cached.value}` === failedHeader) cached = undefined;
  }

  return {
    async request(req, ctx) {
      const authorization = await header(ctx);
      try {
        return await client.request({ ...req, authorization }, ctx);
      } catch (error) {
        const renewable = auth?.kind === "basic" && error instanceof SourceFailure && error.error.kind === "auth";
        if (renewable) forget(authorization);
        if (!renewable || !isExpired(error)) throw error;
        return client.request({ ...req, authorization: await header(ctx) }, ctx);
      }
    },
  };
}
