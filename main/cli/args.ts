/** Argument parsing shared by every command: node:util parseArgs with our error style and common flags. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { DateTime } from "luxon";
import { UsageError } from "./command";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The flag every command takes (typed exactly, so `values.workspace` is a string). */
export const WORKSPACE_OPTION = { workspace: { type: "string" } } as const satisfies Options;

/** Parses `args` against `options`; unknown flags and missing values become a UsageError. */
export function parseCommandArgs<O extends Options>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split("\n")[0]! : String(error));
  }
}

/**
 * Reads `--at`/`--from`/`--to` values: an ISO instant, or a date (midnight in `zone`).
 * A bare local date-time (no offset) is read in `zone` too.
 */
export function parseInstantArg(flag: string, value: string, zone: string): DateTime {
  const parsed = DateTime.fromISO(value, { zone, setZone: false });
  if (!parsed.isValid) throw new UsageError(`--${flag} "${value}" is not a date or an ISO date-time (e.g. 2026-12-24 or 2026-12-24T09:00-05:00)`);
  return parsed.setZone(zone);
}
