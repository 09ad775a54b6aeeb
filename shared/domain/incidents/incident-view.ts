/**
 * Incidents as the CLI prints them (`show --json`, `list --json`) and the window receives them:
 * one shape for both, so scripts and views read the same thing.
 */
import type { EscalatedEvent, RecoveryEvent } from "./incident-events";
import type { Incident, IncidentNote, IncidentResolution, IncidentStep } from "./fold-incident";
import { incidentAlertRecords, incidentTimeline, type AlertRecord, type TimelineEntry } from "./incident-timeline";
import type { PeopleSource } from "./incident-text";

/** An incident with its timeline. */
export interface IncidentView {
  id: string;
  /** Pipeline id. */
  pipeline: string;
  commander: string;
  startedAt: string;
  updatedAt: string;
  state: Incident["state"];
  /** The alerts it answers, as currently known. */
  alerts: AlertRecord[];
  runbook: Incident["runbook"];
  steps: IncidentStep[];
  notes: IncidentNote[];
  timeline: TimelineEntry[];
  escalations: Omit<EscalatedEvent, "type">[];
  recoveries: Omit<RecoveryEvent, "type">[];
  resolution: IncidentResolution | null;
}

/** One line of the incident list. */
export interface IncidentSummary {
  id: string;
  pipeline: string;
  state: Incident["state"];
  commander: string;
  startedAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  steps: { total: number; done: number; skipped: number };
}

const withoutType = <T extends { type: string }>({ type: _type, ...rest }: T): Omit<T, "type"> => rest;

/** The view of an incident; `book` is the alert book's records (may be empty). */
export function incidentView(incident: Incident, book: readonly AlertRecord[], people: PeopleSource): IncidentView {
  return {
    id: incident.id,
    pipeline: incident.pipelineId,
    commander: incident.commander,
    startedAt: incident.startedAt,
    updatedAt: incident.updatedAt,
    state: incident.state,
    alerts: incidentAlertRecords(incident, book),
    runbook: incident.runbook,
    steps: incident.steps,
    notes: incident.notes,
    timeline: incidentTimeline(incident, book, people),
    escalations: incident.escalations.map(withoutType),
    recoveries: incident.recoveries.map(withoutType),
    resolution: incident.resolution,
  };
}

/** The list line of an incident. */
export function incidentSummary(incident: Incident): IncidentSummary {
  const count = (status: IncidentStep["status"]) => incident.steps.filter((s) => s.status === status).length;
  return {
    id: incident.id,
    pipeline: incident.pipelineId,
    state: incident.state,
    commander: incident.commander,
    startedAt: incident.startedAt,
    updatedAt: incident.updatedAt,
    resolvedAt: incident.resolution?.at ?? null,
    steps: { total: incident.steps.length, done: count("done"), skipped: count("skipped") },
  };
}
