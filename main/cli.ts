/** The `oncall-desk` command line: dispatches to main/cli/commands, on the same services as the app. */
import packageJson from "../package.json" with { type: "json" };
import { COMMANDS } from "./cli/commands/index";
import { UsageError, type CliCommand, type CliIo } from "./cli/command";
import { commandHelp, overviewHelp } from "./cli/help";
import { didYouMean } from "../shared/domain/validation/did-you-mean";

const HELP_FLAGS = ["--help", "-h"];

/** The command called `name`, or a UsageError with a did-you-mean. */
function findCommand(name: string): CliCommand {
  const command = COMMANDS.find((c) => c.name === name);
  if (command) return command;
  throw new UsageError(`unknown command "${name}"${didYouMean(name, COMMANDS.map((c) => c.name))}. Run "oncall-desk help" for the list.`);
}

/** True when `args` ask for help before any `--` (after it, "--help" is an argument). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((a) => HELP_FLAGS.includes(a));
}

/** Runs one command line and returns the exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  let command: CliCommand | undefined;
  try {
    if (!name || name === "help" || HELP_FLAGS.includes(name)) {
      // `help COMMAND` is that command's usage; bare `oncall-desk` is a usage mistake that still shows the list.
      io.out.write(name === "help" && rest[0] ? commandHelp(findCommand(rest[0])) : overviewHelp(COMMANDS, packageJson.version));
      return name ? 0 : 2;
    }
    if (name === "--version") {
      io.out.write(`oncall-desk ${packageJson.version}\n`);
      return 0;
    }
    command = findCommand(name);
    if (asksForHelp(rest)) {
      io.out.write(commandHelp(command));
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err.write(`oncall-desk${command ? ` ${command.name}` : ""}: ${error.message}\n${command ? `Usage: oncall-desk ${command.usage}\n` : ""}`);
      return 2;
    }
    // A bug of ours: say what failed in one line; the stack is for OCD_DEBUG=1 only.
    const message = error instanceof Error ? error.message : String(error);
    io.err.write(`oncall-desk ${name}: internal error: ${message}\n`);
    if (io.env.OCD_DEBUG === "1" && error instanceof Error) io.err.write(`${error.stack}\n`);
    return 70;
  }
}
