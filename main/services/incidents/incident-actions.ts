/**
 * The incident operations the command line and the window share, on the world each runs in: the
 * workspace, its schedule and the alert book (the app's live one, the CLI's stored one).
 */
import { escalationChain } from "../../../shared/domain/rotation/escalation-chain";
import type { Schedule } from "../../../shared/domain/rotation/schedule";
import { contactLinks, escalationEvent, incidentEscalation, type EscalationSent, type IncidentEscalation } from "../../../shared/domain/incidents/incident-escalation";
import type { Incident } from "../../../shared/domain/incidents/fold-incident";
import { situationFromAlerts, type Situation } from "../../../shared/domain/incidents/incident-situation";
import { incidentAlertRecords } from "../../../shared/domain/incidents/incident-timeline";
import { incidentView, type IncidentView } from "../../../shared/domain/incidents/incident-view";
import { journalInstant, personName } from "../../../shared/domain/incidents/incident-text";
import type { AlertView, PipelineSnapshot } from "../../../shared/domain/status";
import type { Workspace } from "../../../shared/domain/workspace";
import { IncidentError } from "./incident-error";
import type { IncidentService } from "./incident-service";

/** The alert book as incidents use it (an AlertBook fits). */
export interface AlertAccess {
  list(): AlertView[];
  acknowledge(id: string, by?: string): unknown;
}

/** What incident operations read of the running world. */
export interface IncidentWorld {
  workspace: Workspace;
  workspaceDir: string;
  schedule: Schedule;
  alerts: AlertAccess;
  /** The pipeline's live status where a monitor runs (the app); absent, the incident's alerts say what is known. */
  live?: (pipelineId: string) => PipelineSnapshot | undefined;
}

/** What starting an incident takes: a pipeline, or an alert (its pipeline then). */
export interface StartParams {
  pipelineId?: string;
  alertId?: string;
  by: string;
  at: Date;
  /** Acknowledge its open alerts as the commander (not for a back-dated start, whose acknowledgement would be stamped now). */
  acknowledge: boolean;
}

/**
 * Starts an incident answering the pipeline's unresolved alerts (the named one among them), and
 * acknowledges those still open: starting an incident is taking it on.
 */
export async function startIncident(service: IncidentService, world: IncidentWorld, params: StartParams): Promise<Incident> {
  const all = world.alerts.list();
  const named = params.alertId === undefined ? undefined : all.find((a) => a.id === params.alertId);
  if (params.alertId !== undefined && !named) throw new IncidentError("unknown-alert", `unknown alert "${params.alertId}"`);
  const pipelineId = named?.pipelineId ?? params.pipelineId;
  if (pipelineId === undefined) throw new IncidentError("invalid", "name the pipeline or the alert the incident answers");
  if (named && params.pipelineId !== undefined && params.pipelineId !== named.pipelineId) {
    throw new IncidentError("invalid", `alert "${named.id}" is about ${named.pipelineId}, not ${params.pipelineId}`);
  }
  const answers = (list: AlertView[]) => list.filter((a) => a.pipelineId === pipelineId && (a.state !== "resolved" || a.id === named?.id));
  if (params.acknowledge && world.workspace.team.some((e) => e.id === params.by)) {
    for (const a of answers(all)) if (a.state === "open" || a.state === "snoozed") world.alerts.acknowledge(a.id, params.by);
  }
  const alerts = answers(world.alerts.list());
  // The book stamps acknowledgements with its own clock, a moment after `at` was read: the start follows them.
  const acknowledged = Math.max(...alerts.map((a) => (a.acknowledgedBy === params.by && a.acknowledgedAt ? Date.parse(a.acknowledgedAt) : 0)));
  const at = params.acknowledge && acknowledged > params.at.getTime() ? new Date(acknowledged) : params.at;
  return service.start({ workspace: world.workspace, workspaceDir: world.workspaceDir, pipelineId, by: params.by, at, alerts });
}

/** The incident as the views and `show --json` present it. */
export function viewOf(world: IncidentWorld, incident: Incident): IncidentView {
  return incidentView(incident, world.alerts.list(), world.workspace);
}

/** The pipeline as the people paged should see it: its live status where known, else the incident's alerts. */
function situationOf(world: IncidentWorld, incident: Incident): Situation {
  const pipeline = world.workspace.pipelines.find((p) => p.id === incident.pipelineId);
  const live = world.live?.(incident.pipelineId);
  if (live) return { pipelineName: live.name, state: live.state, reason: live.reason, deadline: live.deadline };
  return situationFromAlerts(pipeline ?? { name: incident.pipelineId, sla: "1h" }, incidentAlertRecords(incident, world.alerts.list()));
}

/** The escalation panel of an incident at `at` (epoch ms): the chain with who was asked, the next person and the message. */
export function escalationOf(world: IncidentWorld, incident: Incident, at: number): IncidentEscalation {
  if (!world.workspace.pipelines.some((p) => p.id === incident.pipelineId)) {
    throw new IncidentError("unknown-pipeline", `incident ${incident.id} is about "${incident.pipelineId}", which the workspace no longer has`);
  }
  return incidentEscalation({
    incident,
    chain: escalationChain(world.workspace, world.schedule, incident.pipelineId, at),
    situation: situationOf(world, incident),
    now: at,
    zone: world.workspace.timezone,
    people: world.workspace,
  });
}

/** Records an escalation to `to` (an engineer, the manager's id or `manager`; default: the next person of the chain) and returns whom to contact with what. */
export async function escalateIncident(service: IncidentService, world: IncidentWorld, id: string, params: { to?: string; by: string; at: Date }): Promise<EscalationSent> {
  const { workspace } = world;
  const to = params.to === "manager" ? workspace.manager.id : params.to;
  const panel = escalationOf(world, await service.get(id), params.at.getTime());
  const event = escalationEvent(panel, workspace, params.by, journalInstant(params.at.getTime()), to);
  if (!event) throw new IncidentError("invalid", `everyone available in the escalation chain of ${panel.pipelineId} has been asked already: name someone to ask`);
  const incident = await service.change(workspace, id, event);
  const person = event.to === workspace.manager.id ? workspace.manager : workspace.team.find((e) => e.id === event.to);
  const contact = person?.contact ?? {};
  return {
    incident: viewOf(world, incident),
    to: { id: event.to, name: personName(workspace, event.to), role: event.role, contact, links: contactLinks(contact, panel.subject, panel.message) },
    subject: panel.subject,
    message: panel.message,
  };
}

/** The file name of an incident's summary in the workspace's incidents/ folder: its start date, pipeline and id. */
export function incidentSummaryName(incident: Incident): string {
  return `${incident.startedAt.slice(0, 10)}-${incident.pipelineId}-${incident.id}`;
}
