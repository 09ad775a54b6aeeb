/** The help texts of `oncall-desk`, built from the command table and wrapped to fit a 100-column terminal. */
import type { CliCommand } from "./command";

/** The widest line any help text may have. */
export const HELP_COLUMNS = 100;

/**
 * Wraps `text` at spaces so every line fits `width`: the first line starts with `prefix`, the
 * others with as many spaces (a hanging indent). A word longer than a line is left whole.
 */
export function wrap(text: string, prefix = "", width: number = HELP_COLUMNS): string {
  const indent = " ".repeat(prefix.length);
  const lines: string[] = [];
  let line = prefix;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const start = line.length === (lines.length ? indent : prefix).length;
    if (!start && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = start ? line + word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.join("\n");
}

/** `oncall-desk help`: every command with its summary. */
export function overviewHelp(commands: readonly CliCommand[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => wrap(c.summary, `  ${c.name.padEnd(width)}  `));
  return [
    `On-Call Desk command line ${version}`,
    "",
    "Usage: oncall-desk COMMAND [ARGS] [--workspace DIR]      (from the repository: npx oncall-desk …)",
    "",
    "Commands:",
    ...list,
    "",
    wrap("Every command takes --workspace DIR (default: the embedded demo workspace) and --help. " + 'Run "oncall-desk help COMMAND" for the usage of one; "oncall-desk --version" prints the version.'),
    "",
  ].join("\n");
}

/** `oncall-desk help COMMAND` and `oncall-desk COMMAND --help`: its usage, summary and details. */
export function commandHelp(command: CliCommand): string {
  const usage = wrap(command.usage, "Usage: oncall-desk ");
  const parts = [usage, "", wrap(`${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.`)];
  if (command.details) parts.push("", command.details.split(/\n\s*\n/).map((paragraph) => wrap(paragraph)).join("\n\n"));
  return `${parts.join("\n")}\n`;
}
