/** Home-grown status endpoints: one JSON document, read through the workspace's dot-path mapping. */
import type { PipelineRun, RunState, UnattributedRun } from "../../../shared/domain/runs";
import type { HttpJsonMapping, Pipeline, SourceConfig } from "../../../shared/domain/workspace-schema";
import { authorizationHeader, type SecretEnv } from "./http/credentials";
import type { JsonClient } from "./http/json-client";
import { sourceFailure } from "./http/source-failure";
import { isoInstant } from "./parse-body";
import type { PipelineSource } from "./pipeline-source";
import { once, placedRead, readEach } from "./read-each";

/** An http-json source. */
export type HttpJsonConfig = Extract<SourceConfig, { kind: "http-json" }>;

/** Numbers below this are unix seconds (Dagster-style), above it milliseconds: 1e11 s is the year 5138. */
const SECONDS_LIMIT = 1e11;

/** The value at dot path `path` ("a.b.0.c"); the empty path is the value itself. */
export function valueAt(value: unknown, path: string): unknown {
  if (path === "") return value;
  let current = value;
  for (const key of path.split(".")) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function stateTable(mapping: HttpJsonMapping): Map<string, RunState> {
  const table = new Map<string, RunState>();
  for (const state of ["success", "failed", "running", "queued"] as const) {
    for (const value of mapping.states[state]) table.set(value, state);
  }
  return table;
}

/** A field holding an instant: ISO text, or a unix time in seconds or milliseconds. */
function instantAt(sourceId: string, item: unknown, path: string): string | null {
  const value = valueAt(item, path);
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "number") return isoInstant(sourceId, path, value < SECONDS_LIMIT ? value * 1000 : value);
  if (typeof value === "string") return isoInstant(sourceId, path, value);
  throw sourceFailure(sourceId, "parse", `source ${sourceId}: field ${path} holds ${JSON.stringify(value)}, not a date`);
}

/** A field holding a share of records (completeness, accuracy): a fraction 0..1 or a percentage text ("99.5%"); undefined when the run has none. */
function shareAt(sourceId: string, item: unknown, path: string): number | undefined {
  const value = valueAt(item, path);
  if (value === undefined || value === null || value === "") return undefined;
  const percent = typeof value === "string" ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value) : null;
  const share = percent ? Number(percent[1]) / 100 : typeof value === "number" ? value : NaN;
  if (!(share >= 0 && share <= 1)) throw sourceFailure(sourceId, "parse", `source ${sourceId}: field ${path} holds ${JSON.stringify(value)}, not a fraction from 0 to 1 or a percentage such as "99.5%"`);
  return share;
}

/** An http-json source reading `config.url` through `client`. */
export function createHttpJsonSource(config: HttpJsonConfig, client: JsonClient, env: SecretEnv): PipelineSource {
  const sourceId = config.id;
  const { mapping } = config;
  const states = stateTable(mapping);

  /** An item as a run; without its interval field it is kept as a run without an interval, never discarding the others. */
  function toRun(pipeline: Pipeline, item: unknown, index: number): PipelineRun | UnattributedRun {
    const raw = valueAt(item, mapping.state);
    const state = states.get(String(raw));
    if (!state) throw sourceFailure(sourceId, "parse", `source ${sourceId}: state "${String(raw)}" of pipeline ${pipeline.id} is not in mapping.states`);
    const intervalEnd = instantAt(sourceId, item, mapping.interval_end);
    const id = mapping.id === undefined ? undefined : valueAt(item, mapping.id);
    const runId = id !== undefined && id !== null ? String(id) : `${pipeline.id}@${intervalEnd ?? `#${index}`}`;
    const start = mapping.start ? instantAt(sourceId, item, mapping.start) : null;
    const end = mapping.end ? instantAt(sourceId, item, mapping.end) : null;
    if (!intervalEnd) return { runId, state, start, end, note: `no ${mapping.interval_end} in the source's document` };
    const run: PipelineRun = { pipelineId: pipeline.id, runId, state, intervalEnd, start, end };
    // Data quality only where the endpoint reports it: the KPIs show "not measured" rather than guess.
    const completeness = mapping.completeness ? shareAt(sourceId, item, mapping.completeness) : undefined;
    const accuracy = mapping.accuracy ? shareAt(sourceId, item, mapping.accuracy) : undefined;
    if (completeness !== undefined) run.completeness = completeness;
    if (accuracy !== undefined) run.accuracy = accuracy;
    return run;
  }

  /** Which items belong to `pipeline`: all of them when the mapping names no pipeline field (one pipeline per URL). */
  function belongsTo(pipeline: Pipeline): (item: unknown) => boolean {
    if (mapping.pipeline === undefined) return () => true;
    const field = mapping.pipeline;
    const key = pipeline.source.key;
    if (!key) throw sourceFailure(sourceId, "config", `pipeline ${pipeline.id} has no source.key for http-json source ${sourceId}`);
    return (item) => String(valueAt(item, field)) === key;
  }

  return {
    id: sourceId,
    kind: "http-json",
    read(pipelines, ctx) {
      const items = once(async () => {
        const authorization = authorizationHeader(sourceId, config.auth, env);
        const runs = valueAt(await client.request({ path: "", authorization }, ctx), mapping.runs);
        if (!Array.isArray(runs)) {
          const where = mapping.runs === "" ? "the document" : `mapping.runs "${mapping.runs}"`;
          throw sourceFailure(sourceId, "parse", `source ${sourceId}: ${where} is not an array of runs`);
        }
        return runs as unknown[];
      });
      return readEach(sourceId, pipelines, ctx, async (pipeline) => {
        const mine = belongsTo(pipeline);
        return placedRead((await items()).filter(mine).map((item, i) => toRun(pipeline, item, i)));
      });
    },
  };
}
