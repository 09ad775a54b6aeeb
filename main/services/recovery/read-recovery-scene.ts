/** The scene the command line recovers in: the incident's pipeline read from its source just now (the CLI runs no monitor). */
import type { Workspace } from "../../../shared/domain/workspace";
import { readSourcesOnce, type ReadOnceOptions } from "../sources/read-sources-once";
import type { RecoveryScene } from "./recovery-service";

/** Source kinds that have recovery actions: only these are worth a read. */
const RECOVERABLE = new Set(["airflow", "spark-history"]);

/** Reads `pipelineId` from its source once (under the poller's deadline) when that source offers recovery actions. */
export async function readRecoveryScene(workspace: Workspace, pipelineId: string, options: ReadOnceOptions): Promise<RecoveryScene> {
  const pipeline = workspace.pipelines.find((p) => p.id === pipelineId);
  const config = pipeline && workspace.sources.find((s) => s.id === pipeline.source.id);
  if (!pipeline || !config || !RECOVERABLE.has(config.kind)) return { workspace, reading: () => undefined };
  const readings = await readSourcesOnce({ sources: [config], pipelines: [pipeline] }, options);
  return { workspace, reading: (id) => readings.get(id) };
}
