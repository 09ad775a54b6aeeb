/**
 * The handlers of the recovery channels, on the running desk: actions for the run an incident
 * answers, from the monitor's last reading; the clear of its failed tasks (dry run, then the real
 * one once confirmed) through the sources' secrets, each recorded on the incident's timeline.
 */
import type { RecoveryChannel } from "../../shared/ipc/contract";
import { viewOf } from "../services/incidents/incident-actions";
import { clearFailedTasks, recoveryOptions, type RecoveryScene } from "../services/recovery/recovery-service";
import { storedSecretsFirst } from "../services/secrets/secret-store";
import type { Handlers, HandlerServices } from "./handlers";
import { actingEngineer, deskWorld, incidentDesk, openWorkspaceDir } from "./incident-world";
import type { Desk } from "./live-desk";

/** The desk as recovery reads it. */
function deskScene(d: Desk): RecoveryScene {
  return { workspace: d.workspace, reading: (pipelineId) => d.monitor.reading(pipelineId) };
}

/** Builds the handlers of the recovery channels. */
export function recoveryHandlers(services: HandlerServices): Pick<Handlers, RecoveryChannel> {
  const { incidents, clock } = services;
  // The same secrets the monitor reads the sources with: stored in the app first, then the environment.
  const env = storedSecretsFirst(services.secrets.store, services.secrets.env);

  const clear = async (request: { incidentId: string; as?: string; runId?: string }, dryRun: boolean) => {
    const d = await incidentDesk(services, "acting on an incident");
    const { incidentId, runId } = request;
    const { outcome, incident } = await clearFailedTasks(incidents, deskScene(d), { env, now: () => clock.now() }, { incidentId, by: actingEngineer(services, request.as), dryRun, runId });
    // The run is queued again: read its source now, so the window shows it without waiting for the next poll.
    if (!dryRun && outcome.outcome === "succeeded") void d.monitor.pollNow(outcome.sourceId).catch(() => undefined);
    return { outcome, incident: viewOf(deskWorld(d, openWorkspaceDir(services)), incident) };
  };

  return {
    "recovery:list": async ({ incidentId }) => recoveryOptions(deskScene(await incidentDesk(services, "acting on an incident")), await incidents.get(incidentId)),
    "recovery:preview-clear": (request) => clear(request, true),
    "recovery:clear": (request) => clear(request, false),
  };
}
