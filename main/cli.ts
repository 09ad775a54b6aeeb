/** The `oncall-desk` command line: dispatches to main/cli/commands, on the same services as the app. */
import { COMMANDS } from "./cli/commands/index";
import { UsageError, type CliIo } from "./cli/command";

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  const lines = COMMANDS.map((c) => `  oncall-desk ${c.usage.padEnd(width)}  ${c.summary}`);
  return `On-Call Desk command line\n\nUsage:\n${lines.join("\n")}\n\nEvery command takes --workspace DIR (default: the embedded workspace).\n`;
}

/** Runs one command line and returns the exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    io.out.write(helpText());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err.write(`oncall-desk: unknown command "${name}". Run "oncall-desk help" for the list.\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err.write(`oncall-desk ${name}: ${error.message}\nUsage: oncall-desk ${command.usage}\n`);
      return 2;
    }
    // A bug of ours: say what failed in one line; the stack is for OCD_DEBUG=1 only.
    const message = error instanceof Error ? error.message : String(error);
    io.err.write(`oncall-desk ${name}: internal error: ${message}\n`);
    if (io.env.OCD_DEBUG === "1" && error instanceof Error) io.err.write(`${error.stack}\n`);
    return 70;
  }
}
