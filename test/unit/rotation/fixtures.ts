/** Workspaces and helpers for the rotation tests; expectations are computed with luxon, never copied from the code under test. */
import { DateTime } from "luxon";
import { loadWorkspace } from "../../../main/services/workspace/load-workspace";
import type { Workspace } from "../../../shared/domain/workspace";
import type { Schedule } from "../../../shared/domain/rotation/schedule";
import type { ScheduleSource, Shift } from "../../../shared/domain/rotation/shift";

/** The embedded default workspace, validated. */
export async function defaultWorkspace(): Promise<Workspace> {
  const result = await loadWorkspace();
  if (!result.ok) throw new Error(`embedded workspace invalid: ${JSON.stringify(result.problems)}`);
  return result.workspace;
}

/** The default workspace without holidays, time off or overrides: the plain rotation. */
export function plain<T extends ScheduleSource>(ws: T): T {
  return { ...ws, holidays: [], time_off: [], overrides: [] };
}

/** `base`, but answering with `list` (the shifts overlapping the asked range): compiled schedules have no gaps, so gap tests use this. */
export function answering(base: Schedule, list: Shift[]): Schedule {
  return { ...base, shifts: (a: number, b: number) => list.filter((s) => s.end > a && s.start < b) };
}

/** A local time in `zone` as epoch ms, e.g. at("2026-12-24T09:00", "America/New_York"). */
export function at(local: string, zone = "America/New_York"): number {
  const dt = DateTime.fromISO(local, { zone });
  if (!dt.isValid) throw new Error(`bad test time ${local}`);
  return dt.toMillis();
}

/** Hours between two instants. */
export function hoursBetween(a: number, b: number): number {
  return (b - a) / 3_600_000;
}

/** A small London team with the default slots, for DST checks in another zone. */
export function londonWorkspace(): ScheduleSource {
  const contact = {};
  return {
    timezone: "Europe/London",
    team: [
      { id: "ann", name: "Ann", level: "senior", contact },
      { id: "bob", name: "Bob", level: "mid", contact },
      { id: "cat", name: "Cat", level: "mid", contact },
    ],
    rotation: {
      start: "2026-01-05",
      block: "1w",
      order: ["ann", "bob", "cat"],
      shifts: [
        { name: "day", start: "09:00", end: "17:00" },
        { name: "evening", start: "17:00", end: "01:00" },
        { name: "night", start: "01:00", end: "09:00" },
      ],
    },
    holidays: [],
    time_off: [],
    overrides: [],
  };
}
