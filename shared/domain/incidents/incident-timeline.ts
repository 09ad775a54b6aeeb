/**
 * The incident's timeline, automatic: its alerts' own instants (raised, acknowledged, snoozed,
 * cleared) from the alert book's records, then every event of the journal, in time order.
 */
import type { Alert } from "../status";
import { CAUSE_LABELS, type IncidentAlert, type IncidentEvent } from "./incident-events";
import type { Incident } from "./fold-incident";
import { personName, type PeopleSource } from "./incident-text";

/** What a timeline entry records. */
export type TimelineKind =
  | "alert-raised"
  | "alert-acknowledged"
  | "alert-snoozed"
  | "alert-cleared"
  | "started"
  | "step-done"
  | "step-skipped"
  | "step-reopened"
  | "note"
  | "state"
  | "escalated"
  | "recovery"
  | "resolved";

/** One line of the timeline. */
export interface TimelineEntry {
  at: string;
  kind: TimelineKind;
  /** Engineer id; null for what the system did (an alert raised or cleared). */
  by: string | null;
  text: string;
}

/** The alert records the timeline reads: the book's live ones win over the copies taken at the start. */
export type AlertRecord = Pick<Alert, "id" | "kind" | "reason" | "openedAt" | "intervalEnd"> & Partial<Pick<Alert, "acknowledgedAt" | "acknowledgedBy" | "snoozedUntil" | "resolvedAt" | "resolution">>;

/** The incident's alerts as currently known: the book's record when it still has one, else the copy taken at the start. */
export function incidentAlertRecords(incident: Pick<Incident, "alerts">, book: readonly AlertRecord[]): AlertRecord[] {
  return incident.alerts.map((a: IncidentAlert) => book.find((b) => b.id === a.id) ?? a);
}

function alertEntries(alert: AlertRecord): TimelineEntry[] {
  const what = `${alert.kind} alert`;
  const entries: TimelineEntry[] = [{ at: alert.openedAt, kind: "alert-raised", by: null, text: `${what} raised: ${alert.reason}` }];
  if (alert.acknowledgedAt) entries.push({ at: alert.acknowledgedAt, kind: "alert-acknowledged", by: alert.acknowledgedBy ?? null, text: `${what} acknowledged` });
  // The book keeps when a snooze ends, not when it began: the entry stands at its end.
  if (alert.snoozedUntil) entries.push({ at: alert.snoozedUntil, kind: "alert-snoozed", by: null, text: `${what} snoozed: the snooze runs until this time` });
  if (alert.resolvedAt) {
    const how = alert.resolution === "recovered" ? "cleared by a success" : `cleared (${alert.resolution ?? "resolved"})`;
    entries.push({ at: alert.resolvedAt, kind: "alert-cleared", by: null, text: `${what} ${how}` });
  }
  return entries;
}

function eventEntry(event: IncidentEvent, incident: Incident, ws: PeopleSource): TimelineEntry {
  const base = { at: event.at, by: event.by };
  const stepText = (n: number) => `step ${n} (${incident.steps.find((s) => s.n === n)?.text ?? "?"})`;
  switch (event.type) {
    case "started":
      return { ...base, kind: "started", text: `incident started by ${personName(ws, event.by)} (commander), ${event.runbook.steps.length} checklist steps from ${event.runbook.file}` };
    case "step": {
      const note = event.note ? `; note: ${event.note}` : "";
      if (event.outcome === "done") return { ...base, kind: "step-done", text: `${stepText(event.n)} done${note}` };
      if (event.outcome === "skipped") return { ...base, kind: "step-skipped", text: `${stepText(event.n)} skipped: ${event.reason}${note}` };
      return { ...base, kind: "step-reopened", text: `${stepText(event.n)} reopened${note}` };
    }
    case "note":
      return { ...base, kind: "note", text: event.step === undefined ? event.text : `on ${stepText(event.step)}: ${event.text}` };
    case "state":
      return { ...base, kind: "state", text: event.state === "mitigated" ? "marked mitigated" : "marked open again" };
    case "escalated":
      return { ...base, kind: "escalated", text: `escalated to ${event.name}${event.role ? ` (${event.role})` : ""}` };
    case "recovery":
      return { ...base, kind: "recovery", text: `${event.dryRun ? "dry run of " : ""}${event.action} on ${event.target}: ${event.outcome} — ${event.detail}` };
    case "resolved":
      return { ...base, kind: "resolved", text: `resolved (cause: ${CAUSE_LABELS[event.cause]}): ${event.summary}` };
  }
}

/** The timeline of `incident`, oldest first; `book` is the alert book's records (may be empty). */
export function incidentTimeline(incident: Incident, book: readonly AlertRecord[], ws: PeopleSource): TimelineEntry[] {
  const entries = [...incidentAlertRecords(incident, book).flatMap(alertEntries), ...incident.events.map((e) => eventEntry(e, incident, ws))];
  // A stable sort: at the same instant alert facts come first, then events in journal order.
  return entries
    .map((entry, i) => ({ entry, i, ms: Date.parse(entry.at) }))
    .sort((a, b) => a.ms - b.ms || a.i - b.i)
    .map(({ entry }) => entry);
}
