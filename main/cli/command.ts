/** The shape every `oncall-desk` sub-command has, so cli.ts can list, dispatch and test them alike. */

/** Where a command writes and what it may read from the process. */
export interface CliIo {
  out: { write(text: string): unknown };
  err: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /** Ends a command that runs until stopped (`status --watch`) as Ctrl-C would; tests and embedders have no Ctrl-C. */
  signal?: AbortSignal;
}

/** A usage mistake: printed as one line with exit code 2, never as a stack trace. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** One sub-command. `run` returns the exit code. */
export interface CliCommand {
  name: string;
  /** One line for `oncall-desk help`. */
  summary: string;
  /** Usage line, e.g. `validate [--workspace DIR]`. */
  usage: string;
  /** More for `oncall-desk help COMMAND` (and `COMMAND --help`): what the flags mean, exit codes. Plain text; wrapped to fit. */
  details?: string;
  run(args: string[], io: CliIo): Promise<number>;
}
