/** Pipelines for tests: a valid Pipeline with only what a test cares about spelled out. */
import type { Pipeline } from "../../shared/domain/workspace-schema";

/** A pipeline `id` read from `source` (source.id plus dag_id / app_name / key), on `schedule`. */
export function makePipeline(id: string, source: Pipeline["source"], schedule = "0 6 * * *"): Pipeline {
  return {
    id,
    name: id,
    area: "profit",
    impact: "high",
    purpose: "test",
    engine: "test",
    inputs: [],
    schedule,
    sla: "2h",
    owners: { primary: "a", secondary: "b" },
    source,
    alerts: [],
    checks: [],
    success_metrics: [],
  };
}
