/**
 * The hand-over briefing for a shift change of the rotation: what the incoming engineer must know
 * (open alerts, open incidents and their unfinished steps, the deadlines of their shift, pipelines
 * whose owners are both away, the outgoing engineer's notes) and whether they took the pager.
 */
import { scheduleFor } from "../sla/schedule";
import { durationMs } from "../duration";
import { handoffs } from "../rotation/on-call";
import type { Schedule } from "../rotation/schedule";
import type { AlertView } from "../status";
import type { Pipeline } from "../workspace-schema";
import { unfinishedSteps, type Incident } from "./fold-incident";

/** A note the outgoing engineer wrote for the hand-over. */
export interface HandoffNote {
  at: string;
  by: string;
  text: string;
}

/** "I have the pager": the incoming engineer took over at a hand-over. */
export interface HandoffAcknowledgement {
  at: string;
  by: string;
  /** The hand-over acknowledged (the instant the incoming shift starts). */
  handoffAt: string;
}

/** An unresolved incident as the briefing lists it. */
export interface BriefingIncident {
  id: string;
  pipelineId: string;
  state: Incident["state"];
  commander: string;
  startedAt: string;
  unfinished: { n: number; text: string; status: "todo" | "skipped" }[];
}

/** The briefing. Instants are ISO with the workspace offset. */
export interface HandoffBriefing {
  /** When the briefing was made. */
  at: string;
  /** The shift change: when the incoming shift starts and ends, its slot. */
  handoffAt: string;
  shiftEnd: string;
  slot: string;
  /** Outgoing and incoming engineer ids. */
  from: string;
  to: string;
  /** When the incoming engineer's app shows the briefing by itself: 15 minutes before the shift. */
  showFrom: string;
  openAlerts: AlertView[];
  openIncidents: BriefingIncident[];
  /** Deadlines that fall within the incoming shift, per pipeline, in time order. */
  deadlines: { pipeline: string; deadline: string }[];
  /** Pipelines whose primary and secondary owners are both away at some time during the incoming shift. */
  ownersAway: { pipeline: string; primary: string; secondary: string }[];
  /** Notes the outgoing engineer wrote during their shift. */
  notes: HandoffNote[];
  /** The incoming engineer's "I have the pager", when given. */
  acknowledged: HandoffAcknowledgement | null;
}

/** What the briefing is made from. */
export interface BriefingInput {
  pipelines: readonly Pick<Pipeline, "id" | "schedule" | "sla" | "owners">[];
  schedule: Schedule;
  /** Epoch ms. */
  at: number;
  /** The alert book's alerts at `at`. */
  alerts: readonly AlertView[];
  incidents: readonly Incident[];
  notes: readonly HandoffNote[];
  acknowledgements: readonly HandoffAcknowledgement[];
}

/** How long before a shift starts the briefing shows by itself. */
export const BRIEFING_LEAD_MS = 15 * 60_000;
// Shifts last at most a day and a DST hour: two days always hold the next change.
const LOOKAHEAD_MS = 2 * 86_400_000;

/** The deadlines (availability + SLA) of a pipeline within `from`..`to` (end exclusive). */
function deadlinesWithin(pipeline: Pick<Pipeline, "schedule" | "sla">, from: number, to: number): number[] {
  const sla = durationMs(pipeline.sla);
  // Ticks t with from <= t + sla < to; ticksBetween takes (a, b], hence the millisecond.
  return scheduleFor(pipeline.schedule).ticksBetween(from - sla - 1, to - sla - 1).map((t) => t + sla);
}

/** True when both owners are away at a common instant within `from`..`to`. */
function bothAway(schedule: Schedule, owners: Pipeline["owners"], from: number, to: number): boolean {
  return schedule.away.spans(owners.primary).some((a) =>
    schedule.away.spans(owners.secondary).some((b) => Math.max(a.start, b.start, from) < Math.min(a.end, b.end, to)),
  );
}

/**
 * The briefing for the next shift change: the first at or after `at`, or one that happened less
 * than 15 minutes before (an incoming engineer a little late still gets theirs); null when the
 * rotation has no change within two days.
 */
export function handoffBriefing(input: BriefingInput): HandoffBriefing | null {
  const { schedule, at } = input;
  const change = handoffs(schedule, at - BRIEFING_LEAD_MS + 1, at + LOOKAHEAD_MS)[0];
  if (!change) return null;
  const shift = schedule.shifts(change.at, change.at + 1).find((s) => s.start === change.at)!;
  const outgoing = schedule.shifts(change.at - 1, change.at).find((s) => s.end === change.at);
  const fmt = (ms: number) => schedule.clock.format(ms);
  const handoffAt = fmt(change.at);
  const notesFrom = outgoing?.start ?? change.at - LOOKAHEAD_MS;
  const notesTo = Math.max(change.at, at);
  return {
    at: fmt(at),
    handoffAt,
    shiftEnd: fmt(shift.end),
    slot: change.slot,
    from: change.from,
    to: change.to,
    showFrom: fmt(change.at - BRIEFING_LEAD_MS),
    openAlerts: input.alerts.filter((a) => a.state !== "resolved"),
    openIncidents: input.incidents
      .filter((i) => i.state !== "resolved")
      .map((i) => ({
        id: i.id,
        pipelineId: i.pipelineId,
        state: i.state,
        commander: i.commander,
        startedAt: i.startedAt,
        unfinished: unfinishedSteps(i).map((s) => ({ n: s.n, text: s.text, status: s.status as "todo" | "skipped" })),
      })),
    deadlines: input.pipelines
      .flatMap((p) => deadlinesWithin(p, shift.start, shift.end).map((ms) => ({ pipeline: p.id, ms })))
      .sort((a, b) => a.ms - b.ms || a.pipeline.localeCompare(b.pipeline))
      .map(({ pipeline, ms }) => ({ pipeline, deadline: fmt(ms) })),
    ownersAway: input.pipelines
      .filter((p) => bothAway(schedule, p.owners, shift.start, shift.end))
      .map((p) => ({ pipeline: p.id, primary: p.owners.primary, secondary: p.owners.secondary })),
    notes: input.notes.filter((n) => n.by === change.from && Date.parse(n.at) >= notesFrom && Date.parse(n.at) <= notesTo),
    acknowledged: input.acknowledgements.find((a) => Date.parse(a.handoffAt) === change.at) ?? null,
  };
}
