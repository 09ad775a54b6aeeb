/** An incident is the fold of its events: replaying the journal in order gives its state, steps, notes, escalations and resolution. */
import type {
  CauseCategory,
  EscalatedEvent,
  FollowUp,
  IncidentAlert,
  IncidentEvent,
  IncidentState,
  RecoveryEvent,
  StartedEvent,
} from "./incident-events";

/** Where a checklist step stands. */
export type StepStatus = "todo" | "done" | "skipped";

/** One checklist step with its latest outcome. */
export interface IncidentStep {
  /** 1-based, as in the runbook. */
  n: number;
  text: string;
  status: StepStatus;
  /** Who set the current status (a reopen included); null while never touched. */
  by: string | null;
  at: string | null;
  /** The latest note on this step. */
  note: string | null;
  /** Why it was skipped, while skipped. */
  reason: string | null;
}

/** A note as folded: on the incident (`step` null) or on a step. */
export interface IncidentNote {
  at: string;
  by: string;
  text: string;
  step: number | null;
}

/** How the incident ended. */
export interface IncidentResolution {
  at: string;
  by: string;
  summary: string;
  cause: CauseCategory;
  risks: string[];
  followUps: FollowUp[];
}

/** An incident, folded from its journal. */
export interface Incident {
  id: string;
  pipelineId: string;
  commander: string;
  startedAt: string;
  alerts: IncidentAlert[];
  runbook: { file: string; sha256: string };
  state: IncidentState;
  steps: IncidentStep[];
  notes: IncidentNote[];
  escalations: EscalatedEvent[];
  recoveries: RecoveryEvent[];
  resolution: IncidentResolution | null;
  /** The instant of the last event. */
  updatedAt: string;
  /** Every event in journal order: the timeline and the postmortem read them. */
  events: IncidentEvent[];
}

/** The incident right after its `started` event. */
function begin(started: StartedEvent): Incident {
  return {
    id: started.id,
    pipelineId: started.pipelineId,
    commander: started.by,
    startedAt: started.at,
    alerts: started.alerts,
    runbook: { file: started.runbook.file, sha256: started.runbook.sha256 },
    state: "open",
    steps: started.runbook.steps.map((s) => ({ n: s.n, text: s.text, status: "todo", by: null, at: null, note: null, reason: null })),
    notes: [],
    escalations: [],
    recoveries: [],
    resolution: null,
    updatedAt: started.at,
    events: [started],
  };
}

/**
 * Applies one event to an incident and returns the new incident (the input is not changed).
 * Events are applied as recorded: check-change.ts refuses bad ones before they are written.
 */
export function applyEvent(incident: Incident, event: IncidentEvent): Incident {
  const next: Incident = { ...incident, updatedAt: event.at > incident.updatedAt ? event.at : incident.updatedAt, events: [...incident.events, event] };
  switch (event.type) {
    case "started":
      return incident;
    case "step":
      next.steps = incident.steps.map((s) =>
        s.n !== event.n
          ? s
          : {
              ...s,
              status: event.outcome === "reopened" ? "todo" : event.outcome,
              by: event.by,
              at: event.at,
              reason: event.outcome === "skipped" ? (event.reason ?? null) : null,
              note: event.note ?? s.note,
            },
      );
      if (event.note) next.notes = [...incident.notes, { at: event.at, by: event.by, text: event.note, step: event.n }];
      return next;
    case "note":
      next.notes = [...incident.notes, { at: event.at, by: event.by, text: event.text, step: event.step ?? null }];
      if (event.step !== undefined) next.steps = incident.steps.map((s) => (s.n === event.step ? { ...s, note: event.text } : s));
      return next;
    case "state":
      next.state = event.state;
      return next;
    case "escalated":
      next.escalations = [...incident.escalations, event];
      return next;
    case "recovery":
      next.recoveries = [...incident.recoveries, event];
      return next;
    case "resolved":
      next.state = "resolved";
      next.resolution = { at: event.at, by: event.by, summary: event.summary, cause: event.cause, risks: event.risks, followUps: event.followUps };
      return next;
  }
}

/** Folds a journal's events into the incident; throws when the first event is not `started` (such a journal names no incident). */
export function foldIncident(events: readonly IncidentEvent[]): Incident {
  const [first, ...rest] = events;
  if (first?.type !== "started") throw new Error(first ? `the first event is "${first.type}", not "started"` : "no events");
  return rest.reduce(applyEvent, begin(first));
}

/** The steps not done: todo and skipped. */
export function unfinishedSteps(incident: Pick<Incident, "steps">): IncidentStep[] {
  return incident.steps.filter((s) => s.status !== "done");
}
