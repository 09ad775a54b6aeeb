/**
 * Recovery actions on an incident's pipeline, shared by the window and the command line: what is
 * offered for the run the incident answers (open it in Airflow or the Spark History Server, clear its
 * failed tasks), and the clear itself, dry run or real, each recorded on the incident's timeline.
 */
import { changeContext, checkChange } from "../../../shared/domain/incidents/check-change";
import type { Incident } from "../../../shared/domain/incidents/fold-incident";
import type { RecoveryEvent } from "../../../shared/domain/incidents/incident-events";
import { journalInstant } from "../../../shared/domain/incidents/incident-text";
import { CLEAR_FAILED_TASKS, clearEvent, incidentRun, type ClearOutcome, type RecoveryAction, type RecoveryOptions } from "../../../shared/domain/incidents/recovery";
import type { PipelineReading } from "../../../shared/domain/runs";
import type { Workspace } from "../../../shared/domain/workspace";
import { IncidentError } from "../incidents/incident-error";
import type { IncidentService } from "../incidents/incident-service";
import type { ClearDeps } from "./airflow-clear";
import { clearOutcome } from "./clear-outcome";
import { airflowRunUrl, sparkApplicationOf, sparkApplicationUrl } from "./recovery-links";

/** What recovery reads of the running world: the workspace and each pipeline's last reading. */
export interface RecoveryScene {
  workspace: Workspace;
  /** The pipeline's last reading: the monitor's in the app, one made just now in the CLI. */
  reading(pipelineId: string): PipelineReading | undefined;
}

/** What a clear needs besides the scene: secrets, a fetch in tests, and the clock it is recorded by. */
export interface RecoveryDeps extends ClearDeps {
  now(): Date;
  /** Cancels a clear in flight (Ctrl-C). */
  signal?: AbortSignal;
}

/** Labels of the actions, as the window and the CLI show them. */
const ACTION_LABELS: Record<RecoveryAction["kind"], string> = {
  "open-airflow-run": "Open this run in Airflow",
  "clear-failed-tasks": "Clear the failed tasks of this run",
  "open-spark-application": "Open the application in the History Server",
};

/** The workspace's pipeline and source of an incident, or why recovery cannot name them. */
function pipelineSource(workspace: Workspace, incident: Incident) {
  const pipeline = workspace.pipelines.find((p) => p.id === incident.pipelineId);
  const config = pipeline && workspace.sources.find((s) => s.id === pipeline.source.id);
  return { pipeline, config };
}

/** What recovery offers `incident` now; reasons for what it does not offer are in `notes`. */
export function recoveryOptions(scene: RecoveryScene, incident: Incident): RecoveryOptions {
  const options: RecoveryOptions = { incidentId: incident.id, pipelineId: incident.pipelineId, source: null, run: null, actions: [], notes: [] };
  const note = (text: string) => (options.notes.push(text), options);
  if (incident.resolution) return note(`incident ${incident.id} is resolved: recovery actions are for incidents still open`);
  const { pipeline, config } = pipelineSource(scene.workspace, incident);
  if (!pipeline || !config) return note(`the workspace no longer has pipeline ${incident.pipelineId} or its source`);
  options.source = { id: config.id, kind: config.kind, api: config.kind === "airflow" ? config.api : null };
  if (config.kind !== "airflow" && config.kind !== "spark-history") return note(`${pipeline.id} reads source ${config.id} (${config.kind}), which offers no recovery actions`);
  const choice = incidentRun(incident, scene.reading(pipeline.id));
  if (!choice.run) return note(choice.reason);
  const { run } = choice;
  options.run = run;
  if (config.kind === "spark-history") {
    options.actions.push({ kind: "open-spark-application", label: ACTION_LABELS["open-spark-application"], url: sparkApplicationUrl(config, run.runId), appId: sparkApplicationOf(run.runId).appId });
    return options;
  }
  const dagId = pipeline.source.dag_id;
  if (!dagId) return note(`pipeline ${pipeline.id} has no source.dag_id for airflow source ${config.id}`);
  options.actions.push({ kind: "open-airflow-run", label: ACTION_LABELS["open-airflow-run"], url: airflowRunUrl(config, dagId, run.runId), runId: run.runId });
  if (run.state === "failed") options.actions.push({ kind: "clear-failed-tasks", label: ACTION_LABELS["clear-failed-tasks"], runId: run.runId, dagId });
  else note(`run ${run.runId} is ${run.state}, not failed: there are no failed tasks to clear`);
  return options;
}

/** Which clear to make, and by whom. */
export interface ClearRequest {
  incidentId: string;
  by: string;
  dryRun: boolean;
  /** The run the user saw in the dry run: the real clear is refused when the incident's run has changed since. */
  runId?: string;
}

/**
 * Clears the failed tasks of the incident's run (or, as a dry run, lists them) and records the
 * outcome on its timeline, a refusal or failure included. What the journal would refuse (a resolved
 * incident, an unknown engineer) and a run that is not failed are refused before Airflow is asked.
 */
export async function clearFailedTasks(incidents: IncidentService, scene: RecoveryScene, deps: RecoveryDeps, request: ClearRequest): Promise<{ outcome: ClearOutcome; incident: Incident }> {
  const { workspace } = scene;
  const incident = await incidents.get(request.incidentId);
  const at = journalInstant(deps.now().getTime());
  const probe: RecoveryEvent = { type: "recovery", at, by: request.by, action: CLEAR_FAILED_TASKS, target: "", dryRun: request.dryRun, outcome: "succeeded", detail: "", items: [] };
  const refusal = checkChange(incident, probe, changeContext(workspace));
  if (refusal) throw new IncidentError(refusal.code, refusal.message);
  const options = recoveryOptions(scene, incident);
  const clear = options.actions.find((a) => a.kind === "clear-failed-tasks");
  if (!clear) throw new IncidentError("invalid", `there is nothing to clear for incident ${incident.id}: ${options.notes.join("; ")}`);
  if (request.runId !== undefined && request.runId !== clear.runId) {
    throw new IncidentError("invalid", `incident ${incident.id} now answers run ${clear.runId}, not ${request.runId}: look at the dry run again before clearing`);
  }
  const { config } = pipelineSource(workspace, incident);
  // A clear is only ever offered for an Airflow source (recoveryOptions): this narrows the type.
  if (config?.kind !== "airflow") throw new IncidentError("invalid", `pipeline ${incident.pipelineId} does not read an Airflow source`);
  const ctx = { now: deps.now(), signal: deps.signal ?? new AbortController().signal };
  const outcome = await clearOutcome({ config, dagId: clear.dagId, runId: clear.runId }, request.dryRun, deps, ctx);
  return { outcome, incident: await incidents.change(workspace, incident.id, clearEvent(outcome, request.by, at)) };
}
