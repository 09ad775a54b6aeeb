/** When an incident was seen, answered and resolved: the postmortem's figures, and what KPIs such as resolution time are computed from. */
import type { Incident } from "./fold-incident";
import { incidentAlertRecords, type AlertRecord } from "./incident-timeline";

/** The instants of one incident (ISO). */
export interface IncidentTimes {
  id: string;
  pipelineId: string;
  /** When the problem was first seen: its earliest alert, else the incident's start. */
  detectedAt: string;
  startedAt: string;
  /** The first human response: the earliest acknowledgement of its alerts or the incident's start, whichever came first; null when it answers no alert. */
  acknowledgedAt: string | null;
  /** Null while not resolved. */
  resolvedAt: string | null;
}

const earliest = (instants: readonly string[]): string | undefined => [...instants].sort((a, b) => Date.parse(a) - Date.parse(b))[0];

/** The instants of one incident; `book` is the alert book's records (its acknowledgements may be newer than the incident's copies). */
export function incidentTimesOf(incident: Incident, book: readonly AlertRecord[] = []): IncidentTimes {
  const alerts = incidentAlertRecords(incident, book);
  const opened = earliest(alerts.map((a) => a.openedAt));
  const acknowledged = alerts.flatMap((a) => (a.acknowledgedAt ? [a.acknowledgedAt] : []));
  return {
    id: incident.id,
    pipelineId: incident.pipelineId,
    detectedAt: opened ?? incident.startedAt,
    startedAt: incident.startedAt,
    acknowledgedAt: opened === undefined ? null : earliest([...acknowledged, incident.startedAt])!,
    resolvedAt: incident.resolution?.at ?? null,
  };
}

/** The instants of every incident, oldest start first: what the KPI work reads (time to acknowledge, time to resolve). */
export function incidentTimes(incidents: readonly Incident[], book: readonly AlertRecord[] = []): IncidentTimes[] {
  return incidents.map((i) => incidentTimesOf(i, book)).sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
}
