/** What the rotation commands (now, schedule, fairness, lint, escalation) share: loading the workspace and reading a range. */
import { DateTime } from "luxon";
import type { CliIo } from "./command";
import { UsageError } from "./command";
import { parseInstantArg } from "./args";
import { loadWorkspaceArg } from "./workspace-arg";
import type { Workspace } from "../../shared/domain/workspace";
import { compileSchedule, type Schedule } from "../../shared/domain/rotation/schedule";

/** A loaded workspace and its compiled schedule. */
export interface RotationContext {
  workspace: Workspace;
  schedule: Schedule;
}

// A typo such as --to 20266-01-01 should be a usage error, not minutes of expansion.
const MAX_RANGE_YEARS = 20;

/** Loads `--workspace` (default: the embedded one); on problems prints them as validate does and returns undefined. */
export async function loadRotationContext(dirArg: string | undefined, io: CliIo): Promise<RotationContext | undefined> {
  const workspace = await loadWorkspaceArg(dirArg, io);
  return workspace && { workspace, schedule: compileSchedule(workspace) };
}

/** Reads an instant flag, defaulting to `fallback` (epoch ms) when absent. */
export function instantArg(flag: string, value: string | undefined, zone: string, fallback: number): number {
  return value === undefined ? fallback : parseInstantArg(flag, value, zone).toMillis();
}

/** Reads `--from`/`--to` (`to` exclusive); either may default, and the range must run forward and stay under 20 years. */
export function rangeArgs(from: string | undefined, to: string | undefined, zone: string, defaults?: { from: number; to: number }): { from: number; to: number } {
  if (!defaults && (from === undefined || to === undefined)) throw new UsageError("--from and --to are both required (dates such as 2026-12-01; --to is exclusive)");
  const start = instantArg("from", from, zone, defaults?.from ?? NaN);
  const end = instantArg("to", to, zone, defaults?.to ?? NaN);
  if (!(end > start)) throw new UsageError(`--to must be after --from`);
  if (DateTime.fromMillis(start).plus({ years: MAX_RANGE_YEARS }).toMillis() < end) throw new UsageError(`the range may span at most ${MAX_RANGE_YEARS} years`);
  return { from: start, to: end };
}

/** `2026-12-24 09:00 EST`: an instant for people, in the workspace zone. */
export function humanTime(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat("ccc yyyy-LL-dd HH:mm ZZZZ");
}

/** Writes `value` as indented JSON and a newline. */
export function writeJson(io: CliIo, value: unknown): void {
  io.out.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Left-aligned columns separated by two spaces. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}
