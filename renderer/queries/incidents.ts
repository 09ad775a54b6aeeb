/** Incidents over the bridge: the list, one incident, its escalation panel and recovery actions, and every change; re-fetched when main says an incident changed (recovery actions also when the status did). */
import { useEffect } from "react";
import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { IncidentView } from "../../shared/domain/incidents/incident-view";
import type { InvokeMap } from "../../shared/ipc/contract";
import { oncall } from "../api";

const INCIDENTS_KEY = ["incidents"] as const;

/** The request of a channel, without the incident (the hooks below are bound to one). */
type ChangeOf<K extends keyof InvokeMap> = Omit<InvokeMap[K]["request"], "incidentId" | "as">;

/** Every incident of this machine (resolved ones too), oldest first. */
export function useIncidents() {
  return useQuery({ queryKey: [...INCIDENTS_KEY, "list"], queryFn: () => oncall().listIncidents({ all: true }) });
}

/** One incident with its checklist, notes and timeline. */
export function useIncident(incidentId: string) {
  return useQuery({ queryKey: [...INCIDENTS_KEY, "one", incidentId], queryFn: () => oncall().getIncident({ incidentId }) });
}

/** The incident's escalation panel at main's now (who is next, and whether they are due). */
export function useIncidentEscalation(incidentId: string, enabled: boolean) {
  return useQuery({ queryKey: [...INCIDENTS_KEY, "escalation", incidentId], queryFn: () => oncall().getIncidentEscalation({ incidentId }), enabled });
}

/** The recovery actions offered for the incident's run. */
export function useRecoveryActions(incidentId: string, enabled: boolean) {
  return useQuery({ queryKey: [...INCIDENTS_KEY, "recovery", incidentId], queryFn: () => oncall().listRecoveryActions({ incidentId }), enabled });
}

/** Puts main's answer in place at once (main's `incidents:changed` then refreshes the rest). */
function showIncident(client: QueryClient, incident: IncidentView): void {
  client.setQueryData([...INCIDENTS_KEY, "one", incident.id], incident);
}

/** A change to one incident whose answer is the incident as it now stands. */
function useIncidentChange<R>(call: (request: R) => Promise<IncidentView>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: (incident) => showIncident(client, incident) });
}

/** Starts an incident from an alert or a pipeline; the answer is the new incident. */
export function useStartIncident() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: { alertId: string; pipelineId?: string } | { pipelineId: string; alertId?: string }) => oncall().startIncident(request),
    onSuccess: (incident) => showIncident(client, incident),
  });
}

/** A checklist step done, skipped (with its reason) or reopened, with an optional note. */
export function useIncidentStep(incidentId: string) {
  return useIncidentChange((request: ChangeOf<"incidents:step">) => oncall().setIncidentStep({ incidentId, ...request }));
}

/** A note on the incident or one of its steps. */
export function useIncidentNote(incidentId: string) {
  return useIncidentChange((request: ChangeOf<"incidents:note">) => oncall().addIncidentNote({ incidentId, ...request }));
}

/** open ⇄ mitigated. */
export function useIncidentState(incidentId: string) {
  return useIncidentChange((request: ChangeOf<"incidents:set-state">) => oncall().setIncidentState({ incidentId, ...request }));
}

/** Resolves the incident with its summary, cause, risks and follow-ups. */
export function useResolveIncident(incidentId: string) {
  return useIncidentChange((request: ChangeOf<"incidents:resolve">) => oncall().resolveIncident({ incidentId, ...request }));
}

/** Records an escalation (to `to`, default the next person); the answer says whom to contact and the message. */
export function useEscalate(incidentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (to: string | undefined) => oncall().escalateIncident(to === undefined ? { incidentId } : { incidentId, to }),
    onSuccess: (sent) => showIncident(client, sent.incident),
  });
}

/** The dry run of clearing the run's failed tasks. */
export function usePreviewClear(incidentId: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: () => oncall().previewClearFailedTasks({ incidentId }), onSuccess: (result) => showIncident(client, result.incident) });
}

/** The real clear of the run `runId` the user confirmed. */
export function useClearFailedTasks(incidentId: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: (runId: string) => oncall().clearFailedTasks({ incidentId, runId }), onSuccess: (result) => showIncident(client, result.incident) });
}

/** Writes the postmortem where the user picks in main's save dialog. */
export function useExportPostmortem(incidentId: string) {
  return useMutation({ mutationFn: () => oncall().exportPostmortem({ incidentId }) });
}

/** Saves the postmortem into the workspace's incidents/ folder. */
export function useShareIncident(incidentId: string) {
  return useMutation({ mutationFn: () => oncall().shareIncident({ incidentId }) });
}

/** Keeps every incident query in step with main's `incidents:changed` (this window, another, the CLI's journal read by main). */
export function useIncidentEvents(): void {
  const client = useQueryClient();
  useEffect(() => {
    const stops = [
      oncall().on("incidents:changed", () => void client.invalidateQueries({ queryKey: INCIDENTS_KEY })),
      // A poll moves the run an incident answers (a cleared run is queued again): its recovery actions follow.
      oncall().on("status:changed", () => void client.invalidateQueries({ queryKey: [...INCIDENTS_KEY, "recovery"] })),
    ];
    return () => stops.forEach((stop) => stop());
  }, [client]);
}
