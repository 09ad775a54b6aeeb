/**
 * The escalation chain of a pipeline at an instant, in the workspace's order (e.g. primary,
 * secondary, on-call, senior, manager). Each person appears once, at their first step; people on
 * time off are listed, marked unavailable and skipped when paging.
 */
import { durationMs } from "../duration";
import type { Contact, EscalationStep, WorkspaceFile } from "../workspace-schema";
import { whoIsOnCall } from "./on-call";
import type { Schedule } from "./schedule";

/** The parts of a workspace escalation reads. */
export type EscalationSource = Pick<WorkspaceFile, "team" | "manager" | "pipelines" | "escalation">;

/** One person of the chain. */
export interface EscalationContact {
  step: EscalationStep;
  id: string;
  name: string;
  contact: Contact;
  available: boolean;
  /** Why not available, e.g. "time off 2026-12-01 to 2026-12-07 (vacation)". */
  unavailable: string | null;
  /** 1-based paging position among the available; null when skipped. */
  page: number | null;
  /** When to page, in ms after the alert: one acknowledgement timeout per earlier page; null when skipped. */
  pageAfterMs: number | null;
}

/** The chain for one pipeline at one instant. */
export interface EscalationChain {
  pipeline: string;
  at: number;
  ackTimeoutMs: number;
  contacts: EscalationContact[];
}

/** The escalation chain of `pipelineId` at `at`; throws a RangeError for an unknown pipeline. */
export function escalationChain(ws: EscalationSource, schedule: Schedule, pipelineId: string, at: number): EscalationChain {
  const pipeline = ws.pipelines.find((p) => p.id === pipelineId);
  if (!pipeline) throw new RangeError(`unknown pipeline "${pipelineId}"`);
  const onCall = whoIsOnCall(schedule, at, 0).shift?.engineer;
  const idsOf = (step: EscalationStep): string[] => {
    switch (step) {
      case "primary":
        return [pipeline.owners.primary];
      case "secondary":
        return [pipeline.owners.secondary];
      case "oncall":
        return onCall ? [onCall] : [];
      case "senior":
        return ws.team.filter((e) => e.level === "senior").map((e) => e.id);
      case "manager":
        return [ws.manager.id];
    }
  };
  const ackTimeoutMs = durationMs(ws.escalation.ack_timeout);
  const seen = new Set<string>();
  const contacts: EscalationContact[] = [];
  let pages = 0;
  for (const step of ws.escalation.chain) {
    for (const id of idsOf(step)) {
      if (seen.has(id)) continue;
      seen.add(id);
      const person = id === ws.manager.id ? ws.manager : ws.team.find((e) => e.id === id);
      const span = schedule.away.awayDuring(id, at);
      const unavailable = !person ? "not in the team" : span ? `time off ${span.entry.from} to ${span.entry.to}${span.entry.reason ? ` (${span.entry.reason})` : ""}` : null;
      const page = unavailable ? null : ++pages;
      contacts.push({
        step,
        id,
        name: person?.name ?? id,
        contact: person?.contact ?? {},
        available: !unavailable,
        unavailable,
        page,
        pageAfterMs: page === null ? null : (page - 1) * ackTimeoutMs,
      });
    }
  }
  return { pipeline: pipelineId, at, ackTimeoutMs, contacts };
}
