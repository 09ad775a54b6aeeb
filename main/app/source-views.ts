/** The Sources panel's view of a desk's sources: settings, where each secret comes from, and polling health. Never a secret's value. */
import type { SourceHealth, SourceView, SourcesView } from "../../shared/domain/sources-view";
import { formatDuration } from "../../shared/domain/duration";
import type { SourceConfig } from "../../shared/domain/workspace-schema";
import { DEFAULT_INTERVAL_MS, type SourceStatus } from "../services/poller/poller";
import { secretOrigin, type SecretStore } from "../services/secrets/secret-store";
import type { SecretEnv } from "../services/sources/http/credentials";
import { DEFAULT_TIMEOUT_MS } from "../services/sources/http/json-client";
import type { Desk } from "./live-desk";

/** The app's secrets: what it stores, and the environment it falls back to. */
export interface AppSecrets {
  store: SecretStore;
  env: SecretEnv;
}

/** The source `sourceId` of the desk; throws a plain error for an id the workspace does not have. */
export function sourceConfig(desk: Desk, sourceId: string): SourceConfig {
  const config = desk.workspace.sources.find((s) => s.id === sourceId);
  if (!config) throw new Error(`unknown source "${sourceId}" (the workspace has ${desk.workspace.sources.map((s) => `"${s.id}"`).join(", ")})`);
  return config;
}

/** The variable name a source's secret is kept under; throws a plain error when the source takes none. */
export function secretName(config: SourceConfig): string {
  const auth = "auth" in config ? config.auth : undefined;
  if (!auth) throw new Error(`source "${config.id}" has no auth in the workspace, so it takes no secret`);
  if (!auth.password_env) throw new Error(`source "${config.id}" gives no auth.password_env in the workspace: add one to name its secret`);
  return auth.password_env;
}

function health(status: SourceStatus | undefined): SourceHealth {
  const lastError = status?.lastError ? { kind: status.lastError.kind, message: status.lastError.message } : null;
  return {
    // A source is only scheduled again after a poll, so a next poll time means it has been read.
    state: lastError ? "failing" : status?.nextPollAt ? "ok" : "idle",
    polling: status?.polling ?? false,
    failures: status?.failures ?? 0,
    nextPoll: status?.nextPollAt?.toISOString() ?? null,
    lastError,
  };
}

function secretOf(config: SourceConfig, secrets: AppSecrets): Pick<SourceView, "secret" | "secretProblem"> {
  const auth = "auth" in config ? config.auth : undefined;
  if (!auth) return { secret: "not-needed", secretProblem: null };
  const name = auth.password_env;
  if (!name) return { secret: "missing", secretProblem: "the workspace gives no auth.password_env for this source: add one to name its secret" };
  const origin = secretOrigin(name, secrets.store, secrets.env);
  if (origin !== "missing") return { secret: origin, secretProblem: null };
  return { secret: "missing", secretProblem: secrets.store.problem(name) ?? `no secret is stored and the environment variable ${name} is not set` };
}

/** One source as the panel shows it. */
export function sourceView(desk: Desk, config: SourceConfig, secrets: AppSecrets): SourceView {
  const auth = "auth" in config ? config.auth : undefined;
  return {
    id: config.id,
    kind: config.kind,
    url: "url" in config ? config.url : null,
    api: config.kind === "airflow" ? config.api : null,
    poll: config.poll ?? formatDuration(DEFAULT_INTERVAL_MS),
    timeout: config.timeout ?? formatDuration(DEFAULT_TIMEOUT_MS),
    auth: auth ? { kind: auth.kind, username: auth.username ?? null, passwordEnv: auth.password_env ?? null } : null,
    ...secretOf(config, secrets),
    demo: config.kind === "demo",
    health: health(desk.monitor.sourceStatus(config.id)),
  };
}

/** Every source of the desk, in workspace order. */
export function sourcesView(desk: Desk, secrets: AppSecrets): SourcesView {
  return {
    sources: desk.workspace.sources.map((config) => sourceView(desk, config, secrets)),
    storageRefusal: secrets.store.refusal() ?? null,
  };
}
