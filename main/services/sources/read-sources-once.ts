/** Every source of a workspace read once, each under the poller's deadline for a whole read: for commands that compare rather than monitor. */
import type { PipelineReading } from "../../../shared/domain/runs";
import type { Pipeline, SourceConfig } from "../../../shared/domain/workspace-schema";
import type { Clock } from "../clock";
import { readDeadlineMs } from "../poller/poller";
import { readWithDeadline } from "../poller/read-with-deadline";
import { createSource } from "./create-source";
import type { SecretEnv } from "./http/credentials";

/** What a one-off read needs. */
export interface ReadOnceOptions {
  env: SecretEnv;
  clock: Clock;
  /** Ends the reads early (Ctrl-C); they then report a timeout. */
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

/** Readings by pipeline id, from every source that is not a demo source (those have nothing to compare). */
export async function readSourcesOnce(
  workspace: { sources: readonly SourceConfig[]; pipelines: readonly Pipeline[] },
  options: ReadOnceOptions,
): Promise<Map<string, PipelineReading>> {
  const stopSignal = options.signal ?? new AbortController().signal;
  const reads = workspace.sources
    .filter((config) => config.kind !== "demo")
    .map((config) => {
      const pipelines = workspace.pipelines.filter((p) => p.source.id === config.id);
      if (pipelines.length === 0) return Promise.resolve([]);
      const source = createSource(config, { env: options.env, fetch: options.fetch });
      return readWithDeadline(source, pipelines, { clock: options.clock, timeoutMs: readDeadlineMs(config), stopSignal });
    });
  return new Map((await Promise.all(reads)).flat().map((r) => [r.pipelineId, r]));
}
