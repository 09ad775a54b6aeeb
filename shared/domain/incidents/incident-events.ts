/**
 * What happens in an incident, as events: the journal stores one per line and the incident is
 * their fold (fold-incident.ts). Events are facts and are never edited or deleted: reopening a
 * step is an event of its own. Fields may be added, never renamed (old journals must still load).
 */
import { z } from "zod";

import { CAUSE_CATEGORIES } from "./cause-category";

// Kept importable from here (the journal's schema uses them); cause-category.ts has them without zod, for the window.
export { CAUSE_CATEGORIES, CAUSE_LABELS, type CauseCategory } from "./cause-category";

/** An incident's state; `resolved` only through a `resolved` event, and final. */
export type IncidentState = "open" | "mitigated" | "resolved";

const instant = z.iso.datetime({ offset: true });
const who = z.string().min(1);
const text = z.string().trim().min(1);

/** An alert the incident answers, as it stood when the incident started (the alert book forgets resolved alerts after a while). */
export const incidentAlertSchema = z.object({
  id: z.string(),
  kind: z.enum(["late", "failed", "at-risk", "unknown"]),
  intervalEnd: z.string().nullable(),
  reason: z.string(),
  openedAt: instant,
  acknowledgedAt: instant.optional(),
  acknowledgedBy: z.string().optional(),
});

/** One step of the checklist as the runbook said at the start. */
export const checklistStepSchema = z.object({ n: z.number().int().min(1), text });

/** The first event: pipeline, alerts, commander and the checklist frozen from the runbook. */
export const startedEventSchema = z.object({
  type: z.literal("started"),
  /** The journal's format; bumped only if an event's meaning ever changes. */
  v: z.literal(1),
  id: z.string().min(1),
  at: instant,
  /** The commander. */
  by: who,
  pipelineId: z.string().min(1),
  alerts: z.array(incidentAlertSchema),
  runbook: z.object({
    /** Path relative to the workspace, e.g. `runbooks/aggregate_profit.md`. */
    file: z.string(),
    /** sha256 of the runbook's text at the start, hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    steps: z.array(checklistStepSchema).min(1),
  }),
});

/** A step done, skipped (with the reason) or reopened. */
export const stepEventSchema = z.object({
  type: z.literal("step"),
  at: instant,
  by: who,
  n: z.number().int().min(1),
  outcome: z.enum(["done", "skipped", "reopened"]),
  reason: text.optional(),
  note: text.optional(),
});

/** A note on the incident, or on one step. */
export const noteEventSchema = z.object({ type: z.literal("note"), at: instant, by: who, text, step: z.number().int().min(1).optional() });

/** open ⇄ mitigated; resolving is its own event. */
export const stateEventSchema = z.object({ type: z.literal("state"), at: instant, by: who, state: z.enum(["open", "mitigated"]) });

/** Someone was asked for help: whom, at which step of the chain, and the message they were sent. */
export const escalatedEventSchema = z.object({
  type: z.literal("escalated"),
  at: instant,
  by: who,
  /** Engineer or manager id. */
  to: z.string().min(1),
  name: z.string(),
  /** The escalation step the person holds for this pipeline (primary, secondary…), or null when chosen outside the chain. */
  role: z.enum(["primary", "secondary", "oncall", "senior", "manager"]).nullable(),
  message: z.string(),
});

/** The result of a recovery action (e.g. clearing a run's failed tasks in Airflow), dry run or real. */
export const recoveryEventSchema = z.object({
  type: z.literal("recovery"),
  at: instant,
  by: who,
  /** What was done, e.g. `clear-failed-tasks`. */
  action: z.string().min(1),
  /** What it was done to, e.g. the run id. */
  target: z.string(),
  dryRun: z.boolean(),
  outcome: z.enum(["succeeded", "refused", "failed"]),
  /** One line for people: what happened or why not. */
  detail: z.string(),
  /** What it touched (or would touch), e.g. task instance ids. */
  items: z.array(z.string()),
});

/** A follow-up of the review: what, and who owns it. */
export const followUpSchema = z.object({ text, owner: z.string().min(1) });

/** The end: summary, cause, related risks and follow-ups. */
export const resolvedEventSchema = z.object({
  type: z.literal("resolved"),
  at: instant,
  by: who,
  summary: text,
  cause: z.enum(CAUSE_CATEGORIES),
  risks: z.array(z.string()),
  followUps: z.array(followUpSchema),
});

/** Any journal line. */
export const incidentEventSchema = z.discriminatedUnion("type", [
  startedEventSchema,
  stepEventSchema,
  noteEventSchema,
  stateEventSchema,
  escalatedEventSchema,
  recoveryEventSchema,
  resolvedEventSchema,
]);

/** An alert as the incident recorded it. */
export type IncidentAlert = z.output<typeof incidentAlertSchema>;
/** A checklist step as frozen at the start. */
export type ChecklistStep = z.output<typeof checklistStepSchema>;
/** A follow-up. */
export type FollowUp = z.output<typeof followUpSchema>;
/** The `started` event. */
export type StartedEvent = z.output<typeof startedEventSchema>;
/** A `step` event. */
export type StepEvent = z.output<typeof stepEventSchema>;
/** A `note` event. */
export type NoteEvent = z.output<typeof noteEventSchema>;
/** A `state` event. */
export type StateEvent = z.output<typeof stateEventSchema>;
/** An `escalated` event. */
export type EscalatedEvent = z.output<typeof escalatedEventSchema>;
/** A `recovery` event. */
export type RecoveryEvent = z.output<typeof recoveryEventSchema>;
/** The `resolved` event. */
export type ResolvedEvent = z.output<typeof resolvedEventSchema>;
/** Any incident event. */
export type IncidentEvent = z.output<typeof incidentEventSchema>;
/** Any event after the start: what a change to an incident appends. */
export type IncidentChange = Exclude<IncidentEvent, StartedEvent>;
