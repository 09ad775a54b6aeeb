/** The shift: the unit every rotation question is answered in. */
import type { WorkspaceFile } from "../workspace-schema";
import { HOUR_MS } from "./local-day";

/** Why an engineer holds a shift: the plain rotation, a holiday rule, covering someone's time off, or an override. */
export type ShiftReason = "rotation" | "holiday" | "time-off cover" | "override";

/** One engineer on call for one slot, from `start` to `end` (epoch ms, end exclusive). */
export interface Shift {
  start: number;
  end: number;
  engineer: string;
  /** The slot's name, e.g. `night`. */
  slot: string;
  /** 1-based rotation block; 0 or negative before `rotation.start`. */
  block: number;
  reason: ShiftReason;
  /** The holiday the shift starts on, if any. */
  holiday: string | null;
  /** Whom the engineer stands in for when the shift was reassigned. */
  covers: string | null;
}

/** The parts of a workspace the rotation reads; tests build just these. */
export type ScheduleSource = Pick<WorkspaceFile, "timezone" | "team" | "rotation" | "holidays" | "time_off" | "overrides">;

/** A shift as JSON, the shape the CLI prints: instants as ISO with the workspace offset. */
export interface ShiftJson {
  start: string;
  end: string;
  engineer: string;
  slot: string;
  reason: ShiftReason;
}

/** Hours in a span of milliseconds. */
export function hoursOf(ms: number): number {
  return ms / HOUR_MS;
}
