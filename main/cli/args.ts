/** Argument parsing shared by every command: node:util parseArgs with our error style and common flags. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { DateTime } from "luxon";
import { UsageError } from "./command";
import { folderArgProblem } from "./folder-arg";
import { didYouMean } from "../../shared/domain/validation/did-you-mean";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The flag every command takes (typed exactly, so `values.workspace` is a string). */
export const WORKSPACE_OPTION = { workspace: { type: "string" } } as const satisfies Options;

/** The flags `args` may use with `options`, as typed: `--name` (and `-x` for short ones). */
function flagNames(options: Options): string[] {
  return [...Object.entries(options).flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])]), "--help"];
}

/** parseArgs' message, first line only, with a did-you-mean for an unknown flag. */
function usageMessage(error: unknown, options: Options): string {
  const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
  const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
  if ((error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) {
    return `unknown option "${unknown}"${didYouMean(unknown, flagNames(options))}`;
  }
  return message;
}

/**
 * Parses `args` against `options`; unknown flags and missing values become a UsageError, and so
 * does a --workspace or --state that names no usable folder.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O, allowPositionals = false) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(usageMessage(error, options));
  }
  for (const [flag, value] of Object.entries(parsed.values)) {
    const problem = typeof value === "string" ? folderArgProblem(flag, value) : undefined;
    if (problem) throw new UsageError(problem);
  }
  return parsed;
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
