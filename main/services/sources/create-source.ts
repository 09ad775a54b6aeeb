/** Builds the PipelineSource for a workspace source config: the one place that knows every kind. */
import { durationMs } from "../../../shared/domain/duration";
import type { SourceConfig } from "../../../shared/domain/workspace-schema";
import { createAirflowV1Source } from "./airflow-v1";
import { createAirflowV2Source } from "./airflow-v2";
import { createHttpJsonSource } from "./http-json";
import type { SecretEnv } from "./http/credentials";
import { DEFAULT_TIMEOUT_MS, createJsonClient, type JsonClient } from "./http/json-client";
import type { PipelineSource } from "./pipeline-source";
import { createSparkHistorySource } from "./spark-history";

/** What sources need from outside: secrets, optionally a fetch (tests), and the demo factory. */
export interface SourceDeps {
  /** Secrets by variable name: `process.env` in the CLI, safeStorage-backed in the app. */
  env: SecretEnv;
  fetch?: typeof fetch;
  /** Builds the demo source (sources/demo-source.ts); injected so this module does not depend on it. */
  demo?: (config: Extract<SourceConfig, { kind: "demo" }>) => PipelineSource;
}

/** A source reached over HTTP (every kind but demo). */
export type HttpSourceConfig = Exclude<SourceConfig, { kind: "demo" }>;

/** The JSON client of an HTTP source: its URL and timeout; reads and recovery actions both go through it. */
export function sourceClient(config: HttpSourceConfig, fetchImpl?: typeof fetch): JsonClient {
  return createJsonClient({
    sourceId: config.id,
    baseUrl: config.url,
    timeoutMs: config.timeout ? durationMs(config.timeout) : DEFAULT_TIMEOUT_MS,
    fetch: fetchImpl,
  });
}

/** A source for `config`. Throws only for a programming error: a demo config without `deps.demo`. */
export function createSource(config: SourceConfig, deps: SourceDeps): PipelineSource {
  if (config.kind === "demo") {
    if (!deps.demo) throw new Error(`source ${config.id} is a demo source, but no demo factory was passed to createSource`);
    return deps.demo(config);
  }
  const client = sourceClient(config, deps.fetch);
  switch (config.kind) {
    case "airflow":
      return config.api === "v1" ? createAirflowV1Source(config, client, deps.env) : createAirflowV2Source(config, client, deps.env);
    case "spark-history":
      return createSparkHistorySource(config, client, deps.env);
    case "http-json":
      return createHttpJsonSource(config, client, deps.env);
  }
}
