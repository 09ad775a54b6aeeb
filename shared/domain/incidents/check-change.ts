/**
 * The rules a change to an incident must follow before it is written: nothing changes a resolved
 * incident, steps exist, a skip says why, people and risks are the workspace's own. A refusal
 * carries a code (the CLI maps unknown things to exit 2, every other refusal to exit 1) and one
 * line for people.
 */
import { CAUSE_CATEGORIES, type IncidentChange, type StartedEvent } from "./incident-events";
import type { Incident } from "./fold-incident";

/** Why a change was refused. */
export type RefusalCode = "resolved" | "unknown-step" | "unknown-engineer" | "unknown-risk" | "reason-required" | "invalid";

/** A refused change. */
export interface IncidentRefusal {
  code: RefusalCode;
  message: string;
}

/** What the rules check names against: the workspace's people and risks. */
export interface ChangeContext {
  /** Engineer ids and the manager's id. */
  people: ReadonlySet<string>;
  /** Risk ids of risks.yaml. */
  risks: ReadonlySet<string>;
}

/** The ChangeContext of a workspace. */
export function changeContext(ws: { team: readonly { id: string }[]; manager: { id: string }; risks: readonly { id: string }[] }): ChangeContext {
  return { people: new Set([...ws.team.map((e) => e.id), ws.manager.id]), risks: new Set(ws.risks.map((r) => r.id)) };
}

const refuse = (code: RefusalCode, message: string): IncidentRefusal => ({ code, message });

function unknownPerson(id: string, context: ChangeContext): IncidentRefusal {
  return refuse("unknown-engineer", `unknown engineer "${id}" (known: ${[...context.people].join(", ")})`);
}

/** Checks a new incident's first event; null when it may be written. */
export function checkStart(event: StartedEvent, context: ChangeContext): IncidentRefusal | null {
  if (!context.people.has(event.by)) return unknownPerson(event.by, context);
  if (event.runbook.steps.length === 0) return refuse("invalid", `the runbook ${event.runbook.file} has no checklist steps`);
  return null;
}

/** Checks `change` against `incident` as it stands; null when it may be written. */
export function checkChange(incident: Incident, change: IncidentChange, context: ChangeContext): IncidentRefusal | null {
  if (incident.resolution) {
    const r = incident.resolution;
    return refuse("resolved", `incident ${incident.id} was resolved at ${r.at} by ${r.by}: a resolved incident cannot change`);
  }
  if (!context.people.has(change.by)) return unknownPerson(change.by, context);
  // What the change names is checked before when it happened: an unknown step says so, whatever the time.
  const named = checkNamed(incident, change, context);
  if (named) return named;
  if (Date.parse(change.at) < Date.parse(incident.startedAt)) {
    return refuse("invalid", `${change.at} is before the incident started (${incident.startedAt})`);
  }
  return null;
}

/** The checks of each kind of change. */
function checkNamed(incident: Incident, change: IncidentChange, context: ChangeContext): IncidentRefusal | null {
  switch (change.type) {
    case "step":
      return checkStep(incident, change);
    case "note":
      if (change.step !== undefined && !incident.steps.some((s) => s.n === change.step)) return unknownStep(incident, change.step);
      return null;
    case "state":
      if (incident.state === change.state) return refuse("invalid", `incident ${incident.id} is already ${change.state}`);
      return null;
    case "escalated":
      return context.people.has(change.to) ? null : unknownPerson(change.to, context);
    case "recovery":
      return null;
    case "resolved": {
      if (!CAUSE_CATEGORIES.includes(change.cause)) return refuse("invalid", `unknown cause "${change.cause}" (one of ${CAUSE_CATEGORIES.join(", ")})`);
      const risk = change.risks.find((r) => !context.risks.has(r));
      if (risk !== undefined) return refuse("unknown-risk", `unknown risk "${risk}" (known: ${[...context.risks].join(", ") || "none in risks.yaml"})`);
      const owner = change.followUps.find((f) => !context.people.has(f.owner));
      return owner ? unknownPerson(owner.owner, context) : null;
    }
  }
}

function unknownStep(incident: Incident, n: number): IncidentRefusal {
  return refuse("unknown-step", `incident ${incident.id} has no step ${n} (its checklist has steps 1 to ${incident.steps.length})`);
}

function checkStep(incident: Incident, change: Extract<IncidentChange, { type: "step" }>): IncidentRefusal | null {
  const step = incident.steps.find((s) => s.n === change.n);
  if (!step) return unknownStep(incident, change.n);
  if (change.outcome === "skipped" && !change.reason?.trim()) return refuse("reason-required", `skipping step ${change.n} needs a reason`);
  if (change.outcome === "reopened" && step.status === "todo") return refuse("invalid", `step ${change.n} is not done or skipped, so there is nothing to reopen`);
  if (change.outcome !== "reopened" && step.status !== "todo") {
    return refuse("invalid", `step ${change.n} is already ${step.status} (by ${step.by} at ${step.at}): reopen it first`);
  }
  return null;
}
