/**
 * Escalating an incident: the pipeline's chain now (escalation-chain.ts) with who was already
 * asked, the next person — highlighted once the acknowledgement timeout has passed since the alert
 * or the last escalation — a prefilled message, and one-click mailto:/tel: links.
 */
import type { Contact, EscalationStep } from "../workspace-schema";
import type { IncidentView } from "./incident-view";
import type { EscalationChain, EscalationContact } from "../rotation/escalation-chain";
import type { EscalatedEvent } from "./incident-events";
import { unfinishedSteps, type Incident } from "./fold-incident";
import type { Situation } from "./incident-situation";
import { bothTimes, personName, type PeopleSource } from "./incident-text";

/** One-click ways to reach a person; null where the workspace has no such contact. */
export interface ContactLinks {
  mailto: string | null;
  tel: string | null;
}

/** A person of the chain, as the incident sees them. */
export interface EscalationCandidate extends EscalationContact {
  /** When this incident last escalated to them; null when never. */
  escalatedAt: string | null;
  /** True for the person to ask next. */
  next: boolean;
  links: ContactLinks;
}

/** The escalation panel of an incident. */
export interface IncidentEscalation {
  incidentId: string;
  pipelineId: string;
  contacts: EscalationCandidate[];
  /** Whom to ask next: the first available person of the chain not yet asked, other than the commander. */
  next: { id: string; name: string; dueAt: string; due: boolean } | null;
  /** What the timeout runs from: the last escalation, else the first alert, else the incident's start. */
  since: { at: string; what: "escalation" | "alert" | "start" };
  subject: string;
  message: string;
}

/** Whom an escalation went to and what they were sent. */
export interface EscalationSent {
  incident: IncidentView;
  to: { id: string; name: string; role: EscalationStep | null; contact: Contact; links: ContactLinks };
  subject: string;
  message: string;
}

/** What the escalation is computed from. */
export interface EscalationInput {
  incident: Incident;
  chain: EscalationChain;
  situation: Situation;
  /** Epoch ms. */
  now: number;
  zone: string;
  people: PeopleSource;
}

/** `mailto:` with subject and body (CRLF line breaks, as RFC 6068 asks), and `tel:` with the number's digits, for a contact. */
export function contactLinks(contact: Contact, subject: string, body: string): ContactLinks {
  const phone = contact.phone?.replace(/[^\d+]/g, "");
  return {
    mailto: contact.email ? `mailto:${encodeURIComponent(contact.email).replace("%40", "@")}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, "\r\n"))}` : null,
    tel: phone ? `tel:${phone}` : null,
  };
}

/** The subject line of an escalation. */
export function escalationSubject(incident: Incident, situation: Situation): string {
  return `[incident ${incident.id}] ${situation.pipelineName} is ${situation.state}: help needed`;
}

/** The prefilled message: pipeline, state and reason, deadline, steps done and skipped, incident id. */
export function escalationMessage(incident: Incident, situation: Situation, zone: string, people: PeopleSource): string {
  const steps = (status: "done" | "skipped") =>
    incident.steps.filter((s) => s.status === status).map((s) => `${s.n}. ${s.text}${s.reason ? ` (skipped: ${s.reason})` : ""}`);
  const list = (items: string[]) => (items.length ? items.map((i) => `  ${i}`).join("\n") : "  none");
  const todo = unfinishedSteps(incident).filter((s) => s.status === "todo").map((s) => `${s.n}. ${s.text}`);
  return [
    `${situation.pipelineName} (${incident.pipelineId}) is ${situation.state}: ${situation.reason}`,
    `Deadline: ${situation.deadline ? bothTimes(situation.deadline, zone) : "none known"}`,
    `Incident ${incident.id}, ${incident.state}, commander ${personName(people, incident.commander)} since ${bothTimes(incident.startedAt, zone)}.`,
    `Steps done:\n${list(steps("done"))}`,
    `Steps skipped:\n${list(steps("skipped"))}`,
    `Steps not done yet:\n${list(todo)}`,
    `Please acknowledge by replying to ${personName(people, incident.commander)}.`,
  ].join("\n");
}

/** The escalation panel of `incident` at `now`. */
export function incidentEscalation(input: EscalationInput): IncidentEscalation {
  const { incident, chain, situation, now, zone, people } = input;
  const last = incident.escalations.at(-1);
  const firstAlert = incident.alerts.map((a) => a.openedAt).sort()[0];
  const since = last ? { at: last.at, what: "escalation" as const } : firstAlert ? { at: firstAlert, what: "alert" as const } : { at: incident.startedAt, what: "start" as const };
  const asked = (id: string) => incident.escalations.filter((e) => e.to === id).at(-1)?.at ?? null;
  const nextContact = chain.contacts.find((c) => c.available && c.id !== incident.commander && asked(c.id) === null);
  const subject = escalationSubject(incident, situation);
  const message = escalationMessage(incident, situation, zone, people);
  const dueMs = Date.parse(since.at) + chain.ackTimeoutMs;
  return {
    incidentId: incident.id,
    pipelineId: incident.pipelineId,
    contacts: chain.contacts.map((c) => ({ ...c, escalatedAt: asked(c.id), next: c === nextContact, links: contactLinks(c.contact, subject, message) })),
    next: nextContact ? { id: nextContact.id, name: nextContact.name, dueAt: new Date(dueMs).toISOString(), due: now >= dueMs } : null,
    since,
    subject,
    message,
  };
}

/** The event recording an escalation to `to` (the next person when absent); null when there is nobody left to ask. */
export function escalationEvent(escalation: IncidentEscalation, people: PeopleSource, by: string, at: string, to?: string): EscalatedEvent | null {
  const target = to ?? escalation.next?.id;
  if (target === undefined) return null;
  const inChain = escalation.contacts.find((c) => c.id === target);
  return { type: "escalated", at, by, to: target, name: personName(people, target), role: inChain?.step ?? null, message: escalation.message };
}
