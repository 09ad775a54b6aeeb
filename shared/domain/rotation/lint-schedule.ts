/**
 * The schedule's lint: what will hurt before it hurts. Errors put coverage at risk (a gap, a shift
 * given to someone away, someone in two slots at once, a holiday nobody may cover, a stretch longer
 * than a day); warnings cost people (more than 16 hours in a row, less than 8 hours' rest, both
 * owners of a pipeline away, slot times that do not meet); info is for overrides with no effect.
 */
import type { HolidayRule, WorkspaceFile } from "../workspace-schema";
import { MIN_REST_MS } from "./cover-choice";
import { eligibleEngineers, type HolidayOccurrence } from "./holiday-calendar";
import { clockOfMinutes, DAY_MS, HOUR_MS, isoOfDay, minutesOfClock } from "./local-day";
import type { Schedule } from "./schedule";
import { hoursOf, type ScheduleSource, type Shift } from "./shift";

/** How bad a finding is; `lint` exits 1 on any error. */
export type Severity = "error" | "warning" | "info";

/** What a finding is about. */
export type FindingKind =
  | "coverage-gap"
  | "double-booked"
  | "long-stretch"
  | "short-rest"
  | "on-time-off"
  | "holiday-eligibility"
  | "owners-away"
  | "slot-times"
  | "override-no-effect";

/** One finding: when, who, what, and what to do. */
export interface Finding {
  kind: FindingKind;
  severity: Severity;
  start: number;
  end: number;
  engineers: string[];
  message: string;
  suggestion: string;
  /** For a long stretch that a holiday rule causes (it leaves someone out, and too few are eligible for the slots): the holiday's name. */
  holiday?: string;
}

/** The parts of a workspace the lint reads. */
export type LintSource = ScheduleSource & Pick<WorkspaceFile, "pipelines">;

/** A stretch longer than this is a warning... */
export const LONG_STRETCH_MS = 16 * HOUR_MS;
/** ...and longer than this an error: nobody stays reachable for more than a day without sleep. */
export const VERY_LONG_STRETCH_MS = 24 * HOUR_MS;
// Stretches and rest are measured on shifts this far beyond the range, so that a stretch that
// begins before `from` is reported at its true length (holidays run at most 14 days).
const CONTEXT_MS = 15 * DAY_MS;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Lints the schedule over `from`..`to`; `shifts` (whole, in time order) defaults to the workspace's own. */
export function lintSchedule(ws: LintSource, schedule: Schedule, from: number, to: number, shifts?: readonly Shift[]): Finding[] {
  const all = shifts ?? schedule.shifts(from - CONTEXT_MS, to + CONTEXT_MS);
  const inRange = all.filter((s) => s.end > from && s.start < to);
  const { clock } = schedule;
  const when = (ms: number) => clock.format(ms).slice(0, 16).replace("T", " ");
  const nameOf = (id: string) => ws.team.find((e) => e.id === id)?.name ?? id;
  const findings: Finding[] = [];
  const add = (f: Finding) => {
    if (f.end > from && f.start < to) findings.push(f);
  };

  // Coverage: every instant of the range has someone on the team on call. The range's end, as an
  // empty span after the last shift, closes the last gap.
  let cursor = from;
  for (const s of [...inRange, { start: to, end: to }]) {
    if (s.start > cursor) add({ kind: "coverage-gap", severity: "error", start: cursor, end: s.start, engineers: [], message: `Nobody is on call from ${when(cursor)} to ${when(s.start)}.`, suggestion: "Add an override for the gap, or fix the slot times so the slots meet." });
    cursor = Math.max(cursor, s.end);
  }
  for (const run of runs(inRange, (s) => !ws.team.some((e) => e.id === s.engineer))) {
    add({ kind: "coverage-gap", severity: "error", start: run.start, end: run.end, engineers: [run.engineer], message: `"${run.engineer}" is on call from ${when(run.start)} to ${when(run.end)} but is not on the team, so nobody answers.`, suggestion: `Add "${run.engineer}" to the team or correct rotation.order.` });
  }

  const byEngineer = new Map<string, Shift[]>();
  for (const s of all) {
    const list = byEngineer.get(s.engineer) ?? [];
    list.push(s);
    byEngineer.set(s.engineer, list);
  }
  for (const [engineer, list] of byEngineer) {
    // One engineer in two slots at once.
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1]!;
      const b = list[i]!;
      if (b.start < a.end) add({ kind: "double-booked", severity: "error", start: b.start, end: Math.min(a.end, b.end), engineers: [engineer], message: `${nameOf(engineer)} holds the ${a.slot} and ${b.slot} slots at once from ${when(b.start)} to ${when(Math.min(a.end, b.end))}: one of them is effectively uncovered.`, suggestion: `Give one of the two slots to someone else with an override.` });
    }
    // Stretches: shifts that follow each other without a break.
    const stretches: { start: number; end: number; shifts: Shift[] }[] = [];
    for (const s of list) {
      const last = stretches.at(-1);
      if (last && s.start <= last.end) {
        last.end = Math.max(last.end, s.end);
        last.shifts.push(s);
      } else stretches.push({ start: s.start, end: s.end, shifts: [s] });
    }
    for (const [i, stretch] of stretches.entries()) {
      const length = stretch.end - stretch.start;
      if (length > LONG_STRETCH_MS) add(longStretch(ws, engineer, stretch, length));
      const next = stretches[i + 1];
      if (next && next.start - stretch.end < MIN_REST_MS) {
        add({ kind: "short-rest", severity: "warning", start: stretch.end, end: next.start, engineers: [engineer], message: `${nameOf(engineer)} gets only ${formatHours(next.start - stretch.end)} of rest between ${when(stretch.end)} and ${when(next.start)}.`, suggestion: "Swap one of the two shifts with an override so there are at least 8 hours between them." });
      }
    }
  }

  for (const run of runs(inRange, (s) => schedule.away.awayDuring(s.engineer, s.start, s.end) !== undefined)) {
    add({ kind: "on-time-off", severity: "error", start: run.start, end: run.end, engineers: [run.engineer], message: `${nameOf(run.engineer)} is on call from ${when(run.start)} to ${when(run.end)} while on time off, and nobody else was available to cover.`, suggestion: "Add an override giving these shifts to someone, or move the time off." });
  }

  lintHolidays(ws, schedule, from, to, add, when);
  lintOwners(ws, schedule, add, when, nameOf);
  lintSlotTimes(ws, from, to, add);
  for (const o of schedule.overrides) {
    const used = inRange.some((s) => s.reason === "override" && s.engineer === o.engineer && s.covers === o.covers && s.start < o.end && s.end > o.start);
    if (!used) add({ kind: "override-no-effect", severity: "info", start: o.start, end: o.end, engineers: [o.engineer, o.covers], message: `The override "${nameOf(o.engineer)} covers ${nameOf(o.covers)}" from ${when(o.start)} to ${when(o.end)} changes nothing: ${nameOf(o.covers)} is not on call then.`, suggestion: "Check the dates, or remove the override." });
  }

  return findings.sort((a, b) => a.start - b.start || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);

  function longStretch(ws: LintSource, engineer: string, stretch: { start: number; end: number; shifts: Shift[] }, length: number): Finding {
    const cause = ruleShortOfEngineers(ws, stretch.shifts);
    const message =
      `${nameOf(engineer)} is on call ${formatHours(length)} straight, from ${when(stretch.start)} to ${when(stretch.end)}` +
      (cause ? `: ${cause.rule.name} allows only ${cause.rule.eligible.join(", ")} and ${cause.eligible.length === 1 ? `${nameOf(cause.eligible[0]!)} is the only one` : `only ${cause.eligible.length} engineers qualify`}, for ${ws.rotation.shifts.length} slots a day.` : ".");
    const suggestion = cause
      ? `Add eligible engineers to the ${cause.rule.name} rule (e.g. eligible: [${[...cause.rule.eligible, cause.widen].join(", ")}]) so its shifts can rotate, or hand part of it over with overrides.`
      : "Split the stretch with an override, or add engineers to the rotation.";
    const finding: Finding = { kind: "long-stretch", severity: length > VERY_LONG_STRETCH_MS ? "error" : "warning", start: stretch.start, end: stretch.end, engineers: [engineer], message, suggestion };
    if (cause) finding.holiday = cause.rule.name;
    return finding;
  }
}

/**
 * The holiday rule to blame for a long stretch of `shifts` (the rule of the first holiday among
 * them), if it leaves someone on the team out and lets fewer engineers be on call than there are
 * slots a day; `widen` is the level of the first one it leaves out, a level the rule does not list yet.
 */
function ruleShortOfEngineers(ws: LintSource, shifts: readonly Shift[]): { rule: HolidayRule; eligible: string[]; widen: string } | undefined {
  const holiday = shifts.find((s) => s.holiday)?.holiday;
  const rule = ws.holidays.find((h) => h.name === holiday);
  if (!rule) return undefined;
  const eligible = eligibleEngineers(rule, ws.team);
  const leftOut = ws.team.find((e) => !eligible.includes(e.id));
  // With the whole team eligible the rule excludes nobody: the team is too small, not the rule.
  if (!leftOut || eligible.length >= ws.rotation.shifts.length) return undefined;
  return { rule, eligible, widen: leftOut.level };
}

/** Consecutive shifts of one engineer matching `test`, merged. */
function runs(shifts: readonly Shift[], test: (s: Shift) => boolean): { engineer: string; start: number; end: number }[] {
  const out: { engineer: string; start: number; end: number }[] = [];
  for (const s of shifts) {
    if (!test(s)) continue;
    const last = out.at(-1);
    if (last && last.engineer === s.engineer && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ engineer: s.engineer, start: s.start, end: s.end });
  }
  return out;
}

function formatHours(ms: number): string {
  const hours = hoursOf(ms);
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)}h`;
}

type Add = (f: Finding) => void;
type When = (ms: number) => string;

function lintHolidays(ws: LintSource, schedule: Schedule, from: number, to: number, add: Add, when: When): void {
  const { clock } = schedule;
  const occurrences = schedule.holidays.between(clock.localDay(from), clock.localDay(to));
  for (const o of occurrences) {
    const start = clock.wallToInstant(o.firstDay, 0);
    const end = clock.wallToInstant(o.lastDay + 1, 0);
    const eligible = eligibleEngineers(o.rule, ws.team);
    const unknown = o.rule.eligible.filter((token) => !["senior", "mid", "junior"].includes(token) && !ws.team.some((e) => e.id === token));
    if (eligible.length === 0) {
      add({ kind: "holiday-eligibility", severity: "error", start, end, engineers: [], message: `Nobody on the team is eligible for ${o.name} (eligible: ${o.rule.eligible.join(", ")}), so its shifts stay with the plain rotation.`, suggestion: `List a level or engineer id that exists in ${o.name}'s eligible list.` });
      continue;
    }
    if (unknown.length > 0) add({ kind: "holiday-eligibility", severity: "warning", start, end, engineers: [], message: `${o.name} lists ${unknown.map((u) => `"${u}"`).join(", ")} as eligible, which is neither a level nor an engineer.`, suggestion: "Correct the spelling or remove the entry." });
    lintHolidayAvailability(o, eligible, schedule, add, when);
  }
}

function lintHolidayAvailability(o: HolidayOccurrence, eligible: string[], schedule: Schedule, add: Add, when: When): void {
  const { clock } = schedule;
  for (let day = o.firstDay; day <= o.lastDay; day++) {
    const start = clock.wallToInstant(day, 0);
    const end = clock.wallToInstant(day + 1, 0);
    if (eligible.every((id) => schedule.away.awayDuring(id, start, end))) {
      add({ kind: "holiday-eligibility", severity: "error", start, end, engineers: eligible, message: `Everyone eligible for ${o.name} (${eligible.join(", ")}) is away on ${isoOfDay(day)} (from ${when(start)}), so its shifts go to engineers the rule excludes.`, suggestion: `Move a time off, or widen ${o.name}'s eligible list.` });
    }
  }
}

function lintOwners(ws: LintSource, schedule: Schedule, add: Add, when: When, nameOf: (id: string) => string): void {
  for (const p of ws.pipelines) {
    for (const a of schedule.away.spans(p.owners.primary)) {
      for (const b of schedule.away.spans(p.owners.secondary)) {
        const start = Math.max(a.start, b.start);
        const end = Math.min(a.end, b.end);
        if (end <= start) continue;
        add({ kind: "owners-away", severity: "warning", start, end, engineers: [p.owners.primary, p.owners.secondary], message: `Both owners of ${p.name} are away from ${when(start)} to ${when(end)} (P1 ${nameOf(p.owners.primary)}, P2 ${nameOf(p.owners.secondary)}): its alerts go straight to the on-call engineer.`, suggestion: "Move one of the two time offs, or brief the on-call engineer on its runbook beforehand." });
      }
    }
  }
}

function lintSlotTimes(ws: LintSource, from: number, to: number, add: Add): void {
  const slots = ws.rotation.shifts;
  const first = minutesOfClock(slots[0]!.start);
  const offset = (clock: string) => (minutesOfClock(clock) - first + 1440) % 1440;
  const ordered = [...slots].sort((a, b) => offset(a.start) - offset(b.start));
  ordered.forEach((slot, i) => {
    const next = ordered[(i + 1) % ordered.length]!;
    if (slot.end === next.start) return;
    const startOff = offset(slot.start);
    let endOff = offset(slot.end);
    if (endOff <= startOff) endOff += 1440;
    const nextOff = i + 1 < ordered.length ? offset(next.start) : 1440;
    const gap = endOff < nextOff;
    add({
      kind: "slot-times",
      severity: "warning",
      start: from,
      end: to,
      engineers: [],
      message: gap
        ? `Slot ${slot.name} is written to end at ${slot.end} but ${next.name} starts at ${next.start}: ${clockOfMinutes((first + endOff) % 1440)}–${next.start} would be uncovered every day; the schedule keeps ${slot.name} on until ${next.name} starts.`
        : `Slot ${slot.name} is written to end at ${slot.end} but ${next.name} starts at ${next.start}: two slots would overlap every day; the schedule hands over at ${next.start}.`,
      suggestion: `Set ${slot.name}'s end to ${next.start}.`,
    });
  });
}
