/** Every `oncall-desk` sub-command, in the order `help` lists them. */
import type { CliCommand } from "../command";
import { validateCommand } from "./validate";
import { statusCommand } from "./status";

/** The command table. */
export const COMMANDS: CliCommand[] = [validateCommand, statusCommand];
