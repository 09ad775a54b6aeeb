/** Turns a source's `auth` reference into a header, reading the secret from an injected env map. */
import type { AuthConfig } from "../../../../shared/domain/workspace-schema";
import { sourceFailure } from "./source-failure";

/** Where secrets come from: `process.env` in the CLI, a safeStorage-backed map in the app. */
export type SecretEnv = Readonly<Record<string, string | undefined>>;

/** The secret named by `auth.password_env`; a missing name or variable is a configuration error, not a crash. */
export function readSecret(sourceId: string, auth: AuthConfig, env: SecretEnv): string {
  const name = auth.password_env;
  if (!name) throw sourceFailure(sourceId, "config", `source ${sourceId}: auth needs password_env (the variable holding the secret)`);
  const value = env[name];
  if (value === undefined || value === "") {
    throw sourceFailure(sourceId, "config", `source ${sourceId}: environment variable ${name} is not set`);
  }
  return value;
}

/** User name and password for `auth.kind: basic`. */
export function basicCredentials(sourceId: string, auth: AuthConfig, env: SecretEnv): { username: string; password: string } {
  if (!auth.username) throw sourceFailure(sourceId, "config", `source ${sourceId}: basic auth needs a username`);
  return { username: auth.username, password: readSecret(sourceId, auth, env) };
}

/** The Authorization header for `auth` (Basic, or Bearer for `kind: token`), or undefined without auth. */
export function authorizationHeader(sourceId: string, auth: AuthConfig | undefined, env: SecretEnv): string | undefined {
  if (!auth) return undefined;
  if (auth.kind === "token") return `Bearer ${readSecret(sourceId, auth, env)}`;
  const { username, password } = basicCredentials(sourceId, auth, env);
  return `Basic ${Buffer.from(`${username}:${password}`, "utf8").toString("base64")}`;
}
