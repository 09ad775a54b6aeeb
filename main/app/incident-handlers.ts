/**
 * The handlers of the incident, hand-over and runbook channels, on the running desk: its workspace,
 * schedule, live alert book and status. Who acts is `as`, else the engineer this machine belongs to.
 */
import { handoffMarkdown } from "../../shared/domain/incidents/handoff-markdown";
import { incidentSummary } from "../../shared/domain/incidents/incident-view";
import { journalInstant } from "../../shared/domain/incidents/incident-text";
import { postmortemMarkdown } from "../../shared/domain/incidents/postmortem";
import type { IncidentChange } from "../../shared/domain/incidents/incident-events";
import type { IncidentChannel } from "../../shared/ipc/contract";
import { briefingAt, handoffFileName } from "../services/incidents/handoff-actions";
import { escalateIncident, escalationOf, incidentSummaryName, startIncident, viewOf, type IncidentWorld } from "../services/incidents/incident-actions";
import { shareToWorkspace } from "../services/incidents/share-to-workspace";
import { runbookView, runbookViews } from "../services/workspace/runbook-views";
import type { Emit, Handlers, HandlerServices } from "./handlers";
import { actingEngineer, deskWorld, incidentDesk, openWorkspaceDir } from "./incident-world";

/** Builds the handlers of the incident, hand-over and runbook channels. */
export function incidentHandlers(services: HandlerServices): Pick<Handlers, IncidentChannel> {
  const { incidents, handoffs, clock } = services;
  /** The folder open now (read at each call: the user may open another workspace while the app runs). */
  const openDir = (): string => openWorkspaceDir(services);
  /** The running world; incidents name the workspace's people and pipelines, so an invalid first load has none. */
  const world = async (purpose: string): Promise<IncidentWorld> => deskWorld(await incidentDesk(services, purpose), openDir());
  const who = (as: string | undefined): string => actingEngineer(services, as);
  const now = () => journalInstant(clock.now().getTime());
  /** Applies a change made now and returns the incident's view. */
  const change = async (incidentId: string, make: (at: string) => IncidentChange) => {
    const w = await world("changing incidents");
    return viewOf(w, await incidents.change(w.workspace, incidentId, make(now())));
  };
  const shareDir = () => {
    if (services.appInfo.embeddedWorkspace) throw new Error("the embedded default workspace is not shared through git: open your team's workspace folder to share");
    return openDir();
  };

  return {
    "incidents:list": async ({ all }) => (await incidents.list()).filter((i) => all || i.state !== "resolved").map(incidentSummary),
    "incidents:get": async ({ incidentId }) => viewOf(await world("showing incidents"), await incidents.get(incidentId)),
    "incidents:start": async ({ pipelineId, alertId, as }) => {
      const w = await world("starting an incident");
      return viewOf(w, await startIncident(incidents, w, { pipelineId, alertId, by: who(as), at: clock.now(), acknowledge: true }));
    },
    "incidents:step": ({ incidentId, n, outcome, reason, note, as }) =>
      change(incidentId, (at) => ({ type: "step", at, by: who(as), n, outcome, ...(reason !== undefined ? { reason } : {}), ...(note !== undefined ? { note } : {}) })),
    "incidents:note": ({ incidentId, text, step, as }) => change(incidentId, (at) => ({ type: "note", at, by: who(as), text, ...(step !== undefined ? { step } : {}) })),
    "incidents:set-state": ({ incidentId, state, as }) => change(incidentId, (at) => ({ type: "state", at, by: who(as), state })),
    "incidents:escalation": async ({ incidentId }) => escalationOf(await world("escalating"), await incidents.get(incidentId), clock.now().getTime()),
    "incidents:escalate": async ({ incidentId, to, as }) => escalateIncident(incidents, await world("escalating"), incidentId, { to, by: who(as), at: clock.now() }),
    "incidents:resolve": ({ incidentId, summary, cause, risks, followUps, as }) => change(incidentId, (at) => ({ type: "resolved", at, by: who(as), summary, cause, risks, followUps })),
    "incidents:export": async ({ incidentId }) => {
      const w = await world("exporting a postmortem");
      const incident = await incidents.get(incidentId);
      return services.saveFile(`postmortem-${incidentSummaryName(incident)}.md`, postmortemMarkdown(incident, w.workspace, w.alerts.list()));
    },
    "incidents:share": async ({ incidentId }) => {
      const w = await world("sharing a postmortem");
      const incident = await incidents.get(incidentId);
      return { path: await shareToWorkspace(shareDir(), "incidents", incidentSummaryName(incident), postmortemMarkdown(incident, w.workspace, w.alerts.list())) };
    },
    "handoff:get": async ({ at }) => {
      const d = await services.desk.current();
      return d ? briefingAt(await world("briefing"), incidents, handoffs, at === undefined ? clock.now().getTime() : Date.parse(at)) : null;
    },
    "handoff:acknowledge": async ({ handoffAt, as }) => {
      const w = await world("taking the pager");
      const by = who(as);
      if (!w.workspace.team.some((e) => e.id === by)) throw new Error(`unknown engineer "${by}"`);
      const at = Date.parse(handoffAt);
      const briefing = await briefingAt(w, incidents, handoffs, at);
      if (!briefing || Date.parse(briefing.handoffAt) !== at) throw new Error(`no shift change of the rotation at ${handoffAt}`);
      await handoffs.acknowledge({ at: now(), by, handoffAt: briefing.handoffAt });
      return briefingAt(w, incidents, handoffs, at);
    },
    "handoff:save-note": async ({ text, as, share }) => {
      const w = await world("writing a hand-over note");
      const by = who(as);
      if (!w.workspace.team.some((e) => e.id === by)) throw new Error(`unknown engineer "${by}"`);
      await handoffs.addNote({ at: now(), by, text });
      const briefing = await briefingAt(w, incidents, handoffs, clock.now().getTime());
      const sharedPath = share && briefing ? await shareToWorkspace(shareDir(), "handoffs", handoffFileName(briefing), handoffMarkdown(briefing, w.workspace)) : null;
      return { briefing, sharedPath };
    },
    "runbooks:list": async () => {
      const d = await services.desk.current();
      return d ? runbookViews(openDir(), d.workspace) : null;
    },
    "runbooks:get": async ({ pipelineId }) => {
      const d = await services.desk.current();
      if (!d) return null;
      const runbook = d.workspace.runbooks[pipelineId];
      if (!runbook) throw new Error(`unknown pipeline "${pipelineId}" (known: ${d.workspace.pipelines.map((p) => p.id).join(", ")})`);
      return runbookView(openDir(), runbook);
    },
  };
}

/** Forwards incident and hand-over changes to the renderer; returns the function that stops forwarding. */
export function forwardIncidentEvents(services: HandlerServices, emit: Emit): () => void {
  const stopIncidents = services.incidents.subscribe((incidentId) => emit("incidents:changed", { incidentId }));
  const stopHandoffs = services.handoffs.subscribe(() => emit("handoff:changed", { at: services.clock.now().toISOString() }));
  return () => {
    stopIncidents();
    stopHandoffs();
  };
}
